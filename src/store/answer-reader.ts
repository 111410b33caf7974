// Reads for the answerer (answer/) that plan-reader.ts does not hold. changeStamp: a value that
// moves whenever the database may have changed, read in microseconds, so that the answerer asks
// for the plans' generation (a count over 2,000 plans, ~0.3 ms) only after a write, not on every
// question. PRAGMA data_version moves on another connection's commit (the writer, another
// process); total_changes() on this connection's own (':memory:' reads and writes on one).
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import { preparedPer } from './statements.ts';
import { toStoredTask, type StoredTask, type TaskRow } from './rows.ts';

const statements = preparedPer((db: Database.Database) => ({
  stamp: db.prepare<[], { d: number; c: number }>('SELECT (SELECT data_version FROM pragma_data_version) AS d, total_changes() AS c'),
}));

/** Equal stamps mean no commit in between, so every cache keyed by the plans' generation still holds. */
export function changeStamp(store: Store): string {
  const s = statements(store.reader).stamp.get()!;
  return `${s.d}:${s.c}`;
}

const taskStatements = preparedPer((db: Database.Database) => ({
  tasks: db.prepare<[string], TaskRow>('SELECT t.* FROM tasks t WHERE t.id IN (SELECT value FROM json_each(?))'),
}));

/** Tasks by id in one query (下个月到期的任务 over 2,000 plans lists thousands: not a query each). */
export function tasksById(store: Store, ids: readonly number[]): Map<number, StoredTask> {
  const rows = ids.length ? taskStatements(store.reader).tasks.all(JSON.stringify(ids)) : [];
  return new Map(rows.map((r) => [r.id, toStoredTask(r)]));
}
