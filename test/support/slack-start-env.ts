// The environment of `duban start` with Slack over HTTP (no Socket Mode, no Discord) against a local
// fake Web API: the tests that start the real process share it.
export interface SlackStart {
  db: string;
  apiUrl: string;
  port: number;
  token: string;
  secret: string;
}

export function slackStartEnv(o: SlackStart): NodeJS.ProcessEnv {
  return {
    DUBAN_DB: o.db, SLACK_BOT_TOKEN: o.token, SLACK_SIGNING_SECRET: o.secret, SLACK_APP_TOKEN: '', SLACK_API_URL: o.apiUrl,
    DISCORD_TOKEN: '', PORT: String(o.port), LOG_LEVEL: 'info',
  };
}
