// recordProgress: one report (a thread reply, a command, the CLI) → rows in the store, once per
// source message (issue 6 duplicates), only by the unit's members or a coordinator (logged as on
// behalf). A new report supersedes the unit's last one on that task; history is kept.
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import { isDubanError } from '../core/errors.ts';
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import type { StoredPlan, StoredTask } from '../store/rows.ts';
import { followsOfChannel, promptOfThread, reportsOfSource, unitsOfUser } from '../store/progress-reader.ts';
import { insertReports, type NewReport } from '../store/progress-writer.ts';
import { parseProgressReply, STATUSES, type MetricValue, type ParseContext, type ProgressStatus } from './parse-progress-reply.ts';
import { findPlan, findUnit, type UnitRef } from './resolve.ts';
import { isoWeekOf, isValidWeek } from '../core/week.ts';

export interface RecordInput {
  tenant: string;
  user: string;
  /** 'slack' | 'discord' | 'console' | 'cli': with sourceMessageId, the dedupe key. */
  platform?: string;
  channel?: string | null;
  thread?: string | null;
  /** The platform's id of the message (Slack ts / Discord message id / a CLI uuid). */
  sourceMessageId: string;
  at: Date;
  /** The adapter's verdict; a coordinator may report for any unit (recorded as on behalf). */
  isCoordinator?: boolean;
  /** Alias of isCoordinator (commands/report.ts passes event.isCoordinator under this name). */
  onBehalf?: boolean;
  plan?: string | number;
  unit?: string;
  task?: string | number;
  /** Free text: parsed with the plan's tasks and metrics. */
  text?: string;
  status?: string;
  percent?: number;
  note?: string;
  metrics?: MetricValue[];
  noChange?: boolean;
  week?: string;
  timezone?: string;
}

export type RecordCode =
  | 'empty' | 'noise' | 'too_long' | 'percent_over_100' | 'percent_negative' | 'bad_date' | 'unknown_task'
  | 'unknown_unit' | 'unknown_plan' | 'not_a_member' | 'not_assigned' | 'missing_unit' | 'missing_task' | 'bad_status' | 'bad_week';

export interface RecordResult {
  status: 'recorded' | 'duplicate' | 'rejected';
  code?: RecordCode;
  /** What was understood (recorded / duplicate) or what went wrong (rejected), one line. */
  understood: string;
  /** How to correct it. */
  correctionHint: string;
  /** understood + hint, ready to send. */
  text: string;
  reportIds: number[];
  unit?: string;
  week?: string;
}

const HINT = '如需更正，直接再发一条（新的填报会替代本条，历史保留），或用 /duban report task:编号 status:推进中 percent:60 note:说明。';

function reject(code: RecordCode, message: string, hint = HINT): RecordResult {
  return { status: 'rejected', code, understood: message, correctionHint: hint, text: `${message}\n${hint}`, reportIds: [] };
}

/** The plan's tasks and target metrics, as parseProgressReply wants them. */
const contexts = new WeakMap<Store, Map<string, ParseContext>>();

export function parseContextOf(store: Store, planId: number): ParseContext {
  const reader = planReader(store);
  // Cached per plan version: a new version of the plan gets a new context.
  const version = reader.plan(planId)?.versionId ?? 0;
  let cache = contexts.get(store);
  if (!cache) contexts.set(store, (cache = new Map()));
  const hit = cache.get(`${planId}:${version}`);
  if (hit) return hit;
  const ctx = buildContext(store, planId);
  cache.set(`${planId}:${version}`, ctx);
  return ctx;
}

function buildContext(store: Store, planId: number): ParseContext {
  const reader = planReader(store);
  const metrics = new Map<string, { name: string; unit: string | null }>();
  for (const t of reader.targets({ planId })) for (const m of t.metrics) if (!metrics.has(m.name)) metrics.set(m.name, { name: m.name, unit: m.unit });
  return { tasks: reader.tasksOfPlan(planId).map((t) => ({ id: t.number, title: t.title })), metrics: [...metrics.values()] };
}

export function recordProgress(store: Store, input: RecordInput & Record<string, unknown>): RecordResult {
  try {
    return record(store, input);
  } catch (err) {
    if (isDubanError(err) && (err.code === 'unknown_unit' || err.code === 'unknown_plan')) return reject(err.code, `找不到${err.code === 'unknown_unit' ? '单位' : '规划'}“${err.detail}”。`);
    throw err;
  }
}

function record(store: Store, input: RecordInput & Record<string, unknown>): RecordResult {
  if (input.ok === false) return reject((input.code as RecordCode) ?? 'noise', String(input.message ?? '没有读懂这条填报。'));
  const coordinator = Boolean(input.isCoordinator ?? input.onBehalf);
  const platform = input.platform ?? 'console';
  // A re-delivered message: answer as before, record nothing.
  const seen = reportsOfSource(store, input.tenant, platform, input.sourceMessageId);
  if (seen.length) {
    const msg = `这条消息已记录过（${seen.length} 条填报），未重复记录。`;
    return { status: 'duplicate', understood: msg, correctionHint: HINT, text: msg, reportIds: seen.map((r) => r.id), week: seen[0].week };
  }

  // Unit: the one named (members or coordinators), else the reporter's own.
  const mine = unitsOfUser(store, input.tenant, input.user);
  let units: UnitRef[];
  if (input.unit) {
    const u = findUnit(store, input.unit, { tenant: input.tenant, user: input.user });
    if (!u) return reject('unknown_unit', `找不到单位“${input.unit}”。`, '请使用规划中的单位全称或常用简称（如 市工信局）。');
    if (!coordinator && !mine.some((m) => m.unitId === u.id)) return reject('not_a_member', `你不是 ${u.name} 的成员，不能为其填报。`, `先用 /duban join ${u.name} 加入，或请协调人代为填报。`);
    units = [u];
  } else {
    units = mine.map((m) => ({ id: m.unitId, name: m.unit }));
    if (!units.length) return reject(coordinator ? 'missing_unit' : 'not_a_member', coordinator ? '请指明代哪个单位填报（unit:单位）。' : '你还没有加入任何单位。', '先用 /duban join 单位名称 加入本单位。');
  }

  // Plan: named, or the prompt this thread belongs to, or the channel's follows, or every plan.
  const fromThread = input.thread && input.channel ? promptOfThread(store, input.tenant, input.channel, input.thread) : null;
  let plans: StoredPlan[];
  if (input.plan !== undefined && input.plan !== '') {
    const p = findPlan(store, input.plan);
    if (!p) return reject('unknown_plan', `找不到规划“${input.plan}”。`);
    plans = [p];
  } else if (fromThread) {
    plans = [planReader(store).plan(fromThread.planId)!].filter(Boolean);
  } else {
    const followed = input.channel ? followsOfChannel(store, input.tenant, input.channel).map((f) => f.planId) : [];
    plans = planReader(store).plans().filter((p) => !followed.length || followed.includes(p.id));
  }
  const reader = planReader(store);
  // Prefer (unit, plan) pairs where the unit has tasks.
  const unitTasks = new Map<number, Array<StoredTask & { role: string }>>();
  for (const u of units) unitTasks.set(u.id, reader.tasksOfUnit(u.id).filter((t) => plans.some((p) => p.id === t.planId)));
  let withTasks = units.filter((u) => unitTasks.get(u.id)!.length);
  if (units.length > 1 && withTasks.length > 1) {
    // A member of several units who names a task: the unit that has a part in it (任务3 → its lead).
    const pre = input.text ? parseProgressReply(input.text) : null;
    const refs = [...(input.task !== undefined && input.task !== '' ? [String(input.task)] : []), ...(pre?.ok ? pre.taskRefs : []), ...((input.taskRefs as string[] | undefined) ?? [])];
    if (refs.length) {
      const named = withTasks.filter((u) => unitTasks.get(u.id)!.some((t) => refs.includes(t.number)));
      if (named.length === 1) withTasks = named;
    }
  }
  if (units.length > 1 && withTasks.length !== 1) return reject('missing_unit', `你属于多个单位（${units.map((u) => u.name).join('、')}），请指明为哪个单位填报（unit:单位）。`);
  const unit = units.length === 1 ? units[0] : withTasks[0];
  const ownTasks = unitTasks.get(unit.id)!;
  const planIds = [...new Set(ownTasks.map((t) => t.planId))];
  const plan = plans.length === 1 ? plans[0] : plans.find((p) => p.id === planIds[0] && planIds.length === 1) ?? null;
  if (!plan) return reject('unknown_plan', `请指明规划（plan:规划名称）：${plans.slice(0, 5).map((p) => p.shortName).join('、')}。`);

  // Free text → fields; explicit options win over what the text says.
  const ctx = parseContextOf(store, plan.id);
  let parsed: { status?: ProgressStatus; percent?: number; taskRefs: string[]; metricValues: MetricValue[]; note?: string; noChange: boolean } = {
    taskRefs: (input.taskRefs as string[] | undefined) ?? [], metricValues: (input.metricValues as MetricValue[] | undefined) ?? [], noChange: false,
  };
  if (input.text) {
    const r = parseProgressReply(input.text, ctx);
    if (!r.ok) return reject(r.code, r.message);
    parsed = r;
  }
  let status: string | undefined = input.status ?? parsed.status;
  if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) {
    const r = parseProgressReply(status);
    status = r.ok ? r.status : undefined;
    if (!status) return reject('bad_status', `状态“${input.status}”无法识别。`, `状态可选：${STATUSES.join('/')}。`);
  }
  const percent = input.percent ?? parsed.percent;
  if (percent !== undefined && percent > 100) return reject('percent_over_100', `进度不能超过 100%（${percent}%）。`);
  if (percent !== undefined && percent < 0) return reject('percent_negative', `进度不能为负数（${percent}%）。`);
  const noChange = Boolean(input.noChange ?? parsed.noChange);
  const metrics = input.metrics ?? parsed.metricValues;
  const note = input.note ?? (input.text ? parsed.note : undefined);

  // Tasks: named (number or title), or the unit's only task; 本周无新进展 may cover the whole unit.
  const refs = [...(input.task !== undefined && input.task !== '' ? [String(input.task)] : []), ...parsed.taskRefs];
  const tasks: StoredTask[] = [];
  for (const ref of refs) {
    const t = reader.taskByNumber(plan.id, ref) ?? reader.tasksOfPlan(plan.id).find((x) => x.title === ref || (ref.length >= 4 && x.title.includes(ref)));
    if (!t) return reject('unknown_task', `找不到任务 ${ref}（${plan.shortName}）。`, '用 /duban tasks 查看本单位的任务及编号，再重试。');
    // A unit reports only on tasks it has a part in (lead, support or responsible, in the task or a clause).
    const assigned = reader.assignmentsOfTask(t.id);
    if (assigned.length && !assigned.some((a) => a.unitId === unit.id)) {
      return reject('not_assigned', `${unit.name} 不是任务${t.number}《${t.title}》的牵头、配合或负责单位，不能填报该任务。`, `用 /duban tasks 查看 ${unit.name} 的任务。`);
    }
    if (!tasks.some((x) => x.id === t.id)) tasks.push(t);
  }
  // The tasks it leads or is responsible for (a supporting unit reports through the lead).
  const ownInPlan = [...new Map(ownTasks.filter((t) => t.planId === plan.id && t.role !== 'support').map((t) => [t.id, t] as const)).values()];
  if (!tasks.length && ownInPlan.length === 1) tasks.push(ownInPlan[0]);
  if (!tasks.length && !noChange) {
    const list = ownInPlan.slice(0, 8).map((t) => `任务${t.number} ${t.title}`).join('；');
    return reject('missing_task', `请注明是哪项任务（如“任务3 推进中 60%”）。${list ? `${unit.name} 的任务：${list}` : ''}`);
  }

  const timezone = input.timezone ?? (input.channel ? followsOfChannel(store, input.tenant, input.channel).find((f) => f.planId === plan.id)?.timezone : undefined) ?? DEFAULT_TIMEZONE;
  const week = input.week ?? fromThread?.week ?? isoWeekOf(input.at, timezone);
  if (!isValidWeek(week)) return reject('bad_week', `周次“${week}”无效，应为 2022-W10 这样的 ISO 周。`);

  const base = {
    tenant: input.tenant, planId: plan.id, unitId: unit.id, reporter: input.user,
    onBehalf: !unitsOfUser(store, input.tenant, input.user).some((m) => m.unitId === unit.id),
    status: status ?? null, percent: percent ?? null, note: note ?? null, metrics, noChange, week,
    reportedAt: input.at.getTime(), sourcePlatform: platform, sourceMessageId: input.sourceMessageId,
  };
  const rows: NewReport[] = tasks.length
    ? tasks.map((t) => ({ ...base, taskKeyId: t.taskKeyId, taskId: t.id }))
    : [{ ...base, taskKeyId: null, taskId: null }];
  const ids = insertReports(store, rows);
  if (ids === null) {
    const msg = '这条消息已记录过，未重复记录。';
    return { status: 'duplicate', understood: msg, correctionHint: HINT, text: msg, reportIds: [], unit: unit.name, week };
  }
  const understood = describe(unit.name, plan.shortName, tasks, { status, percent, noChange, metrics, onBehalf: base.onBehalf, week });
  return { status: 'recorded', understood, correctionHint: HINT, text: `${understood}\n${HINT}`, reportIds: ids, unit: unit.name, week };
}

function describe(
  unit: string, plan: string, tasks: StoredTask[],
  r: { status?: string; percent?: number; noChange: boolean; metrics: MetricValue[]; onBehalf: boolean; week: string },
): string {
  const what = tasks.length ? tasks.map((t) => `任务${t.number}《${t.title}》`).join('、') : '全部任务';
  const parts: string[] = [];
  if (r.status) parts.push(r.status);
  if (r.percent !== undefined) parts.push(`${r.percent}%`);
  if (r.noChange) parts.push('本周无新进展');
  for (const m of r.metrics) parts.push(`${m.name} ${m.value}${m.unit ?? ''}`);
  if (!parts.length) parts.push('说明已记录');
  return `已记录 ${unit} · ${plan} · ${what}（${r.week}）：${parts.join('，')}${r.onBehalf ? '（协调人代填）' : ''}。`;
}
