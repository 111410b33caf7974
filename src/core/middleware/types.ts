// The dispatch chain's shared types. A middleware gets the state so far and `next`; it passes a NEW
// state on (markdown-it stages, not one mutated object) and may rewrite the reply on the way back.
import type { Script } from '../../text/script.ts';
import type { Clock } from '../clock.ts';
import type { AnyCommand } from '../command.ts';
import type { ChatEvent } from '../event.ts';
import type { Locale } from '../errors.ts';
import type { RawOptions } from '../options.ts';
import type { Reply } from '../reply.ts';
import type { CommandStore } from '../store-port.ts';

/** Where dispatch reports failures of ours (pino's logger fits). */
export interface DispatchLog {
  error(obj: object, msg?: string): void;
  info?(obj: object, msg?: string): void;
}

export interface DispatchDeps {
  store: CommandStore;
  clock: Clock;
  commands: readonly AnyCommand[];
  /** IANA zone for weeks and schedules; default Asia/Shanghai. */
  timezone?: string;
  log?: DispatchLog;
}

export interface DispatchState {
  readonly event: ChatEvent;
  readonly deps: DispatchDeps;
  readonly script: Script;
  readonly locale: Locale;
  /** Set by routing: the command to run, its raw option values and the text after the command word. */
  readonly command?: AnyCommand;
  readonly rawOptions?: RawOptions;
  readonly rawText?: string;
}

export type Next = (state: DispatchState) => Promise<Reply | null>;
export type Middleware = (state: DispatchState, next: Next) => Promise<Reply | null>;
