// Reads and writes of the reply-reading columns and pending replies (migration 0008), kept apart
// from progress-writer.ts so the report insert itself stays as it is. Reads go through the reader
// (they never wait on the writer under WAL), writes through the writer.
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import { preparedPer } from './statements.ts';

export interface PendingReply {
  tenant: string;
  channel: string;
  thread: string;
  user: string;
  text: string;
  question: string;
  askedAt: number;
}

export interface ReadingExtras {
  expected: string | null;
  blocker: string | null;
}

const writes = preparedPer((db: Database.Database) => ({
  setExtras: db.prepare('UPDATE reports SET expected = ?, blocker = ? WHERE id = ?'),
  park: db.prepare(
    `INSERT INTO pending_replies (tenant, channel, thread, user, text, question, asked_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET text = excluded.text, question = excluded.question, asked_at = excluded.asked_at`,
  ),
  unpark: db.prepare('DELETE FROM pending_replies WHERE tenant = ? AND channel = ? AND thread = ? AND user = ?'),
  retire: db.prepare('UPDATE reports SET superseded_by = ?, superseded_week = ? WHERE id = ? AND superseded_by IS NULL'),
}));

const reads = preparedPer((db: Database.Database) => ({
  extras: db.prepare<[number], { expected: string | null; blocker: string | null }>('SELECT expected, blocker FROM reports WHERE id = ?'),
  pending: db.prepare<[string, string, string, string], { text: string; question: string; asked_at: number }>(
    'SELECT text, question, asked_at FROM pending_replies WHERE tenant = ? AND channel = ? AND thread = ? AND user = ?',
  ),
  lastOfReporter: db.prepare<[string, string], { id: number; source_platform: string; source_message_id: string }>(
    'SELECT id, source_platform, source_message_id FROM reports WHERE tenant = ? AND reporter = ? ORDER BY id DESC LIMIT 1',
  ),
  ofSource: db.prepare<[string, string, string], { id: number; task_key_id: number | null; number: string | null; week: string }>(
    `SELECT r.id, r.task_key_id, t.number, r.week FROM reports r LEFT JOIN tasks t ON t.id = r.task_id
     WHERE r.tenant = ? AND r.source_platform = ? AND r.source_message_id = ? ORDER BY r.id`,
  ),
  // One pass per plan for the digest (a query per task cost 400 × a scan at a city's size).
  saidOfPlan: db.prepare<[string, number, string], { taskKeyId: number; expected: string | null; blocker: string | null }>(
    `SELECT task_key_id AS taskKeyId, expected, blocker FROM (
       SELECT task_key_id, expected, blocker,
              ROW_NUMBER() OVER (PARTITION BY task_key_id ORDER BY reported_at DESC, id DESC) AS rn
       FROM reports WHERE tenant = ? AND plan_id = ? AND week <= ? AND no_change = 0 AND task_key_id IS NOT NULL
     ) WHERE rn = 1`,
  ),
}));

export function saveReadingExtras(store: Store, reportIds: number[], extras: ReadingExtras): void {
  const s = writes(store.writer);
  store.write(() => {
    for (const id of reportIds) s.setExtras.run(extras.expected, extras.blocker, id);
  });
}

export function readingExtrasOf(store: Store, reportId: number): ReadingExtras {
  return reads(store.reader).extras.get(reportId) ?? { expected: null, blocker: null };
}

export function parkReply(store: Store, p: PendingReply): void {
  writes(store.writer).park.run(p.tenant, p.channel, p.thread, p.user, p.text, p.question, p.askedAt);
}

export function pendingReplyOf(store: Store, where: Pick<PendingReply, 'tenant' | 'channel' | 'thread' | 'user'>): PendingReply | null {
  const row = reads(store.reader).pending.get(where.tenant, where.channel, where.thread, where.user);
  return row ? { ...where, text: row.text, question: row.question, askedAt: row.asked_at } : null;
}

export function unparkReply(store: Store, where: Pick<PendingReply, 'tenant' | 'channel' | 'thread' | 'user'>): void {
  writes(store.writer).unpark.run(where.tenant, where.channel, where.thread, where.user);
}

export interface ReadingRow {
  id: number;
  taskKeyId: number | null;
  taskNumber: string | null;
  week: string;
}

/** The report rows of the reporter's latest recorded message (what `改：…` corrects). */
export function lastReadingOf(store: Store, tenant: string, reporter: string): ReadingRow[] {
  const s = reads(store.reader);
  const last = s.lastOfReporter.get(tenant, reporter);
  if (!last) return [];
  return s.ofSource.all(tenant, last.source_platform, last.source_message_id).map((r) => ({ id: r.id, taskKeyId: r.task_key_id, taskNumber: r.number, week: r.week }));
}

/** A corrected reading's rows that the correction did not replace task by task (it named another
 *  task): superseded by the correction's first row, so none of them stays the latest. */
export function retireRows(store: Store, rowIds: number[], byId: number, week: string): void {
  const s = writes(store.writer);
  store.write(() => {
    for (const id of rowIds) if (id !== byId) s.retire.run(byId, week, id);
  });
}

/** Per task of a plan, the promised date and blocker of its latest report that said something, as of
 *  a week (本周无新进展 keeps the last promise standing; a new reading without one clears it). */
export function latestPromisesOfPlan(store: Store, tenant: string, planId: number, week: string): Map<number, ReadingExtras> {
  const rows = reads(store.reader).saidOfPlan.all(tenant, planId, week);
  return new Map(rows.map((r) => [r.taskKeyId, { expected: r.expected, blocker: r.blocker }] as const));
}
