// Configuration from the environment, validated once at start (zod). A bad or missing variable stops
// start-up with ONE line naming it (issue 5). Either, both or neither platform runs: a platform is
// on when its token is set, and then it needs the rest of its variables.
import { z } from 'zod';
import { DEFAULT_TIMEZONE } from './core/clock.ts';

const csv = z
  .string()
  .optional()
  .transform((s) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean));

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(t: T) => z.preprocess(blank, t.optional());

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const schema = z
  .object({
    DUBAN_DB: opt(z.string()),
    DUBAN_TZ: z.preprocess(blank, z.string().default(DEFAULT_TIMEZONE)).refine(validZone, 'not an IANA time zone (e.g. Asia/Shanghai)'),
    DUBAN_SEEDS: z.preprocess(blank, z.string().default('seeds')),
    LOG_LEVEL: z.preprocess(blank, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    PORT: z.preprocess(blank, z.coerce.number().int().min(1).max(65535).default(3000)),
    /** Slack bot token: xoxb-… (Bot User OAuth Token). */
    SLACK_BOT_TOKEN: opt(z.string().regex(/^xoxb-[\w-]+$/, 'must start with xoxb-')),
    SLACK_SIGNING_SECRET: opt(z.string().regex(/^[0-9a-f]{16,}$/i, 'must be the hex signing secret from Basic Information')),
    /** App-level token for Socket Mode: xapp-… (connections:write). */
    SLACK_APP_TOKEN: opt(z.string().regex(/^xapp-[\w-]+$/, 'must start with xapp-')),
    SLACK_COORDINATOR_IDS: csv,
    /** Where the fake Slack API lives in tests (WebClient slackApiUrl). */
    SLACK_API_URL: opt(z.url()),
    DISCORD_TOKEN: opt(z.string().regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'does not look like a Discord bot token')),
    DISCORD_APPLICATION_ID: opt(z.string().regex(/^\d{15,22}$/, 'must be the numeric application id')),
    DISCORD_GUILD_ID: opt(z.string().regex(/^\d{15,22}$/, 'must be a numeric guild id')),
    DISCORD_COORDINATOR_ROLE: opt(z.string()),
    /** Fake Discord REST in tests: http://127.0.0.1:PORT/api */
    DISCORD_API_URL: opt(z.url()),
    /** How often the scheduler looks for due prompts, reminders and digests. */
    DUBAN_TICK_SECONDS: z.preprocess(blank, z.coerce.number().int().min(1).max(3600).default(60)),
    /** Working calendar of prompts, reminders and digests (issue 15): cn = China's official calendar. */
    DUBAN_CALENDAR: z.preprocess(blank, z.enum(['cn', 'none']).default('cn')),
  })
  .superRefine((env, ctx) => {
    const slackAny = env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET;
    if (slackAny && !env.SLACK_BOT_TOKEN) ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'is required when Slack is configured' });
    if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'or SLACK_APP_TOKEN (Socket Mode) is required with SLACK_BOT_TOKEN' });
    }
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required with DISCORD_TOKEN' });
    if (!env.DISCORD_TOKEN && (env.DISCORD_APPLICATION_ID || env.DISCORD_GUILD_ID)) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_TOKEN'], message: 'is required when Discord is configured' });
    }
  });

export type Env = z.infer<typeof schema>;

export interface Config {
  db: string | undefined;
  timezone: string;
  seeds: string;
  logLevel: Env['LOG_LEVEL'];
  port: number;
  tickSeconds: number;
  /** DUBAN_CALENDAR: cn (China's working calendar) or none (Monday–Friday). */
  calendar?: 'cn' | 'none';
  slack: null | {
    botToken: string;
    signingSecret?: string;
    appToken?: string;
    /** Socket Mode when the app token is set, else the HTTP receiver on PORT. */
    socketMode: boolean;
    coordinatorIds: string[];
    apiUrl?: string;
  };
  discord: null | {
    token: string;
    applicationId: string;
    guildId?: string;
    coordinatorRole?: string;
    apiUrl?: string;
  };
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads the environment; throws ConfigError with one line naming the first bad variable (never its value). */
/**
 * The variables read outside start-up validation: one-shot CLI commands, a test seam, the bench.
 * This file is the one reader of process.env (issue 14); everything else asks here.
 */
export type SettingName =
  | 'DUBAN_DB' | 'DUBAN_SEEDS' | 'DUBAN_TZ' | 'LOG_LEVEL'
  /** Print a failure's stack (CLI). */
  | 'DUBAN_DEBUG'
  /** Test seam (test/trust/inbox-replay.test.ts): '1' makes main.ts's Slack receiver die after an ack. */
  | 'DUBAN_TEST_CRASH_AFTER_ACK'
  | 'SLACK_LOAD_COUNT' | 'SLACK_LOAD_SECONDS' | 'DUBAN_BENCH_DETAIL' | 'DUBAN_BENCH_PROFILE' | 'DUBAN_BENCH_PLANS'
  /** The working calendar (issue 15): `cn` (default, China's holidays and 调休 days) or `none` (Monday–Friday). */
  | 'DUBAN_CALENDAR';

export function setting(name: SettingName): string | undefined {
  return process.env[name];
}

/** The whole environment, for the logger's secret masking (it masks every token it finds). */
export function environment(): NodeJS.ProcessEnv {
  return process.env;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    // The message names the variable and the rule; a value is never echoed (it may be a token).
    const why = issue.code === 'invalid_type' ? 'is missing or not text' : issue.message;
    throw new ConfigError(`configuration: ${name} ${why}`.replace(/\s+/g, ' '));
  }
  const e = parsed.data;
  return {
    db: e.DUBAN_DB,
    timezone: e.DUBAN_TZ,
    seeds: e.DUBAN_SEEDS,
    logLevel: e.LOG_LEVEL,
    port: e.PORT,
    tickSeconds: e.DUBAN_TICK_SECONDS,
    calendar: e.DUBAN_CALENDAR,
    slack: e.SLACK_BOT_TOKEN
      ? {
          botToken: e.SLACK_BOT_TOKEN,
          signingSecret: e.SLACK_SIGNING_SECRET,
          appToken: e.SLACK_APP_TOKEN,
          socketMode: Boolean(e.SLACK_APP_TOKEN),
          coordinatorIds: e.SLACK_COORDINATOR_IDS,
          apiUrl: e.SLACK_API_URL,
        }
      : null,
    discord:
      e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
        ? {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            guildId: e.DISCORD_GUILD_ID,
            coordinatorRole: e.DISCORD_COORDINATOR_ROLE,
            apiUrl: e.DISCORD_API_URL,
          }
        : null,
  };
}
