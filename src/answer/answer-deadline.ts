// Deadlines of a task (智慧燃气表什么时候设计完成？) or of a period (下个月到期的任务, relative to now).
import { parsePeriod } from './period.ts';
import { targetLine, taskLine } from './compose.ts';
import { scoreTargets, targetTopic } from './answer-target.ts';
import { answerTask, findTasks, notFound, type Ctx, type Draft } from './index.ts';
import type { AnswerTask } from './types.ts';
import { matchKey } from '../text/match-key.ts';
import { planIndex } from './plan-index.ts';

export function answerDeadline(ctx: Ctx): Draft {
  const period = parsePeriod(ctx.q, ctx.now);
  // 下个月到期的任务: once the period and 到期 are out, no topic is left.
  const topic = (period ? ctx.topic.replace(matchKey(period.label), '').replace(/到期|截止|完成|的|有|哪些/g, '') : ctx.topic)
    .replace(/^\|+|\|+$/g, '')
    .replace(/\|{2,}/g, '|');
  if (topic.length >= 2) {
    const matches = findTasks({ ...ctx, topic });
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
      return { found: true, lines, tasks };
    }
    if (!period) return notFound(`“${topic.replace(/\|/g, '').slice(0, 30)}”这项任务或期限`);
  }
  if (!period) return notFound('这个期限');
  const due = ctx.reader.deadlinesBetween(period.from, period.to).filter((d) => !ctx.planIds || ctx.planIds.has(d.planId));
  if (!due.length) return notFound(`在${period.label}（${period.from}至${period.to}）到期的任务`);
  const lines = [`${period.label}（${period.from}至${period.to}）到期的任务：`];
  const tasks: AnswerTask[] = [];
  for (const d of due) {
    const task = ctx.reader.task(d.taskId)!;
    const plan = planIndex(ctx.reader).plans.get(d.planId)!;
    tasks.push(answerTask(task, plan));
    lines.push(`${d.date} ${taskLine(plan, task)}：${d.text}`);
  }
  return { found: true, lines, tasks };
}

function datedTargets(ctx: Ctx, topic: string): Draft | null {
  const key = targetTopic(topic);
  if (key.length < 2) return null;
  const index = planIndex(ctx.reader);
  const pool = index.targets.filter((t) => t.year != null && (!ctx.planIds || ctx.planIds.has(t.planId)) && (ctx.year == null || t.year === ctx.year));
  const found = scoreTargets(index, key, pool);
  if (!found.length) return null;
  return {
    found: true,
    lines: found.map((t) => targetLine(index.plans.get(t.planId)!, t)),
    targets: found.map((t) => ({ plan: index.plans.get(t.planId)!.title, year: t.year, text: t.text })),
    tasks: [],
  };
}
