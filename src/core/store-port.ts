// What core asks of the store, as interfaces the store implements: core sits at the bottom and names
// no store module (issue 14). Dispatch asks two things itself: whether a thread is a weekly prompt's
// (a reply there is a progress report), and the dedupe ledger of platform events it has handled.

/** One delivery of a platform event (Slack event_id / trigger_id, Discord interaction or message id). */
export interface EventRef {
  platform: string;
  eventId: string;
  tenant: string;
}

export interface ThreadRef {
  platform: string;
  tenant: string;
  channel: string;
  thread: string;
}

export interface DispatchLookups {
  /** The thread is a weekly prompt's (the outbox posted it, or an adapter noted opening it). */
  isPromptThread(where: ThreadRef): boolean;
  /** False for a redelivery: handled before (across restarts) or being handled now. */
  claimEvent(event: EventRef, now: Date): boolean;
  /** Handled (or failed for a reason a retry cannot fix): later deliveries are duplicates. */
  completeEvent(event: EventRef, now: Date): void;
  /** Failed for a reason of ours: the platform's retry may run it again. */
  releaseEvent(event: EventRef): void;
}

/**
 * The store handed to dispatch and to every command. Core declares only what it uses itself
 * (`lookups`); src/store/open.ts merges its whole Store into this interface (declaration merging,
 * as Hono's ContextVariableMap), so commands see the real store while core imports none of it.
 */
export interface CommandStore {
  readonly lookups: DispatchLookups;
}
