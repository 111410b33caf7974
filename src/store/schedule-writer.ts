// Writes for 序时进度 thresholds, the 督办 ladder and leave (0009), prepared once per connection on
// the writer; each names its tenant.
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import { preparedPer } from './statements.ts';
import type { LadderStep } from './schedule-reader.ts';

function prepare(db: Database.Database) {
  return {
    setThresholds: db.prepare(
      `INSERT INTO plan_thresholds (tenant, plan_id, yellow, red, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (tenant, plan_id) DO UPDATE SET yellow = excluded.yellow, red = excluded.red, set_by = excluded.set_by, set_at = excluded.set_at`,
    ),
    // Once per task and level: a second attempt changes nothing (the primary key).
    addStep: db.prepare(
      `INSERT INTO ladder_steps (tenant, plan_id, task_key_id, level, week, light, units, message, fired_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    ),
    setLeave: db.prepare(
      `INSERT INTO leaves (tenant, user, until, set_by, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (tenant, user) DO UPDATE SET until = excluded.until, set_by = excluded.set_by, created_at = excluded.created_at`,
    ),
    clearLeave: db.prepare('DELETE FROM leaves WHERE tenant = ? AND user = ?'),
  };
}

const statements = preparedPer(prepare);
const w = (store: Store) => statements(store.writer);

export function writeThresholds(store: Store, input: { tenant: string; planId: number; yellow: number; red: number; by: string; at: number }): void {
  store.write(() => w(store).setThresholds.run(input.tenant, input.planId, input.yellow, input.red, input.by, input.at));
}

/** Records a ladder step; false when that task already had that level (nothing written). */
export function recordLadderStep(store: Store, tenant: string, step: LadderStep): boolean {
  return store.write(() => w(store).addStep.run(tenant, step.planId, step.taskKeyId, step.level, step.week, step.light, JSON.stringify(step.units), step.message, step.firedAt).changes === 1);
}

export function writeLeave(store: Store, input: { tenant: string; user: string; until: string; by: string; at: number }): void {
  store.write(() => w(store).setLeave.run(input.tenant, input.user, input.until, input.by, input.at));
}

export function clearLeave(store: Store, tenant: string, user: string): boolean {
  return store.write(() => w(store).clearLeave.run(tenant, user).changes === 1);
}
