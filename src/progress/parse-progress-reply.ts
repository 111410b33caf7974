// parseProgressReply: the reply reader (progress/reply) in the shape the older callers take
// ({ ok, status, percent, taskRefs, metricValues }), with the plan's task titles and target metrics
// as context. The reading itself — negation, fractions, steps, dates — is all in progress/reply.
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { toPlanMetrics } from './plan-metrics.ts';
import type { StoredMetric } from './record-input.ts';
import { readReplyDoc, readingOf, stripInvisible, STATUSES, type ProgressStatus, type ReplyProblem } from './reply/index.ts';
import { tasksNamedByTitle } from './task-titles.ts';

export { STATUSES, type ProgressStatus };
export type MetricValue = StoredMetric;

export interface ParseContext {
  tasks: Array<{ id: string; title: string }>;
  metrics: Array<{ name: string; unit: string | null }>;
}

export type ParseCode = ReplyProblem | 'unknown_task';

export type ParsedReply =
  | { ok: true; status?: ProgressStatus; percent?: number; taskRefs: string[]; metricValues: MetricValue[]; note: string; noChange: boolean; expected: string | null; blocker: string | null }
  | { ok: false; code: ParseCode; message: string };

const EMPTY_CONTEXT: ParseContext = { tasks: [], metrics: [] };

/** What a reply that cannot be read gets back, per problem (also the chat path's wording). */
export const REPLY_PROBLEM_MESSAGES: Record<ReplyProblem, string> = {
  empty: '内容为空：请写明进展，如“任务3 推进中 60%”或“本周无新进展”。',
  noise: '没有读到进展内容：请写明状态（推进中/已完成/滞后/受阻/未开始）、百分比或“本周无新进展”。',
  too_long: '内容过长：请精简到 2000 字以内。',
  percent_over_100: '进度不能超过 100%：请填 0–100 之间的百分比。',
  percent_negative: '进度不能为负数：请填 0–100 之间的百分比。',
  bad_date: '日期不存在：请检查月份（1–12）和日期。',
};

/** Understands one progress reply. ctx lists the plan's tasks and target metrics (both optional). */
export function parseProgressReply(input: string, ctx: ParseContext = EMPTY_CONTEXT, week = '2022-W10'): ParsedReply {
  const doc = readReplyDoc(typeof input === 'string' ? input : '', { week });
  if (doc.problem) return { ok: false, code: doc.problem, message: REPLY_PROBLEM_MESSAGES[doc.problem] + (doc.problemDetail ? `（${doc.problemDetail}）` : '') };
  const r = readingOf(doc);
  const refs = [...new Set([...r.tasks, ...tasksNamedByTitle(doc.text, ctx.tasks)])];
  const unknown = ctx.tasks.length ? refs.find((t) => !ctx.tasks.some((x) => x.id.toLowerCase() === t)) : undefined;
  if (unknown) return { ok: false, code: 'unknown_task', message: `找不到任务 ${unknown}：本规划的任务编号为 ${ctx.tasks.slice(0, 12).map((t) => t.id).join('、')}。` };
  const metricValues = toPlanMetrics(r.metrics, ctx.metrics);
  const says = r.status !== null || r.percent !== null || metricValues.length > 0 || r.noChange || refs.length > 0 || r.perTask.length > 0;
  // A note alone is a report only when it says something (more than a word or two).
  const meaningful = doc.text.replace(/[\s\p{P}\p{S}\p{Extended_Pictographic}\p{M}]/gu, '');
  if (!says && meaningful.length < 4) return { ok: false, code: 'noise', message: REPLY_PROBLEM_MESSAGES.noise };
  return {
    ok: true, status: r.status ?? undefined, percent: r.percent ?? undefined, taskRefs: refs, metricValues,
    note: stripInvisible(input).trim(), noChange: r.noChange && r.status === null && r.percent === null, expected: r.expected, blocker: r.blocker,
  };
}

/** The plan's tasks and target metrics, as parseProgressReply wants them. */
export function parseContextOf(store: Store, planId: number): ParseContext {
  const reader = planReader(store);
  const metrics = new Map<string, { name: string; unit: string | null }>();
  for (const t of reader.targets({ planId })) for (const m of t.metrics) if (!metrics.has(m.name)) metrics.set(m.name, { name: m.name, unit: m.unit });
  return { tasks: reader.tasksOfPlan(planId).map((t) => ({ id: t.number, title: t.title })), metrics: [...metrics.values()] };
}

export { normaliseText as normalizeReply } from './reply/index.ts';
