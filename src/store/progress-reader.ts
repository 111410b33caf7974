// Reads of the progress tables (0002) on the read-only connection, prepared once per connection.
// Every query takes its tenant as the first parameter: no query here reads across workspaces.
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import { preparedPer } from './statements.ts';
import type { FollowSchedule, OutboxKey, PostKind, ReportFields } from './progress-writer.ts';

export interface Member {
  user: string;
  userName: string | null;
  unitId: number;
  unit: string;
}

export interface Follow extends FollowSchedule {
  tenant: string;
  channel: string;
  planId: number;
  platform: string;
  createdAt: number;
}

export interface ReportRow extends ReportFields {
  id: number;
}

interface FollowRow {
  tenant: string; channel: string; plan_id: number; platform: string; timezone: string; prompt_day: number; prompt_time: string;
  reminder_day: number; reminder_time: string; digest_day: number; digest_time: string; created_at: number;
}

interface RawReport {
  id: number; plan_id: number; task_key_id: number | null; task_id: number | null; unit_id: number; reporter: string; on_behalf: number;
  status: string | null; percent: number | null; note: string | null; metrics: string; no_change: number; week: string; reported_at: number;
}

const REPORT_COLS = 'id, plan_id, task_key_id, task_id, unit_id, reporter, on_behalf, status, percent, note, metrics, no_change, week, reported_at';

function prepare(db: Database.Database) {
  return {
    membersOfTenant: db.prepare<[string], { user: string; user_name: string | null; unit_id: number; name: string }>(
      'SELECT m.user, m.user_name, m.unit_id, u.name FROM members m JOIN units u ON u.id = m.unit_id WHERE m.tenant = ? ORDER BY u.name, m.user',
    ),
    unitsOfUser: db.prepare<[string, string], { user: string; user_name: string | null; unit_id: number; name: string }>(
      'SELECT m.user, m.user_name, m.unit_id, u.name FROM members m JOIN units u ON u.id = m.unit_id WHERE m.tenant = ? AND m.user = ? ORDER BY m.created_at',
    ),
    membersOfUnit: db.prepare<[string, number], { user: string; user_name: string | null; unit_id: number; name: string }>(
      'SELECT m.user, m.user_name, m.unit_id, u.name FROM members m JOIN units u ON u.id = m.unit_id WHERE m.tenant = ? AND m.unit_id = ? ORDER BY m.user',
    ),
    allFollows: db.prepare<[], FollowRow>('SELECT * FROM follows ORDER BY tenant, channel, plan_id'),
    followsOfTenant: db.prepare<[string], FollowRow>('SELECT * FROM follows WHERE tenant = ? ORDER BY channel, plan_id'),
    followsOfChannel: db.prepare<[string, string], FollowRow>('SELECT * FROM follows WHERE tenant = ? AND channel = ? ORDER BY plan_id'),
    reportsOfWeek: db.prepare<[string, number, string], RawReport>(
      `SELECT ${REPORT_COLS} FROM reports WHERE tenant = ? AND plan_id = ? AND week = ? ORDER BY reported_at, id`,
    ),
    // The latest report per (unit, task) up to and including a week (ISO weeks sort as text).
    latestAsOf: db.prepare<[string, number, string], RawReport>(
      `SELECT ${REPORT_COLS} FROM (
         SELECT *, row_number() OVER (PARTITION BY unit_id, task_key_id ORDER BY reported_at DESC, id DESC) AS rn
         FROM reports WHERE tenant = ? AND plan_id = ? AND week <= ?
       ) WHERE rn = 1`,
    ),
    // Rows alive as of a week: the latest per (unit, task) then (two index ranges of reports_alive).
    aliveAsOf: db.prepare<[string, number, string, string, number, string, string], RawReport>(
      `SELECT ${REPORT_COLS} FROM reports WHERE tenant = ? AND plan_id = ? AND superseded_week IS NULL AND week <= ?
       UNION ALL
       SELECT ${REPORT_COLS} FROM reports WHERE tenant = ? AND plan_id = ? AND superseded_week > ? AND week <= ?`,
    ),
    metricsUpTo: db.prepare<[string, number, string], { unit_id: number; week: string; metrics: string }>(
      `SELECT unit_id, week, metrics FROM reports WHERE tenant = ? AND plan_id = ? AND week <= ? AND metrics <> '[]' ORDER BY reported_at, id`,
    ),
    reportsUpTo: db.prepare<[string, number, string], RawReport>(
      `SELECT ${REPORT_COLS} FROM reports WHERE tenant = ? AND plan_id = ? AND week <= ? ORDER BY reported_at, id`,
    ),
    reportsOfSource: db.prepare<[string, string, string], RawReport>(
      `SELECT ${REPORT_COLS} FROM reports WHERE tenant = ? AND source_platform = ? AND source_message_id = ? ORDER BY id`,
    ),
    historyOfTask: db.prepare<[string, number, number], RawReport>(
      `SELECT ${REPORT_COLS} FROM reports WHERE tenant = ? AND unit_id = ? AND task_key_id = ? ORDER BY reported_at, id`,
    ),
    excusedUnits: db.prepare<[string, string], { unit_id: number }>('SELECT unit_id FROM excuses WHERE tenant = ? AND week = ?'),
    outbox: db.prepare<[string, string, number, string, string], { state: 'intent' | 'sent'; message_id: string | null; thread: string | null; claimed_at: number }>(
      'SELECT state, message_id, thread, claimed_at FROM outbox WHERE tenant = ? AND channel = ? AND plan_id = ? AND week = ? AND kind = ?',
    ),
    outboxOfThread: db.prepare<[string, string, string], { plan_id: number; week: string; kind: PostKind }>(
      `SELECT plan_id, week, kind FROM outbox WHERE tenant = ? AND channel = ? AND thread = ? AND kind = 'prompt'`,
    ),
    // The task-level assignments of a plan's current version (plans are global: no tenant here).
    planAssignments: db.prepare<[number], { unit_id: number; unit: string; role: string; task_id: number; task_key_id: number; number: string; title: string; ord: number }>(
      `SELECT a.unit_id, u.name AS unit, a.role, t.id AS task_id, t.task_key_id, t.number, t.title, t.ord
       FROM assignments a JOIN plans p ON p.current_version_id = a.version_id JOIN tasks t ON t.id = a.task_id JOIN units u ON u.id = a.unit_id
       WHERE p.id = ? AND a.clause_id IS NULL ORDER BY t.ord, a.role, a.ord`,
    ),
    outboxOfTenant: db.prepare<[string], { channel: string; plan_id: number; week: string; kind: PostKind; state: string }>(
      'SELECT channel, plan_id, week, kind, state FROM outbox WHERE tenant = ? ORDER BY claimed_at',
    ),
  };
}

const statements = preparedPer(prepare);
const q = (store: Store) => statements(store.reader);

const toMember = (r: { user: string; user_name: string | null; unit_id: number; name: string }): Member => ({
  user: r.user, userName: r.user_name, unitId: r.unit_id, unit: r.name,
});

const toFollow = (r: FollowRow): Follow => ({
  tenant: r.tenant, channel: r.channel, planId: r.plan_id, platform: r.platform, timezone: r.timezone,
  promptDay: r.prompt_day, promptTime: r.prompt_time, reminderDay: r.reminder_day, reminderTime: r.reminder_time,
  digestDay: r.digest_day, digestTime: r.digest_time, createdAt: r.created_at,
});

const toReport = (r: RawReport): ReportRow => ({
  id: r.id, planId: r.plan_id, taskKeyId: r.task_key_id, taskId: r.task_id, unitId: r.unit_id, reporter: r.reporter,
  onBehalf: r.on_behalf === 1, status: r.status, percent: r.percent, note: r.note,
  metrics: JSON.parse(r.metrics) as ReportRow['metrics'], noChange: r.no_change === 1, week: r.week, reportedAt: r.reported_at,
});

export const membersOfTenant = (store: Store, tenant: string): Member[] => q(store).membersOfTenant.all(tenant).map(toMember);
export const unitsOfUser = (store: Store, tenant: string, user: string): Member[] => q(store).unitsOfUser.all(tenant, user).map(toMember);
export const membersOfUnit = (store: Store, tenant: string, unitId: number): Member[] => q(store).membersOfUnit.all(tenant, unitId).map(toMember);
/** Every follow of every tenant: only the scheduler reads this, and it keeps each row's tenant. */
export const allFollows = (store: Store): Follow[] => q(store).allFollows.all().map(toFollow);
export const followsOfTenant = (store: Store, tenant: string): Follow[] => q(store).followsOfTenant.all(tenant).map(toFollow);
export const followsOfChannel = (store: Store, tenant: string, channel: string): Follow[] => q(store).followsOfChannel.all(tenant, channel).map(toFollow);
export const reportsOfWeek = (store: Store, tenant: string, planId: number, week: string): ReportRow[] =>
  q(store).reportsOfWeek.all(tenant, planId, week).map(toReport);
export const latestReportsAsOf = (store: Store, tenant: string, planId: number, week: string): ReportRow[] =>
  q(store).latestAsOf.all(tenant, planId, week).map(toReport);
/** The latest report per (unit, task) as of a week (including it), in no particular order. */
export const reportsAliveAsOf = (store: Store, tenant: string, planId: number, week: string): ReportRow[] =>
  q(store).aliveAsOf.all(tenant, planId, week, tenant, planId, week, week).map(toReport);
/** Metric values reported up to a week, oldest first. */
export const metricsUpTo = (store: Store, tenant: string, planId: number, week: string): Array<{ unitId: number; week: string; metrics: ReportRow['metrics'] }> =>
  q(store).metricsUpTo.all(tenant, planId, week).map((r) => ({ unitId: r.unit_id, week: r.week, metrics: JSON.parse(r.metrics) as ReportRow['metrics'] }));
/** Every report of a tenant on a plan up to and including a week, oldest first (the digest's one read). */
export const reportsUpTo = (store: Store, tenant: string, planId: number, week: string): ReportRow[] =>
  q(store).reportsUpTo.all(tenant, planId, week).map(toReport);
export const reportsOfSource = (store: Store, tenant: string, platform: string, messageId: string): ReportRow[] =>
  q(store).reportsOfSource.all(tenant, platform, messageId).map(toReport);
export const historyOfTask = (store: Store, tenant: string, unitId: number, taskKeyId: number): ReportRow[] =>
  q(store).historyOfTask.all(tenant, unitId, taskKeyId).map(toReport);
export const excusedUnits = (store: Store, tenant: string, week: string): Set<number> =>
  new Set(q(store).excusedUnits.all(tenant, week).map((r) => r.unit_id));
export function outboxEntry(store: Store, k: OutboxKey): { state: 'intent' | 'sent'; messageId: string | null; thread: string | null; claimedAt: number } | null {
  const r = q(store).outbox.get(k.tenant, k.channel, k.planId, k.week, k.kind);
  return r ? { state: r.state, messageId: r.message_id, thread: r.thread, claimedAt: r.claimed_at } : null;
}
/** The (plan, week) of the weekly prompt that opened this thread, or null. */
export function promptOfThread(store: Store, tenant: string, channel: string, thread: string): { planId: number; week: string } | null {
  const r = q(store).outboxOfThread.get(tenant, channel, thread);
  return r ? { planId: r.plan_id, week: r.week } : null;
}
// The console's open prompt thread after a restart: the latest prompt sent there with a thread.
const latestPromptStatement = preparedPer((db: Database.Database) =>
  db.prepare<[string, string], { thread: string }>(
    `SELECT thread FROM outbox WHERE tenant = ? AND channel = ? AND kind = 'prompt' AND state = 'sent' AND thread IS NOT NULL
     ORDER BY sent_at DESC LIMIT 1`,
  ),
);

/** The thread of the latest weekly prompt sent to a channel, or null. */
export function latestPromptThread(store: Store, tenant: string, channel: string): string | null {
  return latestPromptStatement(store.reader).get(tenant, channel)?.thread ?? null;
}
export const outboxOfTenant = (store: Store, tenant: string) => q(store).outboxOfTenant.all(tenant);

export interface PlanAssignment {
  unitId: number;
  unit: string;
  role: 'lead' | 'support' | 'responsible';
  taskId: number;
  taskKeyId: number;
  number: string;
  title: string;
  ord: number;
}
export const planAssignments = (store: Store, planId: number): PlanAssignment[] =>
  q(store).planAssignments.all(planId).map((r) => ({
    unitId: r.unit_id, unit: r.unit, role: r.role as PlanAssignment['role'], taskId: r.task_id, taskKeyId: r.task_key_id, number: r.number, title: r.title, ord: r.ord,
  }));
