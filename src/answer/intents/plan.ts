// Plan facts and lists: 扬帆计划有多少项任务 / 谁印发的 / 有哪些计划 / 有哪些重点工程.
import { planOverview, taskLine } from '../compose.ts';
import { answerTask, notFound, type Ctx, type Draft } from '../context.ts';
import { planIndex, targetsOfPlan } from '../plan-index.ts';
import { taskHeadsOfPlan } from '../../store/answer-reader.ts';
import type { AnswerTask } from '../types.ts';

export function answerPlan(ctx: Ctx): Draft {
  const plans = ctx.plans ?? [...planIndex(ctx.reader).plans.values()];
  if (!plans.length) return notFound('任何计划');
  if (!ctx.plans) {
    const lines = [`我掌握的计划（${plans.length}个）：`, ...plans.slice(0, 40).map((p) => `《${p.title}》（${p.shortName}）：${p.taskCount}项任务${p.period ? `，${p.period.start}–${p.period.end}年` : ''}`)];
    return { found: true, lines };
  }
  const lines: string[] = [];
  const index = planIndex(ctx.reader);
  // 有哪些重点工程 / 专栏 / 保障措施: only the tasks of that kind; 任务清单: every task cited.
  const kind = /工程|专栏/.test(ctx.q) ? 'column' : /保障措施/.test(ctx.q) ? 'safeguard' : null;
  const listTasks = kind != null || /(?:哪些|什么|所有)(?:重点)?(?:任务|工作)|任务(?:清单|列表|目录)/.test(ctx.q);
  const tasks: AnswerTask[] = [];
  for (const p of plans) {
    const list = taskHeadsOfPlan(ctx.store, p.id);
    lines.push(planOverview(p, list, targetsOfPlan(index, p.id).length));
    if (listTasks) {
      for (const t of list.filter((x) => kind == null || x.kind === kind)) {
        lines.push(taskLine(p, t));
        tasks.push(answerTask(t, p));
      }
    }
  }
  return { found: true, lines, tasks };
}
