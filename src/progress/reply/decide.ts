// Stage 9: the reading as one answer (reply-json.md): the clauses become the reply's status and
// percent and, for several tasks, perTask; then `sure`. Not sure — and so asked back, never stored
// (issue 11) — where the reply names no task and the unit holds several, names a task the unit does
// not hold, says nothing readable, rests on a finished step alone, or breaks a rule (120%, 13月).
import type { Clause, ProgressStatus, ReplyDoc, ReplyReading, TaskFigure } from './types.ts';

function statusOfPercent(p: number | null): ProgressStatus | null {
  if (p === null) return null;
  return p >= 100 ? '已完成' : p > 0 ? '推进中' : '未开始';
}

function figuresOf(clauses: Clause[]): TaskFigure[] {
  const out: TaskFigure[] = [];
  for (const c of clauses) {
    c.tasks.forEach((task, i) => {
      const percent = c.respectivePercents.length ? c.respectivePercents[i] : c.percent;
      const status = c.status === '已完成' && percent !== null && percent < 100 ? '推进中' : c.status ?? statusOfPercent(percent);
      if (!out.some((f) => f.task === task)) out.push({ task, status, percent });
    });
  }
  return out;
}

function same<T>(values: T[]): T | null {
  return values.length && values.every((v) => v === values[0]) ? values[0] : null;
}

const PROBLEM_QUESTION: Record<string, string> = {
  empty: '内容为空：请写明进展，如“任务3 推进中 60%”或“本周无新进展”。',
  noise: '没有读到进展内容：请写明状态（推进中/已完成/滞后/受阻/未开始）、百分比或“本周无新进展”。',
  too_long: '内容过长：请精简到 2000 字以内再发。',
  percent_over_100: '进度不能超过 100%：请填 0–100 之间的百分比。',
  percent_negative: '进度不能为负数：请填 0–100 之间的百分比。',
  bad_date: '日期不存在：请检查月份（1–12）和日期。',
};

function listTasks(tasks: string[]): string {
  return tasks.map((t) => `任务${t}`).join('、');
}

export type DoubtCode = 'problem' | 'nothing_read' | 'foreign_task' | 'which_task' | 'step_only';
export interface Doubt {
  code: DoubtCode;
  question: string;
}

/** Why the reading is a guess, and the one short question to ask back; null when it is not. */
export function doubtOf(doc: ReplyDoc, r: Omit<ReplyReading, 'sure' | 'question'>, skip: DoubtCode[] = []): Doubt | null {
  const doubt = (code: DoubtCode, question: string): Doubt | null => (skip.includes(code) ? null : { code, question });
  if (doc.problem) return doubt('problem', PROBLEM_QUESTION[doc.problem] + (doc.problemDetail ? `（${doc.problemDetail}）` : ''));
  const unitTasks = doc.options.unitTasks;
  const says = r.status !== null || r.percent !== null || r.metrics.length > 0 || r.noChange || r.perTask.some((f) => f.status !== null || f.percent !== null);
  if (!says) return doubt('nothing_read', '没有读到进展：请说明任务的进展，如“任务3 推进中 60%”，或回复“本周无新进展”。');
  const foreign = unitTasks.length ? r.tasks.filter((t) => !unitTasks.includes(t)) : [];
  const d1 = foreign.length ? doubt('foreign_task', `${listTasks(foreign)} 不在本单位的任务中（${listTasks(unitTasks)}），请确认任务编号。`) : null;
  if (d1) return d1;
  // 本周无新进展 alone may stand for all of the unit's tasks.
  const which = !r.tasks.length && unitTasks.length > 1 && !(r.noChange && r.status === null && r.percent === null);
  const d2 = which ? doubt('which_task', `请问是哪项任务（${listTasks(unitTasks)}）？回复如“任务${unitTasks[0]} ${r.percent !== null ? `${r.percent}%` : '推进中'}”。`) : null;
  if (d2) return d2;
  const step = doc.clauses.find((c) => c.onlyStep);
  if (step) return doubt('step_only', `${step.tasks.length ? listTasks(step.tasks) : '该任务'}是已全部完成，还是只完成了其中一步？请回复“已完成”或进度（如“推进中 60%”）。`);
  return null;
}

export function decide(doc: ReplyDoc): ReplyReading {
  // figuresOf of no clauses, not a literal []: one kind of array for the code below (bench).
  const perTask = figuresOf(doc.tasks.length > 1 ? doc.clauses : []);
  const single = doc.clauses.length === 1 && !doc.clauses[0].respectivePercents.length ? doc.clauses[0] : null;
  const status = single ? single.status : same(perTask.map((f) => f.status));
  const percent = single ? single.percent : same(perTask.map((f) => f.percent));
  const reading = {
    reply: doc.raw, status, percent, tasks: doc.tasks, perTask, metrics: doc.metrics,
    expected: doc.expected, blocker: doc.blocker, noChange: doc.noChange,
  };
  const d = doubtOf(doc, reading);
  // Written out, not spread: a spread of a ten-field object cost as much as the doubts (bench).
  return {
    reply: reading.reply, status, percent, tasks: reading.tasks, perTask, metrics: reading.metrics,
    expected: reading.expected, blocker: reading.blocker, noChange: reading.noChange, sure: d === null, question: d?.question ?? null,
  };
}

/** The reading without its verdict, for callers that weigh the doubts themselves (record.ts). */
export function readingOf(doc: ReplyDoc): Omit<ReplyReading, 'sure' | 'question'> {
  const { sure: _s, question: _q, ...rest } = decide(doc);
  return rest;
}
