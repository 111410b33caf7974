// Writes of the progress tables (0002), prepared once per connection. Every statement names its
// tenant: nothing written here can land in another workspace's rows.
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import { preparedPer } from './statements.ts';

export type PostKind = 'prompt' | 'reminder' | 'digest';

export interface FollowSchedule {
  timezone: string;
  promptDay: number;
  promptTime: string;
  reminderDay: number;
  reminderTime: string;
  digestDay: number;
  digestTime: string;
}

/** A report's own fields, as written and as read back. */
export interface ReportFields {
  planId: number;
  taskKeyId: number | null;
  taskId: number | null;
  unitId: number;
  reporter: string;
  onBehalf: boolean;
  status: string | null;
  percent: number | null;
  note: string | null;
  metrics: Array<{ name: string; value: number; unit: string | null }>;
  noChange: boolean;
  week: string;
  reportedAt: number;
}

export interface NewReport extends ReportFields {
  tenant: string;
  sourcePlatform: string;
  sourceMessageId: string;
}

export interface OutboxKey {
  tenant: string;
  channel: string;
  planId: number;
  week: string;
  kind: PostKind;
}

function prepare(db: Database.Database) {
  return {
    addMember: db.prepare(
      'INSERT INTO members (tenant, user, user_name, unit_id, added_by, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET user_name = coalesce(excluded.user_name, user_name)',
    ),
    removeMember: db.prepare('DELETE FROM members WHERE tenant = ? AND user = ? AND unit_id = ?'),
    upsertFollow: db.prepare(
      `INSERT INTO follows (tenant, channel, plan_id, platform, timezone, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    ),
    deleteFollow: db.prepare('DELETE FROM follows WHERE tenant = ? AND channel = ? AND plan_id = ?'),
    setSchedule: db.prepare(
      `UPDATE follows SET timezone = ?, prompt_day = ?, prompt_time = ?, reminder_day = ?, reminder_time = ?, digest_day = ?, digest_time = ?
       WHERE tenant = ? AND channel = ? AND plan_id = ?`,
    ),
    sourceSeen: db.prepare<[string, string, string], { id: number }>(
      'SELECT id FROM reports WHERE tenant = ? AND source_platform = ? AND source_message_id = ? LIMIT 1',
    ),
    insertReport: db.prepare(
      `INSERT INTO reports (tenant, plan_id, task_key_id, task_id, unit_id, reporter, on_behalf, status, percent, note, metrics, no_change,
         week, reported_at, source_platform, source_message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    latest: db.prepare<[string, number, number | null, number], { id: number; week: string; status: string | null; percent: number | null }>(
      'SELECT id, week, status, percent FROM reports WHERE tenant = ? AND unit_id = ? AND task_key_id IS ? AND plan_id = ? AND superseded_by IS NULL ORDER BY id DESC LIMIT 1',
    ),
    supersede: db.prepare('UPDATE reports SET superseded_by = ?, superseded_week = ? WHERE id = ?'),
    excuse: db.prepare(
      'INSERT INTO excuses (tenant, unit_id, week, excused_by, reason, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET reason = excluded.reason',
    ),
    unexcuse: db.prepare('DELETE FROM excuses WHERE tenant = ? AND unit_id = ? AND week = ?'),
    claim: db.prepare(
      `INSERT INTO outbox (tenant, channel, plan_id, week, kind, state, claimed_at) VALUES (?, ?, ?, ?, ?, 'intent', ?) ON CONFLICT DO NOTHING`,
    ),
    outboxState: db.prepare<[string, string, number, string, string], { state: 'intent' | 'sent'; message_id: string | null }>(
      'SELECT state, message_id FROM outbox WHERE tenant = ? AND channel = ? AND plan_id = ? AND week = ? AND kind = ?',
    ),
    markSent: db.prepare(
      `UPDATE outbox SET state = 'sent', message_id = ?, thread = ?, sent_at = ? WHERE tenant = ? AND channel = ? AND plan_id = ? AND week = ? AND kind = ?`,
    ),
    release: db.prepare(`DELETE FROM outbox WHERE tenant = ? AND channel = ? AND plan_id = ? AND week = ? AND kind = ? AND state = 'intent'`),
  };
}

const statements = preparedPer(prepare);
const q = (store: Store) => statements(store.writer);

export function addMember(store: Store, m: { tenant: string; user: string; userName?: string | null; unitId: number; addedBy: string; at: number }): void {
  q(store).addMember.run(m.tenant, m.user, m.userName ?? null, m.unitId, m.addedBy, m.at);
}

export function removeMember(store: Store, m: { tenant: string; user: string; unitId: number }): boolean {
  return q(store).removeMember.run(m.tenant, m.user, m.unitId).changes > 0;
}

export function upsertFollow(store: Store, f: { tenant: string; channel: string; planId: number; platform: string; timezone: string; at: number }): boolean {
  return q(store).upsertFollow.run(f.tenant, f.channel, f.planId, f.platform, f.timezone, f.at).changes > 0;
}

export function deleteFollow(store: Store, f: { tenant: string; channel: string; planId: number }): boolean {
  return q(store).deleteFollow.run(f.tenant, f.channel, f.planId).changes > 0;
}

export function writeSchedule(store: Store, f: { tenant: string; channel: string; planId: number }, s: FollowSchedule): void {
  q(store).setSchedule.run(s.timezone, s.promptDay, s.promptTime, s.reminderDay, s.reminderTime, s.digestDay, s.digestTime, f.tenant, f.channel, f.planId);
}

/**
 * Inserts reports from one source message in one transaction, each superseding the unit's last
 * report on that task (history kept). Returns null when the message was already recorded.
 */
export function insertReports(store: Store, reports: NewReport[]): number[] | null {
  const s = q(store);
  return store.writer
    .transaction((): number[] | null => {
      const first = reports[0];
      if (!first) return [];
      if (s.sourceSeen.get(first.tenant, first.sourcePlatform, first.sourceMessageId)) return null;
      const ids: number[] = [];
      for (const r of reports) {
        const prev = s.latest.get(r.tenant, r.unitId, r.taskKeyId, r.planId);
        // A note or "no change" on a task keeps the task's last status and percent.
        const status = r.status ?? (r.taskKeyId != null ? prev?.status ?? null : null);
        const percent = r.percent ?? (r.taskKeyId != null ? prev?.percent ?? null : null);
        const id = Number(
          s.insertReport.run(
            r.tenant, r.planId, r.taskKeyId, r.taskId, r.unitId, r.reporter, r.onBehalf ? 1 : 0, status, percent, r.note,
            JSON.stringify(r.metrics), r.noChange ? 1 : 0, r.week, r.reportedAt, r.sourcePlatform, r.sourceMessageId,
          ).lastInsertRowid,
        );
        // A report for an earlier week than the latest (a late correction) goes into history under it.
        if (prev && prev.week > r.week) s.supersede.run(prev.id, prev.week, id);
        else if (prev) s.supersede.run(id, r.week, prev.id);
        ids.push(id);
      }
      return ids;
    })
    .immediate();
}

export function writeExcuse(store: Store, e: { tenant: string; unitId: number; week: string; by: string; reason?: string | null; at: number }): void {
  q(store).excuse.run(e.tenant, e.unitId, e.week, e.by, e.reason ?? null, e.at);
}

export function deleteExcuse(store: Store, e: { tenant: string; unitId: number; week: string }): boolean {
  return q(store).unexcuse.run(e.tenant, e.unitId, e.week).changes > 0;
}

/** Records the intent to post (first writer wins) and returns the row's state afterwards. */
export function claimOutbox(store: Store, k: OutboxKey, at: number): { inserted: boolean; state: 'intent' | 'sent'; messageId: string | null } {
  const s = q(store);
  return store.writer
    .transaction(() => {
      const inserted = s.claim.run(k.tenant, k.channel, k.planId, k.week, k.kind, at).changes > 0;
      const row = s.outboxState.get(k.tenant, k.channel, k.planId, k.week, k.kind)!;
      return { inserted, state: row.state, messageId: row.message_id };
    })
    .immediate();
}

export function markOutboxSent(store: Store, k: OutboxKey, messageId: string | null, thread: string | null, at: number): void {
  q(store).markSent.run(messageId, thread, at, k.tenant, k.channel, k.planId, k.week, k.kind);
}

/** Drops an intent after a post that certainly failed (the platform refused it), so it is retried. */
export function releaseOutbox(store: Store, k: OutboxKey): void {
  q(store).release.run(k.tenant, k.channel, k.planId, k.week, k.kind);
}
