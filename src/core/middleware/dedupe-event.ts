// The same platform event twice → one effect (issue 6 "Duplicates"): Slack retries an event with
// X-Slack-Retry-Num when the ack was slow, Discord may redeliver a message after a gateway resume.
// Bolt does not dedupe (../shared/design/libraries.md), so the key lives in SQLite and survives restarts.
import { claimEvent, releaseEvent } from '../../store/chat-events.ts';
import { isDubanError } from '../errors.ts';
import type { Middleware } from './types.ts';

export const dedupeEvent: Middleware = async (state, next) => {
  const { event, deps } = state;
  // Scheduled posts and one-shot CLI calls have no platform redelivery; an empty id cannot dedupe.
  if (!event.eventId || event.platform === 'schedule') return next(state);
  if (!claimEvent(deps.store, event, deps.clock.now())) return null;
  try {
    return await next(state);
  } catch (err) {
    // A failure of ours (not the user's input) may succeed on the platform's retry: let it through.
    if (!isDubanError(err)) releaseEvent(deps.store, event);
    throw err;
  }
};
