// pino, with every secret masked in EVERY string of a line. pino's `redact.paths` only blanks known
// keys and misses a token inside err.message or a stack (../shared/design/libraries.md), so the
// finished JSON line is masked too (hooks.streamWrite), by pattern and by the configured values.
import pino, { type DestinationStream, type Logger } from 'pino';
import { environment, setting } from './config.ts';

// xoxb- bot, xoxp- user, xoxa-/xoxr- refresh, xoxe- rotating; xapp- app-level (Socket Mode).
const SLACK_TOKEN = /\bxox[a-z]-[A-Za-z0-9-]+/g;
const SLACK_APP_TOKEN = /\bxapp-[A-Za-z0-9-]+/g;
// Discord bot token: base64(user id) . timestamp . HMAC, e.g. MTA4…Nw.GhIjKl.AbCd…
const DISCORD_TOKEN = /\b[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}\b/g;
// `Authorization: Bot …` / `Bearer …` headers in errors from REST clients.
const AUTH_HEADER = /\b(Bot|Bearer)\s+[A-Za-z0-9._-]{16,}/g;

export const MASK = '[redacted]';

/** Masks token patterns and the given literal secrets (signing secret: plain hex, no pattern). */
export function maskSecrets(text: string, literals: readonly string[] = []): string {
  let out = text
    .replace(SLACK_TOKEN, MASK)
    .replace(SLACK_APP_TOKEN, MASK)
    .replace(AUTH_HEADER, `$1 ${MASK}`)
    .replace(DISCORD_TOKEN, MASK);
  for (const s of literals) if (s.length >= 8) out = out.split(s).join(MASK);
  return out;
}

/** The secrets of an environment, to mask literally wherever they appear. */
export function secretsFromEnv(env: NodeJS.ProcessEnv = environment()): string[] {
  return ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN']
    .map((k) => env[k]?.trim())
    .filter((v): v is string => Boolean(v));
}

export interface LogOptions {
  level?: string;
  secrets?: readonly string[];
  /** Where lines go (tests pass a stream); default standard error, so `duban chat` stdout stays answers only. */
  destination?: DestinationStream;
  /** Append lines to this file instead (the console chat: a JSON line on the terminal lands in the conversation). */
  file?: string;
}

export function createLogger(options: LogOptions = {}): Logger {
  const secrets = options.secrets ?? secretsFromEnv();
  return pino(
    {
      level: options.level ?? setting('LOG_LEVEL') ?? 'info',
      redact: {
        paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'botToken', 'appToken', 'signingSecret', '*.botToken', '*.appToken', '*.signingSecret'],
        censor: MASK,
      },
      hooks: {
        // The serialized line, after serializers and formatters: msg, err.message, err.stack, every field.
        streamWrite: (line: string) => maskSecrets(line, secrets),
      },
    },
    options.destination ?? pino.destination(options.file ? { dest: options.file, mkdir: true, sync: true } : 2),
  );
}

let shared: Logger | undefined;

/** Makes `logger` the process's logger (openApp: the console chat's goes to a file, and so must the engine's). */
export function useLogger(logger: Logger): void {
  shared = logger;
}

/** The process's logger (created on first use, with LOG_LEVEL and the environment's secrets). */
export function log(): Logger {
  shared ??= createLogger();
  return shared;
}
