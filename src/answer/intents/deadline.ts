// Deadlines of a task (智慧燃气表什么时候设计完成？) or of a period (下个月到期的任务, relative to now).
import { parsePeriod } from '../period.ts';
import { targetLine, taskLine } from '../compose.ts';
import { targetTopic } from './target.ts';
import { scoreTargets } from '../score-targets.ts';
import { answerTask, notFound, type Ctx, type Draft } from '../context.ts';
import { findTasks } from '../find-tasks.ts';
import type { AnswerTask } from '../types.ts';
import { matchKey } from '../../text/match-key.ts';
import { planIndex, type PlanIndex } from '../plan-index.ts';
import { taskHeads } from '../../store/answer-reader.ts';

export function answerDeadline(ctx: Ctx): Draft {
  const period = parsePeriod(ctx.q, ctx.now);
  // 下个月到期的任务: once the period and 到期 are out, no topic is left.
  const topic = (period ? ctx.topic.replace(matchKey(period.label), '').replace(/到期|截止|完成|的|有|哪些/g, '') : ctx.topic)
    .replace(/^\|+|\|+$/g, '')
    .replace(/\|{2,}/g, '|');
  if (topic.length >= 2 || ctx.subject?.length) {
    const found = findTasks({ ...ctx, topic });
    // 数据中心哪年底前要建成: a dated target that names it answers before asking which task.
    if (found.askBack) return datedTargets(ctx, topic) ?? found.askBack;
    const matches = found.matches;
    // 智慧管廊运营管理平台什么时候建成 / 开封什么时候5G基站要达到2500个: no deadline names it, but a dated
    // target does; its year answers "when". A deadline or a task title the topic names comes first
    // (智慧医疗的期限 is the task's: none written, the plan's period).
    if (!matches.some((m) => m.via === 'deadline' || m.via === 'title')) {
      const dated = datedTargets(ctx, topic);
      if (dated) return dated;
    }
    if (matches.length) {
      const lines: string[] = [];
      const tasks: AnswerTask[] = [];
      for (const m of matches) {
        const task = ctx.reader.task(m.taskId)!;
        const plan = planIndex(ctx.reader).plans.get(m.planId)!;
        tasks.push(answerTask(task, plan));
        lines.push(taskLine(plan, task));
        const all = ctx.reader.deadlinesOfTask(task.id);
        const shown = m.via === 'deadline' ? all.filter((d) => d.id === m.refId) : all;
        if (shown.length) for (const d of shown) lines.push(`期限：${d.date}（${d.text}）`);
        else lines.push(`这项任务没有写明完成时限${plan.period ? `；计划期限为${plan.period.start}–${plan.period.end}年` : ''}。`);
      }
      return { found: true, lines, tasks, subject: matches.map((m) => m.taskId) };
    }
    if (!period) return notFound(`“${topic.replace(/\|/g, '').slice(0, 30)}”这项任务或期限`);
  }
  if (!period) return notFound('这个期限');
  return dueInPeriod(ctx, period);
}

/**
 * Tasks due in a period: written deadlines, and dated targets of a task (到2022年建成75家互联网医院
 * is due by the end of 2022), each task once, deadlines first.
 */
function dueInPeriod(ctx: Ctx, period: { from: string; to: string; label: string }): Draft {
  const index = planIndex(ctx.reader);
  const inPlans = (planId: number) => !ctx.planIds || ctx.planIds.has(planId);
  const rows: Array<{ date: string; taskId: number; planId: number; text: string }> = ctx.reader
    .deadlinesBetween(period.from, period.to)
    .filter((d) => inPlans(d.planId));
  // A dated target is due on the 31 December of its year: only the years the period reaches.
  const years = datedTargetsByYear(index);
  const due: number[] = [];
  for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year++) {
    const date = `${year}-12-31`;
    if (date >= period.from && date <= period.to) for (const at of years.get(year) ?? []) due.push(at);
  }
  // In the index's order (plan by plan), as the years interleave there.
  for (const at of due.sort((a, b) => a - b)) {
    const t = index.targets[at]!;
    if (inPlans(t.planId)) rows.push({ date: `${t.year}-12-31`, taskId: t.taskId!, planId: t.planId, text: t.text });
  }
  if (!rows.length) return notFound(`在${period.label}（${period.from}至${period.to}）到期的任务`);
  const lines = [`${period.label}（${period.from}至${period.to}）到期的任务（含目标年份）：`];
  const tasks: AnswerTask[] = [];
  const seen = new Set<number>();
  const stored = taskHeads(ctx.store, [...new Set(rows.map((d) => d.taskId))]);
  for (const d of rows) {
    if (seen.has(d.taskId)) continue;
    seen.add(d.taskId);
    const task = stored.get(d.taskId)!;
    const plan = index.plans.get(d.planId)!;
    tasks.push(answerTask(task, plan));
    lines.push(`${d.date} ${taskLine(plan, task)}：${d.text.length > 60 ? `${d.text.slice(0, 60)}…` : d.text}`);
  }
  return { found: true, lines, tasks, choices: [...seen].slice(0, 20) };
}

const byYear = new WeakMap<PlanIndex, Map<number, number[]>>();
/** The targets of a task with a year (positions in index.targets), by year; grouped once per index. */
function datedTargetsByYear(index: PlanIndex): Map<number, number[]> {
  let years = byYear.get(index);
  if (!years) {
    years = new Map();
    index.targets.forEach((t, at) => {
      if (t.year == null || t.taskId == null) return;
      const list = years!.get(t.year);
      if (list) list.push(at);
      else years!.set(t.year, [at]);
    });
    byYear.set(index, years);
  }
  return years;
}

function datedTargets(ctx: Ctx, topic: string): Draft | null {
  const key = targetTopic(topic);
  if (key.length < 2) return null;
  const index = planIndex(ctx.reader);
  const found = scoreTargets(index, key, (t) => t.year != null && (!ctx.planIds || ctx.planIds.has(t.planId)) && (ctx.year == null || t.year === ctx.year));
  if (!found.length) return null;
  return {
    found: true,
    lines: found.map((t) => targetLine(index.plans.get(t.planId)!, t)),
    targets: found.map((t) => ({ plan: index.plans.get(t.planId)!.title, year: t.year, text: t.text })),
    tasks: [],
  };
}
