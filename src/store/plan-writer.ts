// Saves a parsed plan (../shared/spec/plan-json.md) in one transaction (issue 3 "Store").
//  - the same file again (same sha256 as the plan's current version): nothing happens;
//  - a changed file of the same plan title: a new version becomes current; tasks keep their
//    task_keys row by normalised title, so progress recorded against task_keys.id follows them;
//  - otherwise a new plan.
// The search index (search_fts) holds the current versions only, as matchKey() text (short-name.ts).
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import type { Plan, Task } from '../ingest/types.ts';
import { toSimplified } from '../text/script.ts';
import { matchKey, textKey } from '../text/match-key.ts';
import { shortPlanName } from '../text/short-name.ts';
import { unitAliases, unitKey } from '../text/unit-directory.ts';
import { planJurisdiction, unitJurisdiction } from '../text/jurisdiction.ts';
import { preparedPer } from './statements.ts';

export interface PlanSource {
  name: string;
  sha256: string;
  bytes?: number;
}

export interface SaveResult {
  planId: number;
  version: number;
  versionId: number;
  status: 'unchanged' | 'new' | 'updated';
  tasks: number;
}

/** A plan as saved: body/original may be absent (the gold annotations carry neither). */
export type SavablePlan = Omit<Plan, 'tasks'> & { tasks: Array<Omit<Task, 'body' | 'original'> & { body?: string; original?: string }> };


function prepare(db: Database.Database) {
  return {
    planByTitle: db.prepare<[string], { id: number; current_version_id: number | null }>('SELECT id, current_version_id FROM plans WHERE title = ?'),
    versionSha: db.prepare<[number], { source_sha256: string; version: number }>('SELECT source_sha256, version FROM plan_versions WHERE id = ?'),
    maxVersion: db.prepare<[number], { v: number | null }>('SELECT max(version) AS v FROM plan_versions WHERE plan_id = ?'),
    insertPlan: db.prepare('INSERT INTO plans (title, short_name, created_at) VALUES (?, ?, ?)'),
    insertVersion: db.prepare(
      `INSERT INTO plan_versions (plan_id, version, source_name, source_sha256, source_bytes, period_start, period_end, issuers,
         issued_on, doc_number, kind, about, script, task_count, imported_at, jurisdiction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    setCurrent: db.prepare('UPDATE plans SET current_version_id = ?, short_name = ? WHERE id = ?'),
    upsertTaskKey: db.prepare<[number, string], { id: number }>(
      'INSERT INTO task_keys (plan_id, title_key) VALUES (?, ?) ON CONFLICT (plan_id, title_key) DO UPDATE SET title_key = excluded.title_key RETURNING id',
    ),
    insertTask: db.prepare(
      'INSERT INTO tasks (plan_id, version_id, task_key_id, ord, number, kind, title, path, body, original) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertClause: db.prepare('INSERT INTO clauses (plan_id, version_id, task_id, ord, text) VALUES (?, ?, ?, ?, ?)'),
    unitByName: db.prepare<[string, string], { id: number }>('SELECT id FROM units WHERE name = ? AND jurisdiction = ?'),
    insertUnit: db.prepare('INSERT INTO units (name, canonical_key, jurisdiction) VALUES (?, ?, ?)'),
    insertAlias: db.prepare('INSERT OR IGNORE INTO unit_aliases (alias, unit_id) VALUES (?, ?)'),
    insertAssignment: db.prepare(
      'INSERT INTO assignments (plan_id, version_id, task_id, clause_id, unit_id, role, ord) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertTarget: db.prepare('INSERT INTO targets (plan_id, version_id, task_id, ord, year, text) VALUES (?, ?, ?, ?, ?, ?)'),
    insertMetric: db.prepare(
      'INSERT INTO metrics (plan_id, version_id, task_id, target_id, ord, name, value, value_max, unit, qualifier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertDeadline: db.prepare('INSERT INTO deadlines (plan_id, version_id, task_id, ord, date, text) VALUES (?, ?, ?, ?, ?, ?)'),
    insertFts: db.prepare('INSERT INTO search_fts (text, kind, plan_id, version_id, task_id, ref_id) VALUES (?, ?, ?, ?, ?, ?)'),
    deleteFts: db.prepare('DELETE FROM search_fts WHERE version_id = ?'),
  };
}

const stmts = preparedPer(prepare);

/**
 * The unit of this name in a plan of `planPlace` (issue 12): found by name within its own place, or
 * created with its aliases. 市工业和信息化局 of 广州市 and of 开封市 are two rows; 工业和信息化部 one.
 */
export function ensureUnit(db: Database.Database, name: string, planPlace: string): number {
  const s = stmts(db);
  const place = unitJurisdiction(name, planPlace);
  const found = s.unitByName.get(name, place);
  if (found) return found.id;
  const id = Number(s.insertUnit.run(name, unitKey(name), place).lastInsertRowid);
  for (const a of unitAliases(name, place)) s.insertAlias.run(a, id);
  return id;
}

/** Title key a task is followed by across versions: Simplified, no spaces or punctuation. */
export function taskTitleKey(title: string): string {
  return textKey(title);
}

// Where a version's rows go: the plan, the new version and the place its units belong to.
interface VersionRef {
  planId: number;
  versionId: number;
  place: string;
}

type Statements = ReturnType<typeof prepare>;
type SavableTask = SavablePlan['tasks'][number];
type Roles = { leads?: string[]; supports?: string[]; responsible?: string[] };

/** The plan row (found by title or created) and a new version row; the plan's current version stays. */
function insertVersion(s: Statements, plan: SavablePlan, source: PlanSource, title: string, existingId: number | undefined, now: Date) {
  const meta = plan.plan;
  const place = planJurisdiction({ title, issuers: meta.issuers });
  const short = shortPlanName(title, meta.kind, meta.about);
  const planId = existingId ?? Number(s.insertPlan.run(title, short, now.getTime()).lastInsertRowid);
  const version = (s.maxVersion.get(planId)?.v ?? 0) + 1;
  const versionId = Number(
    s.insertVersion.run(
      planId, version, source.name, source.sha256, source.bytes ?? null, meta.period?.start ?? null, meta.period?.end ?? null,
      JSON.stringify(meta.issuers ?? []), meta.issuedOn ?? null, meta.docNumber ?? null, meta.kind ?? 'plan', meta.about ?? null,
      meta.script ?? 'simplified', plan.tasks.length, now.getTime(), place,
    ).lastInsertRowid,
  );
  return { planId, versionId, version, place, short };
}

/** A task's (or clause's) units by role, in lead → support → responsible order, each name once. */
function insertAssignments(db: Database.Database, v: VersionRef, taskId: number, clauseId: number | null, a: Roles): void {
  const s = stmts(db);
  let o = 0;
  for (const [role, list] of [['lead', a.leads], ['support', a.supports], ['responsible', a.responsible]] as const) {
    for (const name of new Set(list ?? [])) s.insertAssignment.run(v.planId, v.versionId, taskId, clauseId, ensureUnit(db, name, v.place), role, o++);
  }
}

/** One task with its clauses, assignments, deadlines and search rows; returns its tasks.id. */
function insertTask(db: Database.Database, v: VersionRef, t: SavableTask, ord: number, number: string): number {
  const s = stmts(db);
  const { planId, versionId } = v;
  const keyId = s.upsertTaskKey.get(planId, taskTitleKey(t.title) || `#${number}`)!.id;
  const taskId = Number(
    s.insertTask.run(planId, versionId, keyId, ord, number, t.kind ?? 'task', t.title, JSON.stringify(t.path ?? []), t.body ?? null, t.original ?? null)
      .lastInsertRowid,
  );
  s.insertFts.run(matchKey(t.title), 'title', planId, versionId, taskId, null);
  if (t.body) s.insertFts.run(matchKey(t.body), 'body', planId, versionId, taskId, null);
  insertAssignments(db, v, taskId, null, t);
  (t.clauses ?? []).forEach((c, i) => {
    const clauseId = Number(s.insertClause.run(planId, versionId, taskId, i, c.text).lastInsertRowid);
    s.insertFts.run(matchKey(c.text), 'clause', planId, versionId, taskId, clauseId);
    insertAssignments(db, v, taskId, clauseId, c);
  });
  (t.deadlines ?? []).forEach((d, i) => {
    const id = Number(s.insertDeadline.run(planId, versionId, taskId, i, d.date, d.text).lastInsertRowid);
    s.insertFts.run(matchKey(d.text), 'deadline', planId, versionId, taskId, id);
  });
  return taskId;
}

/** Every task of the plan; returns the plan's task id → tasks.id, for the targets that name a task. */
function insertTasks(db: Database.Database, v: VersionRef, tasks: SavableTask[]): Map<string, number> {
  const taskIds = new Map<string, number>();
  const seenNumbers = new Set<string>();
  tasks.forEach((t, ord) => {
    // A repeated printed number would break UNIQUE (version_id, number): suffix it, keep it printable.
    let number = String(t.id);
    while (seenNumbers.has(number)) number = `${number}'`;
    seenNumbers.add(number);
    taskIds.set(String(t.id), insertTask(db, v, t, ord, number));
  });
  return taskIds;
}

/** The dated and undated targets with their metrics. */
function insertTargets(s: Statements, v: VersionRef, plan: SavablePlan, taskIds: Map<string, number>): void {
  const targets = [...(plan.targets ?? []), ...(plan.undatedTargets ?? [])];
  targets.forEach((tg, ord) => {
    const taskId = tg.taskId != null ? (taskIds.get(String(tg.taskId)) ?? null) : null;
    const targetId = Number(s.insertTarget.run(v.planId, v.versionId, taskId, ord, tg.year ?? null, tg.text).lastInsertRowid);
    (tg.metrics ?? []).forEach((m, i) =>
      s.insertMetric.run(v.planId, v.versionId, taskId, targetId, i, m.name, m.value ?? null, m.valueMax ?? null, m.unit ?? null, m.qualifier ?? null),
    );
  });
}

export function savePlan(store: Store, plan: SavablePlan, source: PlanSource, now: Date = new Date()): SaveResult {
  const db = store.writer;
  const s = stmts(db);
  const run = db.transaction((): SaveResult => {
    const title = toSimplified(plan.plan.title).trim();
    const existing = s.planByTitle.get(title);
    if (existing?.current_version_id != null) {
      const cur = s.versionSha.get(existing.current_version_id)!;
      if (cur.source_sha256 === source.sha256) {
        return { planId: existing.id, version: cur.version, versionId: existing.current_version_id, status: 'unchanged', tasks: plan.tasks.length };
      }
    }
    const v = insertVersion(s, plan, source, title, existing?.id, now);
    const taskIds = insertTasks(db, v, plan.tasks);
    insertTargets(s, v, plan, taskIds);
    // The search index holds current versions only: the old one's rows go as the new one becomes current.
    if (existing?.current_version_id != null) s.deleteFts.run(existing.current_version_id);
    s.setCurrent.run(v.versionId, v.short, v.planId);
    return { planId: v.planId, version: v.version, versionId: v.versionId, status: existing ? 'updated' : 'new', tasks: plan.tasks.length };
  });
  return run.immediate();
}

/**
 * For one plan, old tasks.id → new tasks.id of the current version, matched by task_keys (normalised
 * title). Old tasks whose title is gone are absent. For tables that reference tasks.id rather than
 * task_keys.id.
 */
export function remapTaskIds(store: Store, oldVersionId: number, newVersionId: number): Map<number, number> {
  const rows = store.writer
    .prepare<[number, number], { old_id: number; new_id: number }>(
      `SELECT o.id AS old_id, n.id AS new_id FROM tasks o JOIN tasks n ON n.task_key_id = o.task_key_id
       WHERE o.version_id = ? AND n.version_id = ?`,
    )
    .all(oldVersionId, newVersionId);
  return new Map(rows.map((r) => [r.old_id, r.new_id]));
}

/** The plan whose current version was imported from a file with this sha256, if any. */
export function findCurrentBySha(store: Store, sha256: string): { planId: number; version: number; versionId: number; tasks: number } | null {
  const row = store.writer
    .prepare<[string], { plan_id: number; version: number; id: number; task_count: number }>(
      `SELECT v.plan_id, v.version, v.id, v.task_count FROM plan_versions v JOIN plans p ON p.current_version_id = v.id
       WHERE v.source_sha256 = ? LIMIT 1`,
    )
    .get(sha256);
  return row ? { planId: row.plan_id, version: row.version, versionId: row.id, tasks: row.task_count } : null;
}

/** How many plans have a current version. */
export function countPlans(store: Store): number {
  return (store.writer.prepare('SELECT count(*) AS n FROM plans WHERE current_version_id IS NOT NULL').get() as { n: number }).n;
}

/** A value of store_meta (migration 0004), or null. */
export function getStoreMeta(store: Store, key: string): string | null {
  const row = store.writer.prepare<[string], { value: string }>('SELECT value FROM store_meta WHERE key = ?').get(key);
  return row?.value ?? null;
}

export function setStoreMeta(store: Store, key: string, value: string): void {
  store.writer.prepare('INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
