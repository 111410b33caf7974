// Reads for 序时进度 lights, the 督办 ladder and leave (0009), on the read-only connection, prepared
// once per connection. Every query but the plan's deadlines (plans are global) names its tenant.
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import { preparedPer } from './statements.ts';

export interface StoredThresholds {
  yellow: number;
  red: number;
}

export type LadderLevel = 'yellow' | 'lead' | 'coordinator';

export interface LadderStep {
  planId: number;
  taskKeyId: number;
  level: LadderLevel;
  week: string;
  light: string;
  units: string[];
  message: string;
  firedAt: number;
}

interface LadderRow {
  plan_id: number; task_key_id: number; level: LadderLevel; week: string; light: string; units: string; message: string; fired_at: number;
}

function prepare(db: Database.Database) {
  return {
    thresholds: db.prepare<[string, number], { yellow: number; red: number }>('SELECT yellow, red FROM plan_thresholds WHERE tenant = ? AND plan_id = ?'),
    // Every deadline of the plan's current version, however far ahead: a task's span ends at its last.
    deadlinesOfPlan: db.prepare<[number], { task_id: number; date: string }>(
      'SELECT d.task_id, d.date FROM deadlines d JOIN plans p ON p.current_version_id = d.version_id WHERE p.id = ? ORDER BY d.task_id, d.date',
    ),
    ladderOfPlan: db.prepare<[string, number], LadderRow>('SELECT * FROM ladder_steps WHERE tenant = ? AND plan_id = ? ORDER BY fired_at'),
    ladderOfTenant: db.prepare<[string], LadderRow>('SELECT * FROM ladder_steps WHERE tenant = ? ORDER BY fired_at, plan_id, task_key_id'),
    // The live reading of a message: its own rows and its edits' rows (source `ts#edit:…`), not superseded.
    readingOfMessage: db.prepare<[string, string, string, string], { id: number; number: string | null; week: string }>(
      `SELECT r.id, t.number, r.week FROM reports r LEFT JOIN tasks t ON t.id = r.task_id
       WHERE r.tenant = ? AND r.source_platform = ? AND (r.source_message_id = ? OR r.source_message_id GLOB ?) AND r.superseded_by IS NULL ORDER BY r.id`,
    ),
    leavesFrom: db.prepare<[string, string], { user: string; until: string }>('SELECT user, until FROM leaves WHERE tenant = ? AND until >= ? ORDER BY user'),
  };
}

const statements = preparedPer(prepare);
const q = (store: Store) => statements(store.reader);

const toStep = (r: LadderRow): LadderStep => ({
  planId: r.plan_id, taskKeyId: r.task_key_id, level: r.level, week: r.week, light: r.light, units: JSON.parse(r.units) as string[], message: r.message, firedAt: r.fired_at,
});

/** The plan's own thresholds in this workspace, or null (the defaults apply). */
export const thresholdsOf = (store: Store, tenant: string, planId: number): StoredThresholds | null => q(store).thresholds.get(tenant, planId) ?? null;

/** Per task id (current version): its deadlines, earliest first. */
export function deadlinesOfPlan(store: Store, planId: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of q(store).deadlinesOfPlan.all(planId)) out.set(r.task_id, [...(out.get(r.task_id) ?? []), r.date]);
  return out;
}

export const ladderStepsOfPlan = (store: Store, tenant: string, planId: number): LadderStep[] => q(store).ladderOfPlan.all(tenant, planId).map(toStep);
export const ladderStepsOfTenant = (store: Store, tenant: string): LadderStep[] => q(store).ladderOfTenant.all(tenant).map(toStep);

/** Members on leave on `date` (local yyyy-mm-dd) → the last day of their leave. */
export function leavesOn(store: Store, tenant: string, date: string): Map<string, string> {
  return new Map(q(store).leavesFrom.all(tenant, date).map((r) => [r.user, r.until] as const));
}

/** The rows that stand for a message now (its own, or those of its latest edit), with their task numbers. */
export function readingOfMessage(store: Store, tenant: string, platform: string, messageId: string): Array<{ id: number; taskNumber: string | null; week: string }> {
  return q(store).readingOfMessage.all(tenant, platform, messageId, `${messageId}#edit:*`).map((r) => ({ id: r.id, taskNumber: r.number, week: r.week }));
}
