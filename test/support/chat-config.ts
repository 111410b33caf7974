// The Config a chat adapter test starts with (src/bench/chat-config.ts), with the fake Discord's ids.
import type { Config } from '../../src/config.ts';
import { fakeChatConfig } from '../../src/bench/chat-config.ts';
import { IDS } from './fake-discord.ts';

export const DISCORD_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAy.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';
export const SLACK_SECRET = '8f742231b10e8888abcd99ffffff85a5';

export function chatConfig(o: { slackApiUrl?: string; discordApiUrl?: string; coordinatorIds?: string[]; secret?: string }): Config {
  return fakeChatConfig({
    slackApiUrl: o.slackApiUrl,
    slackSecret: o.secret ?? SLACK_SECRET,
    coordinatorIds: o.coordinatorIds,
    discordApiUrl: o.discordApiUrl,
    discord: { token: DISCORD_TOKEN, applicationId: IDS.app, guildId: IDS.guild, coordinatorRole: IDS.roleCoordinator },
  });
}
