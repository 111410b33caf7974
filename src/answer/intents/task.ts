// A task by its title, words of it or its number: where it stands, its units, deadlines and text.
import { noUnitLine, roleLines, taskLine, unitsOfTask } from '../compose.ts';
import { answerTask, notFound, topicLabel, type Ctx, type Draft } from '../context.ts';
import { findTasks } from '../find-tasks.ts';
import { planIndex } from '../plan-index.ts';
import type { AnswerTask } from '../types.ts';

export function answerTaskDetails(ctx: Ctx): Draft {
  const found = findTasks(ctx);
  if (found.askBack) return found.askBack;
  if (!found.matches.length) return notFound(`${topicLabel(ctx)}这项任务`);
  const lines: string[] = [];
  const units: string[] = [];
  const tasks: AnswerTask[] = [];
  for (const m of found.matches) {
    const task = ctx.reader.task(m.taskId)!;
    const plan = planIndex(ctx.reader).plans.get(m.planId)!;
    tasks.push(answerTask(task, plan));
    const u = unitsOfTask(ctx.reader, m.taskId, m.via === 'clause' ? m.refId : null);
    units.push(...(u.lead.length ? u.lead : u.responsible));
    lines.push(taskLine(plan, task));
    if (task.path.length) lines.push(`位置：${task.path.join(' › ')}`);
    const r = roleLines(u, null);
    lines.push(...(r.length ? r : [noUnitLine(plan)]));
    for (const d of ctx.reader.deadlinesOfTask(task.id)) lines.push(`期限：${d.date}（${d.text}）`);
    if (task.body) lines.push(`内容：${task.body.length > 120 ? `${task.body.slice(0, 120)}…` : task.body}`);
  }
  return { found: true, lines, units: [...new Set(units)], tasks, subject: found.matches.map((m) => m.taskId) };
}
