// ChatEvent → middleware chain → command.run → Reply, the same path on every platform (Bolt
// process.ts, Hono compose.ts). The chain is one named, ordered list, one stage per file.
//
// How text is routed (adapters pass what the user typed in `event.text`):
//   `/duban report task:3 percent:60` or `duban …`  → that command, options parsed from the text
//   `/duban 谁牵头智慧医疗` (a word that is no command) → ask, the whole rest as the question
//   a reply inside a weekly-prompt thread          → report (free-text progress)
//   anything else                                  → ask
//   event.command (Discord subcommand, a modal)    → that command with its structured options
import { DEFAULT_TIMEZONE } from './clock.ts';
import { findCommand, type AnyCommand } from './command.ts';
import type { ChatEvent } from './event.ts';
import { DubanError, errorReply, isDubanError } from './errors.ts';
import { coerceArgs, parseOptionText, type RawOptions } from './options.ts';
import { limitReply, type Reply } from './reply.ts';
import { dedupeEvent } from './middleware/dedupe-event.ts';
import { convertReply, detectScript, localeOf } from './middleware/detect-script.ts';
import { sanitizeMentionsStage, sanitizeReply } from './middleware/sanitize-mentions.ts';
import { stripInvisible } from '../text/invisible.ts';
import { normaliseNewlines } from '../text/lines.ts';
import { MAX_MESSAGE_CHARS } from '../text/limits.ts';
import { detectScript as detect } from '../text/script.ts';
import { requireRole } from './middleware/require-role.ts';
import type { DispatchDeps, DispatchState, Middleware, Next } from './middleware/types.ts';

export type { DispatchDeps } from './middleware/types.ts';

/** Longest input read at all (issue 6: 40,000-character messages get a clear reply, nothing stored). */
export const MAX_INPUT_CHARS = MAX_MESSAGE_CHARS;
/** No command reads more than this (a pasted plan for import; Slack allows 40,000 a message). */
const MAX_HARD_LIMIT = 200_000;

/** What the user typed, without invisible characters (推进\u200b中 → 推进中), `\n` line ends, trimmed. */
export function cleanInput(text: string): string {
  return stripInvisible(normaliseNewlines(text)).trim();
}

const PREFIX = /^\/?duban(?:\s+|$)/i;

/** Decides the command and its raw options. Throws DubanError for an unknown ASCII command word. */
export async function route(state: DispatchState): Promise<{ command: AnyCommand; rawOptions: RawOptions; rawText: string }> {
  const { event, deps } = state;
  const commands = deps.commands;
  const need = (name: string) => {
    const c = findCommand(commands, name);
    if (!c) throw new DubanError('unknown_command', name);
    return c;
  };
  const text = cleanInput(event.text ?? '');
  // Checked before any parsing; only a command that asks for more (import) reads a longer message.
  const limit = (c: AnyCommand) => {
    const max = c.maxInputChars ?? MAX_INPUT_CHARS;
    if (text.length > max) throw new DubanError('message_too_long', `${text.length} > ${max}`);
    return c;
  };
  if (text.length > MAX_HARD_LIMIT) throw new DubanError('message_too_long', `${text.length} > ${MAX_HARD_LIMIT}`);

  if (event.command && event.command.name !== 'duban') {
    const command = limit(need(event.command.name));
    const given = Object.fromEntries(
      Object.entries(event.command.options).map(([k, v]) => [k, typeof v === 'string' ? cleanInput(v) : v]),
    ) as RawOptions;
    const hasOptions = Object.values(given).some((v) => v !== undefined && v !== '');
    // A Slack slash command may arrive as { name, options: {} } plus the typed text.
    const rawOptions = !hasOptions && text ? parseOptionText(text, command.options) : given;
    return { command, rawOptions, rawText: text };
  }

  if (PREFIX.test(text) || event.command?.name === 'duban') {
    const rest = text.replace(PREFIX, '').trim();
    const [word = ''] = rest.split(/\s+/);
    if (!word) return { command: need('help'), rawOptions: {}, rawText: '' };
    const found = findCommand(commands, word);
    if (found) {
      const command = limit(found);
      const after = rest.slice(word.length).trim();
      return { command, rawOptions: parseOptionText(after, command.options), rawText: after };
    }
    // `/duban 谁牵头智慧医疗`: a question, not a mistyped command; `/duban reprot` is a typo.
    if (/^[a-z][a-z-]*$/i.test(word)) throw new DubanError('unknown_command', word);
    const ask = limit(need('ask'));
    return { command: ask, rawOptions: parseOptionText(rest, ask.options), rawText: rest };
  }

  if (event.thread) {
    // A reply in a weekly prompt's thread is a progress report (the store knows the prompt threads).
    const where = { platform: event.platform, tenant: event.tenant, channel: event.channel, thread: event.thread };
    if (deps.store.lookups.isPromptThread(where)) {
      const report = limit(need('report'));
      // Free text goes whole to the report's positional option: its colon words are progress, not options.
      const restSpec = report.options.find((o) => o.rest);
      return { command: report, rawOptions: restSpec ? { [restSpec.name]: text } : {}, rawText: text };
    }
  }
  const ask = limit(need('ask'));
  const restSpec = ask.options.find((o) => o.rest);
  return { command: ask, rawOptions: restSpec ? { [restSpec.name]: text } : {}, rawText: text };
}

const routeStage: Middleware = async (state, next) => next({ ...state, ...(await route(state)) });

// Failures become a reply that says what to do; only ours are logged (a user's typo is not an incident).
// Outermost, so dedupe-event sees a failure of ours and lets the platform's retry run again; the
// error reply gets the same treatment as any other (asker's script, mentions neutralised).
const catchErrors: Middleware = async (state, next) => {
  try {
    return await next(state);
  } catch (err) {
    if (!isDubanError(err)) {
      state.deps.log?.error({ err, eventId: state.event.eventId, platform: state.event.platform }, 'command failed');
    }
    const { errorCode: _code, ...reply } = errorReply(err, localeOf(state.event.locale));
    return sanitizeReply(convertReply(reply, state.event.script ?? detect(state.event.text ?? '')));
  }
};

async function runCommand(state: DispatchState): Promise<Reply | null> {
  const { command, deps, event } = state;
  if (!command) throw new DubanError('unknown_command', '');
  const args = coerceArgs(command.options, state.rawOptions ?? {}, event.attachments ?? []);
  return command.run({
    args,
    event,
    store: deps.store,
    clock: deps.clock,
    script: state.script,
    locale: state.locale,
    timezone: deps.timezone ?? DEFAULT_TIMEZONE,
    commands: deps.commands,
    rawText: state.rawText ?? '',
  });
}

/**
 * The chain, in order: errors caught outermost; dedupe before anything else runs (a redelivery
 * does nothing at all); script and mentions wrap routing so every reply passes them.
 */
export const middleware: ReadonlyArray<readonly [string, Middleware]> = [
  ['catch-errors', catchErrors],
  ['dedupe-event', dedupeEvent],
  ['detect-script', detectScript],
  ['sanitize-mentions', sanitizeMentionsStage],
  ['route', routeStage],
  ['require-role', requireRole],
];

function compose(stages: ReadonlyArray<readonly [string, Middleware]>, last: Next): Next {
  return stages.reduceRight<Next>((next, [, stage]) => (state) => stage(state, next), last);
}

/**
 * The one entry point of every adapter. Null: nothing to send (a duplicate delivery). Otherwise a
 * Reply in the asker's script, mentions neutralised, within the platform limits (followUps).
 */
export async function dispatch(event: ChatEvent, deps: DispatchDeps): Promise<Reply | null> {
  const chain = compose(middleware, runCommand);
  const initial: DispatchState = { event, deps, script: 'simplified', locale: 'zh-CN' };
  let reply: Reply | null;
  try {
    reply = await chain(initial);
  } catch (err) {
    // catch-errors is outermost; this is the last net for a failure inside it.
    deps.log?.error({ err, eventId: event.eventId, platform: event.platform }, 'dispatch failed');
    const { errorCode: _code, ...r } = errorReply(err);
    reply = r;
  }
  return reply && limitReply(reply);
}
