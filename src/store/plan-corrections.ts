// Corrections a coordinator made to a parsed plan (issue 12 "confirm and correct"), stored apart
// from the parse (plan_corrections, migration 0006) and applied to a plan version's rows: right away
// by /duban fix, and again to every new version of the same plan on import. A correction whose task
// the new version no longer has is marked stale with the reason, never dropped.
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import { matchKey, textKey } from '../text/match-key.ts';
import { ensureUnit } from './plan-writer.ts';

export type CorrectionRole = 'lead' | 'support' | 'responsible';

export type CorrectionChange =
  | { kind: 'units'; role: CorrectionRole; units: string[]; before: string[] }
  | { kind: 'role'; unit: string; role: CorrectionRole; before: CorrectionRole[] }
  | { kind: 'deadline'; date: string; text: string; before: string[] }
  | { kind: 'add_task'; title: string; leads: string[]; supports: string[]; responsible: string[]; deadline: { date: string; text: string } | null };

export interface Correction {
  id: number;
  planId: number;
  taskNumber: string | null;
  taskTitle: string | null;
  change: CorrectionChange;
  createdBy: string;
  createdAt: number;
  state: 'applied' | 'stale';
  stateNote: string | null;
  versionId: number | null;
}

interface CorrectionRow {
  id: number; plan_id: number; task_number: string | null; task_title: string | null; kind: string; payload: string;
  created_by: string; created_at: number; state: 'applied' | 'stale'; state_note: string | null; version_id: number | null;
}

const toCorrection = (r: CorrectionRow): Correction => ({
  id: r.id, planId: r.plan_id, taskNumber: r.task_number, taskTitle: r.task_title,
  change: { kind: r.kind, ...(JSON.parse(r.payload) as object) } as CorrectionChange,
  createdBy: r.created_by, createdAt: r.created_at, state: r.state, stateNote: r.state_note, versionId: r.version_id,
});

type TaskHit = { id: number; task_key_id: number; number: string; title: string };

function q(db: Database.Database) {
  return {
    insert: db.prepare(
      `INSERT INTO plan_corrections (plan_id, task_number, task_title, kind, payload, created_by, created_at, version_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    ofPlan: db.prepare<[number], CorrectionRow>('SELECT * FROM plan_corrections WHERE plan_id = ? ORDER BY id'),
    all: db.prepare<[], CorrectionRow>('SELECT * FROM plan_corrections ORDER BY plan_id, id'),
    setState: db.prepare('UPDATE plan_corrections SET state = ?, state_note = ?, version_id = ? WHERE id = ?'),
    versionPlace: db.prepare<[number], { plan_id: number; jurisdiction: string }>('SELECT plan_id, jurisdiction FROM plan_versions WHERE id = ?'),
    tasksOfVersion: db.prepare<[number], TaskHit>('SELECT id, task_key_id, number, title FROM tasks WHERE version_id = ? ORDER BY ord'),
    deleteRole: db.prepare('DELETE FROM assignments WHERE task_id = ? AND role = ? AND (clause_id IS NULL OR unit_id NOT IN (SELECT value FROM json_each(?)))'),
    deleteUnit: db.prepare('DELETE FROM assignments WHERE task_id = ? AND unit_id = ?'),
    maxOrd: db.prepare<[number], { o: number | null }>('SELECT max(ord) AS o FROM assignments WHERE task_id = ?'),
    insertAssignment: db.prepare('INSERT INTO assignments (plan_id, version_id, task_id, clause_id, unit_id, role, ord) VALUES (?, ?, ?, NULL, ?, ?, ?)'),
    deleteDeadlines: db.prepare('DELETE FROM deadlines WHERE task_id = ?'),
    deleteDeadlineFts: db.prepare("DELETE FROM search_fts WHERE task_id = ? AND kind = 'deadline'"),
    insertDeadline: db.prepare('INSERT INTO deadlines (plan_id, version_id, task_id, ord, date, text) VALUES (?, ?, ?, 0, ?, ?)'),
    insertFts: db.prepare('INSERT INTO search_fts (text, kind, plan_id, version_id, task_id, ref_id) VALUES (?, ?, ?, ?, ?, ?)'),
    taskKey: db.prepare<[number, string], { id: number }>(
      'INSERT INTO task_keys (plan_id, title_key) VALUES (?, ?) ON CONFLICT (plan_id, title_key) DO UPDATE SET title_key = excluded.title_key RETURNING id',
    ),
    maxTaskOrd: db.prepare<[number], { o: number | null }>('SELECT max(ord) AS o FROM tasks WHERE version_id = ?'),
    insertTask: db.prepare("INSERT INTO tasks (plan_id, version_id, task_key_id, ord, number, kind, title, path, body) VALUES (?, ?, ?, ?, ?, 'task', ?, '[]', ?)"),
    bumpCount: db.prepare('UPDATE plan_versions SET task_count = task_count + 1 WHERE id = ?'),
  };
}

const cache = new WeakMap<Database.Database, ReturnType<typeof q>>();
function stmts(db: Database.Database) {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = q(db)));
  return s;
}

/** The task a correction is about in a version: by title key first (it survives renumbering), else by number. */
export function findCorrectedTask(store: Store, versionId: number, ref: { number: string | null; title: string | null }): TaskHit | null {
  const tasks = stmts(store.writer).tasksOfVersion.all(versionId);
  const key = ref.title ? textKey(ref.title) : '';
  return (key && tasks.find((t) => textKey(t.title) === key)) || (ref.number != null && tasks.find((t) => t.number === ref.number)) || null;
}

function addUnits(store: Store, at: { planId: number; versionId: number; taskId: number; place: string }, role: CorrectionRole, names: string[]): void {
  const s = stmts(store.writer);
  let ord = (s.maxOrd.get(at.taskId)?.o ?? -1) + 1;
  for (const name of names) s.insertAssignment.run(at.planId, at.versionId, at.taskId, ensureUnit(store.writer, name, at.place), role, ord++);
}

/** Applies one change to a version's rows. Returns why it does not apply, or null when it did. */
function applyChange(store: Store, versionId: number, c: Pick<Correction, 'taskNumber' | 'taskTitle' | 'change'>): string | null {
  const s = stmts(store.writer);
  const v = s.versionPlace.get(versionId);
  if (!v) return '找不到规划版本';
  const ch = c.change;
  if (ch.kind === 'add_task') return addTask(store, versionId, v, c.taskNumber, ch);
  const task = findCorrectedTask(store, versionId, { number: c.taskNumber, title: c.taskTitle });
  if (!task) return `新版本中找不到任务${c.taskNumber ?? ''}（${c.taskTitle ?? ''}）`;
  const at = { planId: v.plan_id, versionId, taskId: task.id, place: v.jurisdiction };
  if (ch.kind === 'units') {
    const ids = ch.units.map((n) => ensureUnit(store.writer, n, v.jurisdiction));
    s.deleteRole.run(task.id, ch.role, JSON.stringify(ids));
    addUnits(store, at, ch.role, ch.units);
  } else if (ch.kind === 'role') {
    s.deleteUnit.run(task.id, ensureUnit(store.writer, ch.unit, v.jurisdiction));
    addUnits(store, at, ch.role, [ch.unit]);
  } else {
    s.deleteDeadlines.run(task.id);
    s.deleteDeadlineFts.run(task.id);
    const id = Number(s.insertDeadline.run(v.plan_id, versionId, task.id, ch.date, ch.text).lastInsertRowid);
    s.insertFts.run(matchKey(ch.text), 'deadline', v.plan_id, versionId, task.id, id);
  }
  return null;
}

function addTask(
  store: Store, versionId: number, v: { plan_id: number; jurisdiction: string }, number: string | null,
  ch: Extract<CorrectionChange, { kind: 'add_task' }>,
): string | null {
  const s = stmts(store.writer);
  const tasks = s.tasksOfVersion.all(versionId);
  if (tasks.some((t) => textKey(t.title) === textKey(ch.title))) return '此版本已有同名任务（解析已识别出它）';
  let printed = number ?? String(tasks.length + 1);
  while (tasks.some((t) => t.number === printed)) printed = `${printed}'`;
  const keyId = s.taskKey.get(v.plan_id, textKey(ch.title))!.id;
  const ord = (s.maxTaskOrd.get(versionId)?.o ?? -1) + 1;
  const taskId = Number(s.insertTask.run(v.plan_id, versionId, keyId, ord, printed, ch.title, ch.title).lastInsertRowid);
  s.bumpCount.run(versionId);
  s.insertFts.run(matchKey(ch.title), 'title', v.plan_id, versionId, taskId, null);
  const at = { planId: v.plan_id, versionId, taskId, place: v.jurisdiction };
  addUnits(store, at, 'lead', ch.leads);
  addUnits(store, at, 'support', ch.supports);
  addUnits(store, at, 'responsible', ch.responsible);
  if (ch.deadline) {
    const id = Number(s.insertDeadline.run(v.plan_id, versionId, taskId, ch.deadline.date, ch.deadline.text).lastInsertRowid);
    s.insertFts.run(matchKey(ch.deadline.text), 'deadline', v.plan_id, versionId, taskId, id);
  }
  return null;
}

export interface NewCorrection {
  planId: number;
  versionId: number;
  taskNumber: string | null;
  taskTitle: string | null;
  change: CorrectionChange;
  by: string;
  at: number;
}

/** Stores a correction and applies it to the current version, in one transaction. Throws when it does not apply. */
export function addCorrection(store: Store, input: NewCorrection): Correction {
  const s = stmts(store.writer);
  return store.writer.transaction((): Correction => {
    const why = applyChange(store, input.versionId, input);
    if (why) throw new Error(why);
    const { kind, ...payload } = input.change;
    const id = Number(
      s.insert.run(input.planId, input.taskNumber, input.taskTitle, kind, JSON.stringify(payload), input.by, input.at, input.versionId).lastInsertRowid,
    );
    return toCorrection(s.ofPlan.all(input.planId).find((r) => r.id === id)!);
  }).immediate();
}

export function correctionsOfPlan(store: Store, planId: number): Correction[] {
  return stmts(store.writer).ofPlan.all(planId).map(toCorrection);
}

export function allCorrections(store: Store): Correction[] {
  return stmts(store.writer).all.all().map(toCorrection);
}

export interface ReapplyReport {
  applied: Correction[];
  stale: Correction[];
}

/** A new version of the plan was saved: every stored correction is tried on it; the ones that fail stay, marked stale. */
export function reapplyCorrections(store: Store, planId: number, versionId: number): ReapplyReport {
  const s = stmts(store.writer);
  return store.writer.transaction((): ReapplyReport => {
    const out: ReapplyReport = { applied: [], stale: [] };
    for (const c of correctionsOfPlan(store, planId)) {
      const why = applyChange(store, versionId, c);
      s.setState.run(why ? 'stale' : 'applied', why, versionId, c.id);
      const now: Correction = { ...c, state: why ? 'stale' : 'applied', stateNote: why, versionId };
      (why ? out.stale : out.applied).push(now);
    }
    return out;
  }).immediate();
}
