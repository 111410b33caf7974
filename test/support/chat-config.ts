// The Config a chat adapter test starts with: one place for the shared fields, so the Slack and
// Discord tests, the proxy test and the load bench do not each spell it out.
import type { Config } from '../../src/config.ts';
import { IDS } from './fake-discord.ts';

export const DISCORD_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAy.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';
export const SLACK_SECRET = '8f742231b10e8888abcd99ffffff85a5';

export function chatConfig(o: { slackApiUrl?: string; discordApiUrl?: string; coordinatorIds?: string[]; secret?: string }): Config {
  return {
    db: undefined,
    timezone: 'Asia/Shanghai',
    seeds: 'seeds',
    logLevel: 'silent',
    port: 0,
    tickSeconds: 60,
    slack: o.slackApiUrl ? { botToken: 'xoxb-test-token', signingSecret: o.secret ?? SLACK_SECRET, socketMode: false, coordinatorIds: o.coordinatorIds ?? [], apiUrl: o.slackApiUrl } : null,
    discord: o.discordApiUrl ? { token: DISCORD_TOKEN, applicationId: IDS.app, guildId: IDS.guild, coordinatorRole: IDS.roleCoordinator, apiUrl: o.discordApiUrl } : null,
  };
}
