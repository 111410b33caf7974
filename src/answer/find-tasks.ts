// The tasks a question is about: those the conversation fixed (a follow-up, a pick), a task
// number (任务4; in several plans and no plan named → ask back which), or retrieval over the topic.
import type { StoredPlan, StoredTask } from '../store/rows.ts';
import { taskLine } from './compose.ts';
import { answerTask, notFound, type Ctx, type Draft } from './context.ts';
import type { AnswerTask } from './types.ts';
import { planIndex } from './plan-index.ts';
import { topicVariants } from './synonyms.ts';
import { closeCandidates, pickPerPlan, rankTasks, type TaskMatch } from './resolve-task.ts';

export type Found = { matches: TaskMatch[]; askBack?: undefined } | { matches: TaskMatch[]; askBack: Draft };

function fromIds(ctx: Ctx, ids: number[]): TaskMatch[] {
  return ids
    .map((id) => ctx.reader.task(id))
    .filter((t): t is StoredTask => t != null)
    .map((t) => ({ taskId: t.id, planId: t.planId, score: 1, via: 'title' as const, refId: null }));
}

/** 任务1谁牵头 with 任务1 in several plans: a numbered list to pick from. */
export function askWhich(ctx: Ctx, matches: TaskMatch[], why: string): Draft {
  const index = planIndex(ctx.reader);
  const shown = matches.slice(0, 9);
  const lines = [why, ...shown.map((m, i) => `${i + 1}. ${taskLine(index.plans.get(m.planId)!, ctx.reader.task(m.taskId)!)}`)];
  lines.push(`请回复编号（如“${Math.min(2, shown.length)}”或“第${shown.length > 1 ? '二' : '一'}个”）。`);
  return { found: true, lines, units: [], tasks: [], choices: shown.map((m) => m.taskId) };
}

/** Retrieval over the topic and its synonym spellings (synonyms.ts): the best score of each task. */
function rankWithSynonyms(ctx: Ctx): TaskMatch[] {
  const best = new Map<number, TaskMatch>();
  for (const topic of topicVariants(ctx.topic)) {
    // The question's own words already fit a task well: no synonym can make that clearer.
    if (topic !== ctx.topic && [...best.values()].some((m) => m.score >= 0.9)) break;
    for (const m of rankTasks(ctx.reader, topic, ctx.planIds)) {
      const prev = best.get(m.taskId);
      if (!prev || m.score > prev.score) best.set(m.taskId, m);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.taskId - b.taskId);
}

export function findTasks(ctx: Ctx): Found {
  if (ctx.subject?.length) return { matches: fromIds(ctx, ctx.subject) };
  const number = ctx.slots.taskNumber;
  if (number != null) {
    const plans = ctx.plans ?? [...planIndex(ctx.reader).plans.values()];
    const found = plans
      .map((p) => ctx.reader.taskByNumber(p.id, number))
      .filter((t): t is StoredTask => t != null)
      .map((t) => ({ taskId: t.id, planId: t.planId, score: 1, via: 'title' as const, refId: null }));
    if (found.length > 1 && !ctx.plans) return { matches: [], askBack: askWhich(ctx, found, `任务${number}在${found.length}个计划里都有，问的是哪一个？`) };
    if (found.length) return { matches: found };
  }
  const ranked = rankWithSynonyms(ctx);
  const close = closeCandidates(ranked);
  if (close.length > 1) return { matches: [], askBack: askWhich(ctx, close, `有${close.length}项任务都接近“${ctx.topic.replace(/\|/g, '')}”，问的是哪一项？`) };
  return { matches: pickPerPlan(ranked, 8) };
}

/** One task an answer shows: how it matched, its plan, and the row the answerer reads. */
export interface Shown<T> {
  m: TaskMatch;
  task: T;
  plan: StoredPlan;
}

export type ToShow<T> = { shown: Array<Shown<T>>; tasks: AnswerTask[]; subject: number[] } | { reply: Draft };

/**
 * The tasks the question is about, each with its plan, and the answer's task list; or the reply
 * that stands instead (an ask-back, or "no such task" naming `missing`). `rowsOf` reads the rows
 * the answerer needs (numbers and titles only, or whole tasks).
 */
export function tasksToShow<T extends Pick<StoredTask, 'number' | 'title'>>(ctx: Ctx, missing: string, rowsOf: (ids: number[]) => Map<number, T>): ToShow<T> {
  const found = findTasks(ctx);
  if (found.askBack) return { reply: found.askBack };
  if (!found.matches.length) return { reply: notFound(missing) };
  const rows = rowsOf(found.matches.map((m) => m.taskId));
  const plans = planIndex(ctx.reader).plans;
  const shown = found.matches.map((m) => ({ m, task: rows.get(m.taskId)!, plan: plans.get(m.planId)! }));
  return { shown, tasks: shown.map((s) => answerTask(s.task, s.plan)), subject: found.matches.map((m) => m.taskId) };
}

/** Whole task rows (body, path, task key) by id, for tasksToShow. */
export function wholeTasks(ctx: Ctx): (ids: number[]) => Map<number, StoredTask> {
  return (ids) => new Map(ids.map((id) => [id, ctx.reader.task(id)!]));
}
