// The store's side of core/store-port.ts: what dispatch asks (prompt threads, event dedupe), answered
// from the outbox, the prompt_threads table and the processed_events ledger.
import type { DispatchLookups } from '../core/store-port.ts';
import { claimEvent, completeEvent, findPromptThread, releaseEvent } from './chat-events.ts';
import type { Store } from './open.ts';
import { promptOfThread } from './progress-reader.ts';

export function dispatchLookups(store: Store): DispatchLookups {
  return {
    // Per tenant and channel (issue 6): the outbox records a prompt's thread when the scheduler marks
    // it sent; the adapters also note it when they open it (savePromptThread).
    isPromptThread: (w) => promptOfThread(store, w.tenant, w.channel, w.thread) !== null || findPromptThread(store, w) !== null,
    claimEvent: (event, now) => claimEvent(store, event, now),
    completeEvent: (event, now) => completeEvent(store, event, now),
    releaseEvent: (event) => releaseEvent(store, event),
  };
}
