// Reads for the answerer (answer/) that plan-reader.ts does not hold. changeStamp: a value that
// moves whenever the database may have changed, read in microseconds, so that the answerer asks
// for the plans' generation (a count over 2,000 plans, ~0.3 ms) only after a write, not on every
// question. PRAGMA data_version moves on another connection's commit (the writer, another
// process); total_changes() on this connection's own (':memory:' reads and writes on one).
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import { preparedPer } from './statements.ts';
import type { StoredTask } from './rows.ts';

const statements = preparedPer((db: Database.Database) => ({
  stamp: db.prepare<[], { d: number; c: number }>('SELECT (SELECT data_version FROM pragma_data_version) AS d, total_changes() AS c'),
}));

/** Equal stamps mean no commit in between, so every cache keyed by the plans' generation still holds. */
export function changeStamp(store: Store): string {
  const s = statements(store.reader).stamp.get()!;
  return `${s.d}:${s.c}`;
}

/** What a list of tasks shows: no body or original text (a task row's bulk, read from overflow pages). */
export type TaskHead = Pick<StoredTask, 'id' | 'planId' | 'number' | 'kind' | 'title'>;

const HEAD = 'SELECT t.id, t.plan_id AS planId, t.number, t.kind, t.title FROM tasks t';
const taskStatements = preparedPer((db: Database.Database) => ({
  byIds: db.prepare<[string], TaskHead>(`${HEAD} WHERE t.id IN (SELECT value FROM json_each(?))`),
  ofPlan: db.prepare<[number], TaskHead>(`${HEAD} JOIN plans p ON p.current_version_id = t.version_id WHERE p.id = ? ORDER BY t.ord`),
}));

/** Tasks by id in one query (下个月到期的任务 over 2,000 plans lists thousands: not a query each). */
export function taskHeads(store: Store, ids: readonly number[]): Map<number, TaskHead> {
  const rows = ids.length ? taskStatements(store.reader).byIds.all(JSON.stringify(ids)) : [];
  return new Map(rows.map((r) => [r.id, r]));
}

/** A plan's current tasks in document order, without their text: 23 full rows cost ~1.4 ms, these a tenth. */
export function taskHeadsOfPlan(store: Store, planId: number): TaskHead[] {
  return taskStatements(store.reader).ofPlan.all(planId);
}
