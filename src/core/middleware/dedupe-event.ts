// The same platform event twice → one effect (issue 6 "Duplicates"): Slack retries an event with
// X-Slack-Retry-Num when the ack was slow, Discord may redeliver a message after a gateway resume.
// Bolt does not dedupe (../shared/design/libraries.md), so handled ids live in SQLite and survive
// restarts. An id is written as handled only AFTER its command finished: a crash in between leaves
// the redelivery free to run (the report's own source-message key then keeps it single).
import { isDubanError } from '../errors.ts';
import type { Middleware } from './types.ts';

export const dedupeEvent: Middleware = async (state, next) => {
  const { event, deps } = state;
  // Scheduled posts and one-shot CLI calls have no platform redelivery; an empty id cannot dedupe.
  if (!event.eventId || event.platform === 'schedule') return next(state);
  const ledger = deps.store.lookups;
  if (!ledger.claimEvent(event, deps.clock.now())) return null;
  try {
    const reply = await next(state);
    ledger.completeEvent(event, deps.clock.now());
    return reply;
  } catch (err) {
    // The user's mistake (bad option, not a member) stays a mistake on retry: handled. A failure of
    // ours (SQLITE_BUSY, a platform error) may succeed on the platform's retry: let it through.
    if (isDubanError(err)) ledger.completeEvent(event, deps.clock.now());
    else ledger.releaseEvent(event);
    throw err;
  }
};
