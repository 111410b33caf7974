// Statements for the chat tables of migration 0003: event dedupe and prompt threads. The tables are
// the migration's to create (openStore migrates first); this file only reads and writes them.
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';

/** Events are kept this long; Slack retries within minutes, a Discord resume within hours. */
export const DEDUPE_RETENTION_MS = 7 * 24 * 3600 * 1000;

const lastPrune = new WeakMap<Database.Database, number>();

export interface EventRef {
  platform: string;
  eventId: string;
  tenant: string;
}

// Events being handled right now, per store. In memory on purpose: a claim that outlived a crash
// (SIGKILL between the claim and the report's write) must not make the platform's redelivery look
// like a duplicate (issue 6 "nothing lost"). One bot process owns a store.
const inFlight = new WeakMap<Store, Set<string>>();
const keyOf = (e: { platform: string; eventId: string }) => `${e.platform}\u0000${e.eventId}`;

/**
 * Claims (platform, eventId) for handling. False for a redelivery: one already handled (in SQLite,
 * across restarts) or one being handled now (a Slack retry while the first is still running).
 * Synchronous, so concurrent deliveries cannot both win.
 */
export function claimEvent(store: Store, e: EventRef, now: Date): boolean {
  const db = store.writer;
  let flying = inFlight.get(store);
  if (!flying) inFlight.set(store, (flying = new Set()));
  const key = keyOf(e);
  if (flying.has(key)) return false;
  if (db.prepare('SELECT 1 FROM processed_events WHERE platform = ? AND event_id = ?').get(e.platform, e.eventId)) return false;
  flying.add(key);
  // Prune at most once an hour per connection: a DELETE per event would double the write load.
  const t = now.getTime();
  if ((lastPrune.get(db) ?? 0) + 3600_000 <= t) {
    pruneEvents(store, now);
    lastPrune.set(db, t);
  }
  return true;
}

/** The event was handled (or failed for a reason a retry cannot fix): later deliveries are duplicates. */
export function completeEvent(store: Store, e: EventRef, now: Date): void {
  store.writer
    .prepare('INSERT INTO processed_events (platform, event_id, tenant, received_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
    .run(e.platform, e.eventId, e.tenant, now.getTime());
  inFlight.get(store)?.delete(keyOf(e));
}

/** Handling failed for a reason of ours: a redelivery may run again. */
export function releaseEvent(store: Store, e: { platform: string; eventId: string }): void {
  inFlight.get(store)?.delete(keyOf(e));
}

export function pruneEvents(store: Store, now: Date, retentionMs = DEDUPE_RETENTION_MS): number {
  return store.writer.prepare('DELETE FROM processed_events WHERE received_at < ?').run(now.getTime() - retentionMs).changes;
}

export function countEvents(store: Store): number {
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
  store.writer
    .prepare(
      `INSERT INTO prompt_threads (platform, tenant, channel, thread, post_key, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET post_key = excluded.post_key`,
    )
    .run(t.platform, t.tenant, t.channel, t.thread, t.postKey, now.getTime());
}

/** The outbox key of the prompt that opened this thread, or null when it is not a prompt thread. */
export function findPromptThread(store: Store, e: { platform: string; tenant: string; channel: string; thread: string }): string | null {
  const row = store.writer
    .prepare('SELECT post_key FROM prompt_threads WHERE platform = ? AND tenant = ? AND channel = ? AND thread = ?')
    .get(e.platform, e.tenant, e.channel, e.thread) as { post_key: string } | undefined;
  return row?.post_key ?? null;
}
