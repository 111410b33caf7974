// Statements for the inbox of migration 0005 (issue 6 "nothing lost"). An adapter calls
// receiveEvent BEFORE it acknowledges a platform event (a Slack 200 ends Slack's retries), and
// markHandled once dispatch has returned; on start it replays pendingEvents through the same
// dispatch. Replaying an event that was applied but not marked is harmless: dispatch's dedupe
// (processed_events) and a report's unique source message id keep it single.
import type Database from 'better-sqlite3';
import type { ChatEvent } from '../core/event.ts';
import type { Store } from './open.ts';
import { preparedPer } from './statements.ts';

/** Handled rows are kept this long (as processed_events: Slack retries within minutes, a Discord resume within hours). */
export const INBOX_RETENTION_MS = 7 * 24 * 3600 * 1000;

type Statements = {
  insert: Database.Statement;
  mark: Database.Statement;
};
const statements = preparedPer<Statements>((db) => ({
  insert: db.prepare('INSERT OR IGNORE INTO inbox (platform, tenant, event_id, payload, received_at) VALUES (?, ?, ?, ?, ?)'),
  mark: db.prepare('UPDATE inbox SET handled_at = ? WHERE platform = ? AND event_id = ? AND handled_at IS NULL'),
}));

/** The event as stored: JSON-safe, attachments left out (bytes are fetched again by the adapter, or lost on replay). */
function toPayload(event: ChatEvent): string {
  const { attachments: _files, ...rest } = event;
  return JSON.stringify({ ...rest, receivedAt: event.receivedAt.toISOString() });
}

function fromPayload(payload: string): ChatEvent {
  const e = JSON.parse(payload) as Omit<ChatEvent, 'receivedAt'> & { receivedAt: string };
  return { ...e, receivedAt: new Date(e.receivedAt) };
}

/**
 * Records the event before it is acknowledged: one autocommitted INSERT (synchronous = FULL, so one
 * fsync of the WAL). 'duplicate': the platform delivered (platform, eventId) before, handled or not.
 */
export function receiveEvent(store: Store, event: ChatEvent): 'new' | 'duplicate' {
  const r = statements(store.writer).insert.run(event.platform, event.tenant, event.eventId, toPayload(event), event.receivedAt.getTime());
  return r.changes === 1 ? 'new' : 'duplicate';
}

/** Dispatch returned for this event (its effects are committed): a restart does not replay it. */
export function markHandled(store: Store, platform: string, eventId: string, now: Date = new Date()): void {
  statements(store.writer).mark.run(now.getTime(), platform, eventId);
}

/** True while (platform, eventId) is in the inbox and not yet handled. */
export function isPending(store: Store, platform: string, eventId: string): boolean {
  return store.writer.prepare('SELECT 1 FROM inbox WHERE platform = ? AND event_id = ? AND handled_at IS NULL').get(platform, eventId) !== undefined;
}

export interface PendingQuery {
  platform?: string;
  /** Only events received at least this long ago (default 0: all). */
  olderThanMs?: number;
  now?: Date;
}

/** Events received and never marked handled, oldest first. */
export function pendingEvents(store: Store, q: PendingQuery = {}): ChatEvent[] {
  const before = (q.now ?? new Date()).getTime() - (q.olderThanMs ?? 0);
  const rows = store.writer
    .prepare(
      `SELECT payload FROM inbox WHERE handled_at IS NULL AND received_at <= ? ${q.platform === undefined ? '' : 'AND platform = ?'} ORDER BY received_at, id`,
    )
    .all(...(q.platform === undefined ? [before] : [before, q.platform])) as Array<{ payload: string }>;
  return rows.map((r) => fromPayload(r.payload));
}

/** Deletes handled rows older than the retention; pending rows are never pruned. */
export function pruneInbox(store: Store, now: Date = new Date(), retentionMs = INBOX_RETENTION_MS): number {
  return store.writer.prepare('DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at < ?').run(now.getTime() - retentionMs).changes;
}
