// The Config a chat adapter starts with against the local fakes (tests, the load bench): the shared
// fields in one place, so each harness states only its fake's URL.
import type { Config } from '../config.ts';

export interface FakeChatConfig {
  slackApiUrl?: string;
  slackSecret?: string;
  slackBotToken?: string;
  coordinatorIds?: string[];
  discordApiUrl?: string;
  discord?: { token: string; applicationId: string; guildId: string; coordinatorRole: string };
}

export function fakeChatConfig(o: FakeChatConfig): Config {
  return {
    db: undefined,
    timezone: 'Asia/Shanghai',
    seeds: 'seeds',
    logLevel: 'silent',
    port: 0,
    tickSeconds: 60,
    slack: o.slackApiUrl
      ? { botToken: o.slackBotToken ?? 'xoxb-test-token', signingSecret: o.slackSecret ?? '', socketMode: false, coordinatorIds: o.coordinatorIds ?? [], apiUrl: o.slackApiUrl }
      : null,
    discord: o.discordApiUrl && o.discord ? { ...o.discord, apiUrl: o.discordApiUrl } : null,
  };
}
