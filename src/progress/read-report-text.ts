// Step 2 of recording: a report's fields from its options and free text. The text is read by the
// same reader as `duban read-reply` (progress/reply), with the unit's own tasks, so a reply naming
// none is placed when the unit holds one. Where the reading is a guess the result is a question,
// never a stored row (issue 11); explicit options (task:3 status:推进中) win over the text.
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import type { StoredTask } from '../store/rows.ts';
import { toPlanMetrics, type PlanMetric } from './plan-metrics.ts';
import { ask, reject, type RecordInput, type RecordResult, type StoredMetric } from './record-input.ts';
import { doubtOf, readingOf, readReply, readReplyDoc, STATUSES, stripInvisible, type DoubtCode, type ReplyProblem } from './reply/index.ts';
import type { Reporter } from './resolve-reporter.ts';
import { tasksNamedByTitle } from './task-titles.ts';
import { REPLY_PROBLEM_MESSAGES } from './parse-progress-reply.ts';

export interface TaskRow {
  task: StoredTask | null;
  status: string | null;
  percent: number | null;
}

export interface ReportFieldsRead {
  rows: TaskRow[];
  noChange: boolean;
  metrics: StoredMetric[];
  note: string | null;
  expected: string | null;
  blocker: string | null;
}


function findTask(store: Store, r: Reporter, ref: string): { task: StoredTask } | { error: RecordResult } {
  const reader = planReader(store);
  const t = reader.taskByNumber(r.plan.id, ref) ?? reader.tasksOfPlan(r.plan.id).find((x) => x.title === ref || (ref.length >= 4 && x.title.includes(ref)));
  if (!t) return { error: reject('unknown_task', `找不到任务 ${ref}（${r.plan.shortName}）。`, '用 /duban tasks 查看本单位的任务及编号，再重试。') };
  // A unit reports only on tasks it has a part in (lead, support or responsible, in the task or a clause).
  const assigned = reader.assignmentsOfTask(t.id);
  if (assigned.length && !assigned.some((a) => a.unitId === r.unit.id)) {
    return { error: reject('not_assigned', `${r.unit.name} 不是任务${t.number}《${t.title}》的牵头、配合或负责单位，不能填报该任务。`, `用 /duban tasks 查看 ${r.unit.name} 的任务。`) };
  }
  return { task: t };
}

function planMetricsOf(store: Store, planId: number): PlanMetric[] {
  const metrics = new Map<string, PlanMetric>();
  for (const t of planReader(store).targets({ planId })) for (const m of t.metrics) if (!metrics.has(m.name)) metrics.set(m.name, { name: m.name, unit: m.unit });
  return [...metrics.values()];
}

function statusOption(input: RecordInput): string | null | RecordResult {
  if (input.status === undefined) return null;
  if ((STATUSES as readonly string[]).includes(input.status)) return input.status;
  // status:进行中 / status:done: read like a reply.
  const read = readReply(input.status, { week: '2022-W01' }).status;
  return read ?? reject('bad_status', `状态“${input.status}”无法识别。`, `状态可选：${STATUSES.join('/')}。`);
}

export function readReportText(store: Store, input: RecordInput, r: Reporter, week: string, timezone: string): ReportFieldsRead | RecordResult {
  const status = statusOption(input);
  if (status !== null && typeof status === 'object') return status;
  if (input.percent !== undefined && input.percent > 100) return reject('percent_over_100', `进度不能超过 100%（${input.percent}%）。`);
  if (input.percent !== undefined && input.percent < 0) return reject('percent_negative', `进度不能为负数（${input.percent}%）。`);
  const unitTasks = r.ownInPlan.map((t) => t.number);
  const doc = input.text ? readReplyDoc(input.text, { week, unitTasks, timezone }) : null;
  if (doc?.problem) return reject(doc.problem, REPLY_PROBLEM_MESSAGES[doc.problem] + (doc.problemDetail ? `（${doc.problemDetail}）` : ''));
  const reading = doc ? readingOf(doc) : null;
  const named = input.task !== undefined && input.task !== '' ? [String(input.task)] : [];
  const byTitle = doc && !reading?.tasks.length ? tasksNamedByTitle(doc.text, planReader(store).tasksOfPlan(r.plan.id).map((t) => ({ id: t.number, title: t.title }))) : [];
  const refs = [...new Set([...named, ...(reading?.tasks ?? []), ...byTitle])];
  if (!refs.length && input.correcting) refs.push(...input.correcting);
  const tasks: StoredTask[] = [];
  for (const ref of refs) {
    const found = findTask(store, r, ref);
    if ('error' in found) return found.error;
    if (!tasks.some((x) => x.id === found.task.id)) tasks.push(found.task);
  }
  if (doc && reading) {
    const skip: DoubtCode[] = ['foreign_task', 'problem'];
    if (refs.length) skip.push('which_task');
    if (status !== null || input.percent !== undefined) skip.push('nothing_read');
    const doubt = doubtOf(doc, reading, skip);
    if (doubt) return ask(doubt.question, r.unit.name, week);
  }
  const noChange = Boolean(input.noChange ?? reading?.noChange ?? false);
  if (!tasks.length && r.ownInPlan.length === 1) tasks.push(r.ownInPlan[0]);
  if (!tasks.length && !noChange) {
    const list = r.ownInPlan.slice(0, 8).map((t) => `任务${t.number} ${t.title}`).join('；');
    return reject('missing_task', `请注明是哪项任务（如“任务3 推进中 60%”）。${list ? `${r.unit.name} 的任务：${list}` : ''}`);
  }
  const perTask = new Map((reading?.perTask ?? []).map((f) => [f.task, f] as const));
  const rowOf = (task: StoredTask | null): TaskRow => {
    const f = task ? perTask.get(task.number.toLowerCase()) : undefined;
    return { task, status: (status as string | null) ?? f?.status ?? reading?.status ?? null, percent: input.percent ?? f?.percent ?? reading?.percent ?? null };
  };
  return {
    rows: tasks.length ? tasks.map(rowOf) : [rowOf(null)],
    noChange,
    metrics: input.metrics ?? (reading ? toPlanMetrics(reading.metrics, planMetricsOf(store, r.plan.id)) : []),
    note: input.note ?? (input.text ? stripInvisible(input.text).trim() : null),
    expected: reading?.expected ?? null,
    blocker: reading?.blocker ?? null,
  };
}
