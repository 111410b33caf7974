// Progress questions, answered from the reports in the store (this workspace only):
// 哪些任务已经逾期了 / 哪些任务滞后了 / 哪些单位还没有填报 / 任务3进展如何 / 市工信局还有哪些没完成.
// Dated targets of a task (到2022年建成…) count as its due date (the end of that year).
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { DEFAULT_TIMEZONE } from '../../core/clock.ts';
import {
  excusedUnits, followsOfTenant, planAssignments, reportsAliveAsOf, reportsOfWeek, reportsUpTo, type ReportRow,
} from '../../store/progress-reader.ts';
import type { StoredPlan } from '../../store/rows.ts';
import { taskLine } from '../compose.ts';
import { answerTask, notFound, type Ctx, type Draft } from '../context.ts';
import { tasksToShow, wholeTasks } from '../find-tasks.ts';
import { planIndex, targetsOfPlan } from '../plan-index.ts';
import type { AnswerTask } from '../types.ts';

const MAX_LISTED = 20;

function today(ctx: Ctx): { day: string; week: string } {
  const t = new TZDate(ctx.now.getTime(), DEFAULT_TIMEZONE);
  return { day: format(t, 'yyyy-MM-dd'), week: format(t, "RRRR-'W'II") };
}

/** The plans asked about: named ones, else those this workspace follows, else all. */
function plansInScope(ctx: Ctx): StoredPlan[] {
  if (ctx.plans) return ctx.plans;
  const index = planIndex(ctx.reader);
  const followed = [...new Set(followsOfTenant(ctx.store, ctx.tenant).map((f) => f.planId))].map((id) => index.plans.get(id)).filter((p): p is StoredPlan => !!p);
  return followed.length ? followed : [...index.plans.values()];
}

/** task_key_id → its latest report with a status, as of this week. */
function statusByTask(ctx: Ctx, planId: number, week: string): Map<number, ReportRow> {
  const out = new Map<number, ReportRow>();
  const rows = reportsAliveAsOf(ctx.store, ctx.tenant, planId, week).sort((a, b) => a.reportedAt - b.reportedAt || a.id - b.id);
  for (const r of rows) if (r.taskKeyId != null && r.status) out.set(r.taskKeyId, r);
  return out;
}

function overdue(ctx: Ctx): Draft {
  const { day, week } = today(ctx);
  const index = planIndex(ctx.reader);
  const lines: string[] = [];
  const tasks: AnswerTask[] = [];
  for (const plan of plansInScope(ctx)) {
    const status = statusByTask(ctx, plan.id, week);
    const due = new Map<number, string>();
    for (const d of ctx.reader.deadlinesBetween('0000-01-01', day)) if (d.planId === plan.id && d.date < day) due.set(d.taskId, d.date);
    for (const t of targetsOfPlan(index, plan.id)) if (t.taskId != null && t.year != null && `${t.year}-12-31` < day && !due.has(t.taskId)) due.set(t.taskId, `${t.year}-12-31`);
    for (const [taskId, date] of [...due].sort((a, b) => a[1].localeCompare(b[1]))) {
      const task = ctx.reader.task(taskId);
      if (!task || status.get(task.taskKeyId)?.status === '已完成') continue;
      tasks.push(answerTask(task, plan));
      if (tasks.length <= MAX_LISTED) lines.push(`${date} ${taskLine(plan, task)}（${status.get(task.taskKeyId)?.status ?? '未填报'}）`);
    }
  }
  // None overdue is an answer from the store, not a miss.
  if (!tasks.length) return { found: true, lines: [`截至${day}，没有逾期未完成的任务。`] };
  return { found: true, lines: [`截至${day}已过期限、尚未报告完成的任务（${tasks.length}项）：`, ...lines], tasks };
}

function behind(ctx: Ctx): Draft {
  const { day, week } = today(ctx);
  const lines: string[] = [];
  const tasks: AnswerTask[] = [];
  for (const plan of plansInScope(ctx)) {
    for (const [, r] of statusByTask(ctx, plan.id, week)) {
      if (r.status !== '滞后' && r.status !== '受阻') continue;
      const task = r.taskId != null ? ctx.reader.task(r.taskId) : null;
      if (!task) continue;
      tasks.push(answerTask(task, plan));
      lines.push(`${taskLine(plan, task)}：${r.status}${r.note ? `（${r.note.slice(0, 40)}）` : ''}，${r.week}`);
    }
  }
  if (!tasks.length) return { found: true, lines: [`截至${day}，没有报告为滞后或受阻的任务。`] };
  return { found: true, lines: [`报告为滞后或受阻的任务（${tasks.length}项）：`, ...lines.slice(0, MAX_LISTED)], tasks };
}

function notReported(ctx: Ctx): Draft {
  const { week } = today(ctx);
  const followed = [...new Set(followsOfTenant(ctx.store, ctx.tenant).map((f) => f.planId))];
  if (!followed.length) return { found: false, lines: ['本工作区还没有关注任何计划（/duban follow 计划名），所以没有每周填报。'] };
  const excused = excusedUnits(ctx.store, ctx.tenant, week);
  const lines: string[] = [];
  const units: string[] = [];
  for (const planId of followed) {
    const plan = planIndex(ctx.reader).plans.get(planId);
    if (!plan) continue;
    const reported = new Set(reportsOfWeek(ctx.store, ctx.tenant, planId, week).map((r) => r.unitId));
    const missing = [...new Map(planAssignments(ctx.store, planId).map((a) => [a.unitId, a.unit])).entries()].filter(([id]) => !reported.has(id) && !excused.has(id));
    if (missing.length) lines.push(`《${plan.shortName}》${week}未填报（${missing.length}个）：${missing.map(([, n]) => n).join('、')}`);
    units.push(...missing.map(([, n]) => n));
  }
  if (!units.length) return { found: true, lines: [`${week}：关注的计划里各单位都已填报。`], units: [] };
  return { found: true, lines, units: [...new Set(units)] };
}

function latest(ctx: Ctx): Draft {
  const found = tasksToShow(ctx, '这项任务', wholeTasks(ctx));
  if ('reply' in found) return found.reply;
  const { week } = today(ctx);
  const lines: string[] = [];
  for (const { task, plan } of found.shown) {
    lines.push(taskLine(plan, task));
    const last = reportsUpTo(ctx.store, ctx.tenant, plan.id, week).filter((r) => r.taskKeyId === task.taskKeyId).at(-1);
    if (!last) lines.push('还没有单位报告过这项任务的进展。');
    else lines.push(`最新报告（${last.week}）：${last.status ?? ''}${last.percent != null ? ` ${last.percent}%` : ''}${last.note ? `，${last.note.slice(0, 80)}` : ''}`);
  }
  return { found: true, lines, tasks: found.tasks, subject: found.subject };
}

function openItems(ctx: Ctx): Draft {
  if (!ctx.unit) return latest(ctx);
  const { week } = today(ctx);
  const index = planIndex(ctx.reader);
  const names = [...new Set(ctx.unit.units.map((u) => u.name))];
  const lines: string[] = [];
  const tasks: AnswerTask[] = [];
  const statusOf = new Map<number, Map<number, ReportRow>>();
  for (const u of ctx.unit.units) {
    for (const t of index.unitTasks.get(u.id) ?? []) {
      if (ctx.planIds && !ctx.planIds.has(t.planId)) continue;
      if (!statusOf.has(t.planId)) statusOf.set(t.planId, statusByTask(ctx, t.planId, week));
      const task = ctx.reader.task(t.taskId)!;
      const s = statusOf.get(t.planId)!.get(task.taskKeyId)?.status ?? '未填报';
      if (s === '已完成' || tasks.some((x) => x.title === task.title && x.id === task.number)) continue;
      const plan = index.plans.get(t.planId)!;
      tasks.push(answerTask(task, plan));
      lines.push(`${taskLine(plan, task)}（${s}）`);
    }
  }
  if (!tasks.length) return { found: true, lines: [`${names.join('、')}没有未完成的任务。`], units: names };
  return { found: true, lines: [`${names.join('、')}未完成的任务（${tasks.length}项）：`, ...lines.slice(0, MAX_LISTED)], units: names, tasks };
}

export function answerProgress(ctx: Ctx): Draft {
  switch (ctx.slots.progress) {
    case 'overdue':
      return overdue(ctx);
    case 'behind':
      return behind(ctx);
    case 'not_reported':
      return notReported(ctx);
    case 'open':
      return openItems(ctx);
    default:
      return latest(ctx);
  }
}
