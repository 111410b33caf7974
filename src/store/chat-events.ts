// Statements for the chat tables of migration 0003: event dedupe and prompt threads.
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import { migration } from './migrations/0003-chat.ts';

/** Events are kept this long; Slack retries within minutes, a Discord resume within hours. */
export const DEDUPE_RETENTION_MS = 7 * 24 * 3600 * 1000;

const ensured = new WeakSet<Database.Database>();
function ensureTables(db: Database.Database): void {
  if (ensured.has(db)) return;
  // Only when missing (a store migrated by a build without 0003): DDL would wait for the write lock.
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'prompt_threads'").get();
  if (!exists) migration.up(db);
  ensured.add(db);
}

const lastPrune = new WeakMap<Database.Database, number>();

/**
 * Claims (platform, eventId). True the first time, false for a redelivery. The INSERT is the lock:
 * two concurrent deliveries cannot both win (PRIMARY KEY, one writer).
 */
export function claimEvent(store: Store, e: { platform: string; eventId: string; tenant: string }, now: Date): boolean {
  const db = store.writer;
  ensureTables(db);
  const info = db
    .prepare('INSERT INTO processed_events (platform, event_id, tenant, received_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
    .run(e.platform, e.eventId, e.tenant, now.getTime());
  const t = now.getTime();
  // Prune at most once an hour per connection: a DELETE per event would double the write load.
  if ((lastPrune.get(db) ?? 0) + 3600_000 <= t) {
    pruneEvents(store, now);
    lastPrune.set(db, t);
  }
  return info.changes === 1;
}

/** Lets a redelivery run again after the first attempt failed for a reason of ours (not the user's). */
export function releaseEvent(store: Store, e: { platform: string; eventId: string }): void {
  ensureTables(store.writer);
  store.writer.prepare('DELETE FROM processed_events WHERE platform = ? AND event_id = ?').run(e.platform, e.eventId);
}

export function pruneEvents(store: Store, now: Date, retentionMs = DEDUPE_RETENTION_MS): number {
  ensureTables(store.writer);
  return store.writer.prepare('DELETE FROM processed_events WHERE received_at < ?').run(now.getTime() - retentionMs).changes;
}

export function countEvents(store: Store): number {
  ensureTables(store.writer);
  return (store.writer.prepare('SELECT count(*) AS n FROM processed_events').get() as { n: number }).n;
}

export interface PromptThread {
  platform: string;
  tenant: string;
  channel: string;
  thread: string;
  postKey: string;
}

export function savePromptThread(store: Store, t: PromptThread, now: Date): void {
  ensureTables(store.writer);
  store.writer
    .prepare(
      `INSERT INTO prompt_threads (platform, tenant, channel, thread, post_key, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET post_key = excluded.post_key`,
    )
    .run(t.platform, t.tenant, t.channel, t.thread, t.postKey, now.getTime());
}

/** The outbox key of the prompt that opened this thread, or null when it is not a prompt thread. */
export function findPromptThread(store: Store, e: { platform: string; tenant: string; channel: string; thread: string }): string | null {
  ensureTables(store.writer);
  const row = store.writer
    .prepare('SELECT post_key FROM prompt_threads WHERE platform = ? AND tenant = ? AND channel = ? AND thread = ?')
    .get(e.platform, e.tenant, e.channel, e.thread) as { post_key: string } | undefined;
  return row?.post_key ?? null;
}
