// Read queries over the current version of every plan, prepared once per connection. Used by the
// answerer, `duban units`, and progress/digest (which join their own tables on task_keys.id, units.id).
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import { preparedPer } from './statements.ts';
import {
  toStoredAssignment, toStoredDeadline, toStoredPlan, toStoredTarget, toStoredTask,
  type AssignmentRow, type DeadlineRow, type PlanRow, type Role, type StoredAssignment, type StoredDeadline,
  type StoredPlan, type StoredTarget, type StoredTask, type TargetRow, type TaskRow,
} from './rows.ts';

const PLAN_SELECT = `SELECT p.id, p.title, p.short_name, p.current_version_id, v.version, v.source_name, v.source_sha256,
  v.period_start, v.period_end, v.issuers, v.issued_on, v.doc_number, v.kind, v.about, v.script, v.task_count
  FROM plans p JOIN plan_versions v ON v.id = p.current_version_id`;
const TASK_SELECT = 'SELECT t.* FROM tasks t JOIN plans p ON p.current_version_id = t.version_id';
const TARGET_SELECT = `SELECT g.id, g.plan_id, g.task_id, t.number AS task_number, g.year, g.text,
  (SELECT json_group_array(json_object('name', m.name, 'value', m.value, 'valueMax', m.value_max, 'unit', m.unit, 'qualifier', m.qualifier))
     FROM (SELECT * FROM metrics WHERE target_id = g.id ORDER BY ord) m) AS metrics
  FROM targets g JOIN plans p ON p.current_version_id = g.version_id LEFT JOIN tasks t ON t.id = g.task_id`;

function prepare(db: Database.Database) {
  return {
    plans: db.prepare<[], PlanRow>(`${PLAN_SELECT} ORDER BY p.id`),
    plan: db.prepare<[number], PlanRow>(`${PLAN_SELECT} WHERE p.id = ?`),
    planCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM plans WHERE current_version_id IS NOT NULL'),
    task: db.prepare<[number], TaskRow>('SELECT * FROM tasks WHERE id = ?'),
    tasksOfPlan: db.prepare<[number], TaskRow>(`${TASK_SELECT} WHERE p.id = ? ORDER BY t.ord`),
    taskByNumber: db.prepare<[number, string], TaskRow>(`${TASK_SELECT} WHERE p.id = ? AND t.number = ?`),
    assignmentsOfTask: db.prepare<[number], AssignmentRow>(
      'SELECT a.task_id, a.clause_id, a.unit_id, u.name, a.role FROM assignments a JOIN units u ON u.id = a.unit_id WHERE a.task_id = ? ORDER BY a.clause_id IS NOT NULL, a.clause_id, a.ord',
    ),
    clausesOfTask: db.prepare<[number], { id: number; text: string }>('SELECT id, text FROM clauses WHERE task_id = ? ORDER BY ord'),
    tasksOfUnit: db.prepare<[number], TaskRow & { role: Role }>(
      `SELECT DISTINCT t.*, a.role FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN plans p ON p.current_version_id = a.version_id
       WHERE a.unit_id = ? AND a.clause_id IS NULL ORDER BY t.plan_id, t.ord`,
    ),
    unitsByKey: db.prepare<[string], { id: number; name: string }>('SELECT id, name FROM units WHERE canonical_key = ?'),
    unitsByAlias: db.prepare<[string], { id: number; name: string }>(
      'SELECT u.id, u.name FROM unit_aliases a JOIN units u ON u.id = a.unit_id WHERE a.alias = ?',
    ),
    units: db.prepare<[], { id: number; name: string; canonical_key: string; lead: number; support: number; responsible: number }>(
      `SELECT u.id, u.name, u.canonical_key,
         count(DISTINCT CASE WHEN a.role = 'lead' THEN a.task_id END) AS lead,
         count(DISTINCT CASE WHEN a.role = 'support' THEN a.task_id END) AS support,
         count(DISTINCT CASE WHEN a.role = 'responsible' THEN a.task_id END) AS responsible
       FROM units u JOIN assignments a ON a.unit_id = u.id AND a.clause_id IS NULL
       JOIN plans p ON p.current_version_id = a.version_id GROUP BY u.id ORDER BY u.canonical_key, u.name`,
    ),
    aliasesOfUnit: db.prepare<[number], { alias: string }>('SELECT alias FROM unit_aliases WHERE unit_id = ? ORDER BY length(alias), alias'),
    targets: db.prepare<[], TargetRow>(`${TARGET_SELECT} ORDER BY g.plan_id, g.ord`),
    targetsOfPlan: db.prepare<[number], TargetRow>(`${TARGET_SELECT} WHERE g.plan_id = ? ORDER BY g.ord`),
    targetsOfYear: db.prepare<[number], TargetRow>(`${TARGET_SELECT} WHERE g.year = ? ORDER BY g.plan_id, g.ord`),
    deadlinesBetween: db.prepare<[string, string], DeadlineRow>(
      'SELECT d.id, d.plan_id, d.task_id, d.date, d.text FROM deadlines d JOIN plans p ON p.current_version_id = d.version_id WHERE d.date BETWEEN ? AND ? ORDER BY d.date, d.plan_id, d.task_id',
    ),
    deadlinesOfTask: db.prepare<[number], DeadlineRow>('SELECT id, plan_id, task_id, date, text FROM deadlines WHERE task_id = ? ORDER BY ord'),
    currentAssignments: db.prepare<[], { unitId: number; role: Role; taskId: number; planId: number; number: string; title: string }>(
      `SELECT a.unit_id AS unitId, a.role, t.id AS taskId, t.plan_id AS planId, t.number, t.title FROM assignments a
       JOIN tasks t ON t.id = a.task_id JOIN plans p ON p.current_version_id = a.version_id
       WHERE a.clause_id IS NULL ORDER BY t.plan_id, t.ord, a.ord`,
    ),
    generation: db.prepare<[], { v: number | null; n: number }>(
      'SELECT (SELECT max(id) FROM plan_versions) AS v, (SELECT count(*) FROM plans WHERE current_version_id IS NOT NULL) AS n',
    ),
    searchRows: db.prepare<[], Omit<SearchHit, 'rank'>>('SELECT text, kind, plan_id AS planId, task_id AS taskId, ref_id AS refId FROM search_fts'),
    search: db.prepare<[string, number], SearchHit>(
      'SELECT text, kind, plan_id AS planId, task_id AS taskId, ref_id AS refId, bm25(search_fts) AS rank FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?',
    ),
  };
}

export interface SearchHit {
  text: string;
  kind: 'title' | 'body' | 'clause' | 'deadline' | 'target';
  planId: number;
  taskId: number;
  refId: number | null;
  rank: number;
}

export interface UnitListing {
  id: number;
  name: string;
  key: string;
  lead: number;
  support: number;
  responsible: number;
}

const statements = preparedPer(prepare);

export class PlanReader {
  private readonly q: ReturnType<typeof prepare>;
  constructor(db: Database.Database) {
    this.q = statements(db);
  }
  planCount(): number { return this.q.planCount.get()!.n; }
  plans(): StoredPlan[] { return this.q.plans.all().map(toStoredPlan); }
  plan(id: number): StoredPlan | null { const r = this.q.plan.get(id); return r ? toStoredPlan(r) : null; }
  task(id: number): StoredTask | null { const r = this.q.task.get(id); return r ? toStoredTask(r) : null; }
  tasksOfPlan(planId: number): StoredTask[] { return this.q.tasksOfPlan.all(planId).map(toStoredTask); }
  taskByNumber(planId: number, number: string): StoredTask | null { const r = this.q.taskByNumber.get(planId, number); return r ? toStoredTask(r) : null; }
  /** Task-level assignments first (clauseId null), then each clause's. */
  assignmentsOfTask(taskId: number): StoredAssignment[] { return this.q.assignmentsOfTask.all(taskId).map(toStoredAssignment); }
  clausesOfTask(taskId: number): Array<{ id: number; text: string }> { return this.q.clausesOfTask.all(taskId); }
  tasksOfUnit(unitId: number): Array<StoredTask & { role: Role }> { return this.q.tasksOfUnit.all(unitId).map((r) => ({ ...toStoredTask(r), role: r.role })); }
  unitsByKey(key: string): Array<{ id: number; name: string }> { return this.q.unitsByKey.all(key); }
  unitsByAlias(alias: string): Array<{ id: number; name: string }> { return this.q.unitsByAlias.all(alias); }
  units(): UnitListing[] { return this.q.units.all().map((r) => ({ id: r.id, name: r.name, key: r.canonical_key, lead: r.lead, support: r.support, responsible: r.responsible })); }
  aliasesOfUnit(unitId: number): string[] { return this.q.aliasesOfUnit.all(unitId).map((r) => r.alias); }
  targets(filter: { planId?: number; year?: number } = {}): StoredTarget[] {
    const rows = filter.planId != null ? this.q.targetsOfPlan.all(filter.planId) : filter.year != null ? this.q.targetsOfYear.all(filter.year) : this.q.targets.all();
    return rows.map(toStoredTarget).filter((t) => (filter.year == null || t.year === filter.year) && (filter.planId == null || t.planId === filter.planId));
  }
  /** Deadlines with from <= date <= to (ISO dates). */
  deadlinesBetween(from: string, to: string): StoredDeadline[] { return this.q.deadlinesBetween.all(from, to).map(toStoredDeadline); }
  deadlinesOfTask(taskId: number): StoredDeadline[] { return this.q.deadlinesOfTask.all(taskId).map(toStoredDeadline); }
  /** Task-level assignments of every current plan version, in plan and task order. */
  currentAssignments(): Array<{ unitId: number; role: Role; taskId: number; planId: number; number: string; title: string }> {
    return this.q.currentAssignments.all();
  }
  /** Changes whenever a plan version is saved: the key of caches built from the plans. */
  generation(): string { const g = this.q.generation.get()!; return `${g.v ?? 0}:${g.n}`; }
  /** Every row of the search index (current versions), for an in-memory n-gram index. */
  searchRows(): Array<Omit<SearchHit, 'rank'>> { return this.q.searchRows.all(); }
  /** FTS5 trigram search; `match` must be a well-formed FTS5 query (see answer/resolve-task.ts). */
  search(match: string, limit = 200): SearchHit[] { return this.q.search.all(match, limit); }
}

const readers = new WeakMap<Store, PlanReader>();

/** The plan reader on the store's read-only connection, created once per store. */
export function planReader(store: Store): PlanReader {
  let r = readers.get(store);
  if (!r) {
    r = new PlanReader(store.reader);
    readers.set(store, r);
  }
  return r;
}
