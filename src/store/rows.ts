// SQL rows (snake_case) ↔ domain values (camelCase). The only place that knows column names map.
export interface PlanRow {
  id: number;
  title: string;
  short_name: string;
  current_version_id: number | null;
  version: number;
  source_name: string;
  source_sha256: string;
  period_start: number | null;
  period_end: number | null;
  issuers: string;
  issued_on: string | null;
  doc_number: string | null;
  kind: 'plan' | 'interpretation';
  about: string | null;
  script: string;
  task_count: number;
}

export interface StoredPlan {
  id: number;
  title: string;
  shortName: string;
  versionId: number;
  version: number;
  sourceName: string;
  sha256: string;
  period: { start: number; end: number } | null;
  issuers: string[];
  issuedOn: string | null;
  docNumber: string | null;
  kind: 'plan' | 'interpretation';
  about: string | null;
  taskCount: number;
}

export function toStoredPlan(r: PlanRow): StoredPlan {
  return {
    id: r.id,
    title: r.title,
    shortName: r.short_name,
    versionId: r.current_version_id ?? 0,
    version: r.version,
    sourceName: r.source_name,
    sha256: r.source_sha256,
    period: r.period_start != null && r.period_end != null ? { start: r.period_start, end: r.period_end } : null,
    issuers: JSON.parse(r.issuers) as string[],
    issuedOn: r.issued_on,
    docNumber: r.doc_number,
    kind: r.kind,
    about: r.about,
    taskCount: r.task_count,
  };
}

export interface TaskRow {
  id: number;
  plan_id: number;
  version_id: number;
  task_key_id: number;
  ord: number;
  number: string;
  kind: 'task' | 'safeguard' | 'column';
  title: string;
  path: string;
  body: string | null;
  original: string | null;
}

export interface StoredTask {
  id: number; // tasks.id of the current version
  planId: number;
  versionId: number;
  taskKeyId: number; // stable across versions: what progress rows reference
  ord: number;
  number: string; // as printed: "4", "1.2", "s1"
  kind: 'task' | 'safeguard' | 'column';
  title: string;
  path: string[];
  body: string | null;
  original: string | null;
}

export function toStoredTask(r: TaskRow): StoredTask {
  return {
    id: r.id,
    planId: r.plan_id,
    versionId: r.version_id,
    taskKeyId: r.task_key_id,
    ord: r.ord,
    number: r.number,
    kind: r.kind,
    title: r.title,
    path: JSON.parse(r.path) as string[],
    body: r.body,
    original: r.original,
  };
}

export type Role = 'lead' | 'support' | 'responsible';

export interface AssignmentRow {
  task_id: number;
  clause_id: number | null;
  unit_id: number;
  name: string;
  role: Role;
}

export interface StoredAssignment {
  taskId: number;
  clauseId: number | null;
  unitId: number;
  unit: string;
  role: Role;
}

export function toStoredAssignment(r: AssignmentRow): StoredAssignment {
  return { taskId: r.task_id, clauseId: r.clause_id, unitId: r.unit_id, unit: r.name, role: r.role };
}

export interface TargetRow {
  id: number;
  plan_id: number;
  task_id: number | null;
  task_number: string | null;
  year: number | null;
  text: string;
  metrics: string | null; // JSON array from json_group_array
}

export interface StoredMetric {
  name: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  qualifier: string | null;
}

export interface StoredTarget {
  id: number;
  planId: number;
  taskId: number | null;
  taskNumber: string | null;
  year: number | null;
  text: string;
  metrics: StoredMetric[];
}

export function toStoredTarget(r: TargetRow): StoredTarget {
  const metrics = r.metrics ? (JSON.parse(r.metrics) as Array<StoredMetric | null>).filter((m): m is StoredMetric => m != null && m.name != null) : [];
  return { id: r.id, planId: r.plan_id, taskId: r.task_id, taskNumber: r.task_number, year: r.year, text: r.text, metrics };
}

export interface DeadlineRow {
  id: number;
  plan_id: number;
  task_id: number;
  date: string;
  text: string;
}

export interface StoredDeadline {
  id: number;
  planId: number;
  taskId: number;
  date: string;
  text: string;
}

export function toStoredDeadline(r: DeadlineRow): StoredDeadline {
  return { id: r.id, planId: r.plan_id, taskId: r.task_id, date: r.date, text: r.text };
}
