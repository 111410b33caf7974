// A chat command: its definition as data (name, Chinese aliases, zh-CN/en descriptions, typed
// options) plus one handler returning a Reply. One file per command under commands/, listed in
// commands/index.ts (discord.js guide: `export default {...} satisfies Command`; yuudachi: data + ArgsOf).
import type { Script } from '../text/script.ts';
import type { Clock } from './clock.ts';
import type { ChatEvent } from './event.ts';
import type { Locale } from './errors.ts';
import type { ArgsOf, OptionSpec } from './options.ts';
import type { ModalSpec, Reply } from './reply.ts';
import type { CommandStore } from './store-port.ts';

export interface CommandContext<O extends readonly OptionSpec[] = readonly OptionSpec[]> {
  args: ArgsOf<O>;
  event: ChatEvent;
  store: CommandStore;
  clock: Clock;
  /** The asker's script; dispatch converts the reply into it afterwards, so handlers write Simplified. */
  script: Script;
  /** Language of fixed texts (help): Discord's locale, else zh-CN. */
  locale: Locale;
  /** IANA zone for schedules and weeks (DUBAN_TZ, default Asia/Shanghai). */
  timezone: string;
  /** Every registered command, for help. */
  commands: readonly AnyCommand[];
  /** The text after the command word, as typed (empty for structured invocations). */
  rawText: string;
}

export interface Command<O extends readonly OptionSpec[] = readonly OptionSpec[]> {
  /** The subcommand word: `/duban ask`. ASCII lowercase, ≤32 (Discord). The file is named after it. */
  readonly name: string;
  /** Other words accepted after /duban in text forms: 问, 牵头 … */
  readonly aliases: readonly string[];
  readonly description: { readonly 'zh-CN': string; readonly en: string };
  readonly options: O;
  /** Only coordinators (Discord Manage Server / configured role; Slack configured ids). */
  readonly coordinatorOnly?: boolean;
  /** Slack/Discord: when invoked with no options, open this modal; its submission comes back as this command. */
  readonly modal?: ModalSpec;
  /** Longest message this command reads (default MAX_INPUT_CHARS, 2,000); import takes a pasted plan. */
  readonly maxInputChars?: number;
  /** Usage examples for help, in the text form. */
  readonly examples?: readonly string[];
  run(ctx: CommandContext<O>): Reply | Promise<Reply>;
}

// Handlers are checked against their own option types; the list holds them with the general type.
// Method syntax (bivariant parameters) is what lets a Command<Specific> sit in a Command[] list.
export type AnyCommand = Command<readonly OptionSpec[]>;

/** Keeps the option tuple's literal types so `ctx.args` is typed from the data. */
export function defineCommand<const O extends readonly OptionSpec[]>(command: Command<O>): Command<O> {
  return command;
}

/** Finds a command by name or alias, case-insensitive (`Ask`, `问`). */
export function findCommand(commands: readonly AnyCommand[], word: string): AnyCommand | undefined {
  const w = word.trim().toLowerCase();
  return commands.find((c) => c.name === w || c.aliases.some((a) => a.toLowerCase() === w));
}
