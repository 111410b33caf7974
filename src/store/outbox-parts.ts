// The outbox's parts and failures (migration 0010; issue 13): one row per message of a scheduled
// post, and on the post's row the transient attempts, the permanent failure and the one notice.
// The post's own intent/sent rows are written by progress-writer.ts (claimOutbox, markOutboxSent).
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import type { OutboxKey } from './progress-writer.ts';
import { preparedPer } from './statements.ts';

export type OutboxState = 'intent' | 'sent' | 'failed';

export interface OutboxRow {
  state: OutboxState;
  messageId: string | null;
  thread: string | null;
  claimedAt: number;
  attempts: number;
  nextTryAt: number | null;
  error: string | null;
  notifiedAt: number | null;
}

export interface PartRow {
  part: number;
  state: 'intent' | 'sent';
  messageId: string | null;
  thread: string | null;
  claimedAt: number;
}

type K = [string, string, number, string, string];
const WHERE = 'tenant = ? AND channel = ? AND plan_id = ? AND week = ? AND kind = ?';

function prepare(db: Database.Database) {
  return {
    row: db.prepare<K, { state: OutboxState; message_id: string | null; thread: string | null; claimed_at: number; attempts: number; next_try_at: number | null; error: string | null; notified_at: number | null }>(
      `SELECT state, message_id, thread, claimed_at, attempts, next_try_at, error, notified_at FROM outbox WHERE ${WHERE}`,
    ),
    parts: db.prepare<K, { part: number; state: 'intent' | 'sent'; message_id: string | null; thread: string | null; claimed_at: number }>(
      `SELECT part, state, message_id, thread, claimed_at FROM outbox_parts WHERE ${WHERE} ORDER BY part`,
    ),
    claimPart: db.prepare(
      `INSERT INTO outbox_parts (tenant, channel, plan_id, week, kind, part, state, claimed_at) VALUES (?, ?, ?, ?, ?, ?, 'intent', ?) ON CONFLICT DO NOTHING`,
    ),
    partSent: db.prepare(`UPDATE outbox_parts SET state = 'sent', message_id = ?, thread = ?, sent_at = ? WHERE ${WHERE} AND part = ?`),
    dropPart: db.prepare(`DELETE FROM outbox_parts WHERE ${WHERE} AND part = ? AND state = 'intent'`),
    attempt: db.prepare(`UPDATE outbox SET attempts = attempts + 1, next_try_at = ?, error = ? WHERE ${WHERE} AND state = 'intent'`),
    fail: db.prepare(`UPDATE outbox SET state = 'failed', error = ?, sent_at = NULL WHERE ${WHERE} AND state = 'intent'`),
    notify: db.prepare(`UPDATE outbox SET notified_at = ? WHERE ${WHERE} AND notified_at IS NULL`),
  };
}

const statements = preparedPer(prepare);
const q = (store: Store) => statements(store.writer);
const k = (key: OutboxKey): K => [key.tenant, key.channel, key.planId, key.week, key.kind];

export function outboxRow(store: Store, key: OutboxKey): OutboxRow | null {
  const r = q(store).row.get(...k(key));
  return r
    ? { state: r.state, messageId: r.message_id, thread: r.thread, claimedAt: r.claimed_at, attempts: r.attempts, nextTryAt: r.next_try_at, error: r.error, notifiedAt: r.notified_at }
    : null;
}

export function outboxParts(store: Store, key: OutboxKey): PartRow[] {
  return q(store).parts.all(...k(key)).map((r) => ({ part: r.part, state: r.state, messageId: r.message_id, thread: r.thread, claimedAt: r.claimed_at }));
}

/** The intent to send one part, written before the platform call (first writer wins). */
export function claimOutboxPart(store: Store, key: OutboxKey, part: number, at: number): void {
  q(store).claimPart.run(...k(key), part, at);
}

export function markOutboxPartSent(store: Store, key: OutboxKey, part: number, sent: { messageId: string; thread?: string | null }, at: number): void {
  q(store).partSent.run(sent.messageId, sent.thread ?? null, at, ...k(key), part);
}

/** The platform said for certain the part was not stored (a 429, a refusal): no longer in doubt. */
export function dropOutboxPart(store: Store, key: OutboxKey, part: number): void {
  q(store).dropPart.run(...k(key), part);
}

/** A transient failure: counted, and the post waits until `nextTryAt` (ms). */
export function recordOutboxAttempt(store: Store, key: OutboxKey, error: string, nextTryAt: number): void {
  q(store).attempt.run(nextTryAt, error, ...k(key));
}

/** Ends the post as failed: never retried again (a 'sent' row is left as it is). */
export function markOutboxFailed(store: Store, key: OutboxKey, error: string): void {
  q(store).fail.run(error, ...k(key));
}

/** True once: the caller that wins tells the coordinator; every later call gets false. */
export function claimOutboxNotice(store: Store, key: OutboxKey, at: number): boolean {
  return q(store).notify.run(at, ...k(key)).changes > 0;
}
