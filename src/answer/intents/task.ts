// A task by its title, words of it or its number: where it stands, its units, deadlines and text.
import { noUnitLine, roleLines, taskLine, unitsOfTask } from '../compose.ts';
import { topicLabel, type Ctx, type Draft } from '../context.ts';
import { tasksToShow, wholeTasks } from '../find-tasks.ts';

export function answerTaskDetails(ctx: Ctx): Draft {
  const found = tasksToShow(ctx, `${topicLabel(ctx)}这项任务`, wholeTasks(ctx));
  if ('reply' in found) return found.reply;
  const lines: string[] = [];
  const units: string[] = [];
  for (const { m, task, plan } of found.shown) {
    const u = unitsOfTask(ctx.reader, m.taskId, m.via === 'clause' ? m.refId : null);
    units.push(...(u.lead.length ? u.lead : u.responsible));
    lines.push(taskLine(plan, task));
    if (task.path.length) lines.push(`位置：${task.path.join(' › ')}`);
    const r = roleLines(u, null);
    lines.push(...(r.length ? r : [noUnitLine(plan)]));
    for (const d of ctx.reader.deadlinesOfTask(task.id)) lines.push(`期限：${d.date}（${d.text}）`);
    if (task.body) lines.push(`内容：${task.body.length > 120 ? `${task.body.slice(0, 120)}…` : task.body}`);
  }
  return { found: true, lines, units: [...new Set(units)], tasks: found.tasks, subject: found.subject };
}
