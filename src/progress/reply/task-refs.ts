// Stage 2: the task numbers a reply names, as the plan writes them (3, 1.2, s2), and the clauses
// each group of them heads: 任务1.2已完成；任务2.3完成过半 → two clauses. Names listed together
// (任务7、任务8 / 任务7和8) head one clause about both.
import { chineseNumber } from './cn-number.ts';
import { matchesAt } from './pieces.ts';
import type { Clause, ReplyDoc } from './types.ts';

// 任务3 / 任务 1.2 / 任务s2 / task 3 / #3 / 第12项任务 / 第三项; a figure right after is not a task (任务3%).
export const TASK_REF = /(?:任务|[tT][aA][sS][kK]\s*|#)\s*(?:第\s*)?([sS]?\d{1,3}(?:\.\d{1,2})*|[一二三四五六七八九十]{1,3})(?![\d%.万亿千个])|第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:项|条|个任务|号任务)/uy;
// Every first character TASK_REF can match.
export const TASK_REF_STARTS = /[任tT#第]/gu;
// 、8 / 和8 / 及任务8 right after a reference: the list continues (任务7、8分别…).
// Sticky: read at the end of a reference, without copying the rest of the text.
const LIST_MORE = /\s*(?:[、,，/和及与]|以及)\s*(?:任务\s*)?([sS]?\d{1,3}(?:\.\d{1,2})*)(?![\d%.万亿千个])/uy;
// Between two references, only list punctuation: they head one clause.
const LIST_GAP = /^\s*(?:[、,，/和及与]|以及)?\s*$/u;

/** 三 → 3, 十二 → 12, 二十 → 20; s2 / 1.2 as written. */
function ordinal(s: string): string {
  if (/^\d/.test(s) || /^s/i.test(s)) return s.toLowerCase();
  return String(chineseNumber(s) ?? s);
}

interface Ref {
  task: string;
  start: number;
  end: number;
}

function listMore(text: string, at: number): RegExpExecArray | null {
  LIST_MORE.lastIndex = at;
  return LIST_MORE.exec(text);
}

// 任务s1完成约七成，s2尚未启动: once a reply has named an s-numbered task, a later clause opening on
// a bare s-number names another (an s-number is never a figure; a bare 2 or 2.3 may be, so not those).
const BARE_S_REF = /(?<=[，,；;。\s])[sS]\d{1,3}(?:\.\d{1,2})*(?![\d%.])/gu;

function bareSRefs(text: string, refs: Ref[]): Ref[] {
  if (!refs.some((r) => r.task.startsWith('s'))) return [];
  const out: Ref[] = [];
  BARE_S_REF.lastIndex = 0;
  for (let m = BARE_S_REF.exec(text); m; m = BARE_S_REF.exec(text)) {
    const start = m.index;
    if (!refs.some((r) => start >= r.start && start < r.end)) out.push({ task: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

export function findTaskRefs(text: string): Ref[] {
  const refs: Ref[] = [];
  for (const m of matchesAt(text, TASK_REF_STARTS, TASK_REF)) {
    const start = m.index;
    let end = start + m[0].length;
    refs.push({ task: ordinal(m[1] ?? m[2]), start, end });
    for (let more = listMore(text, end); more; more = listMore(text, end)) {
      refs.push({ task: more[1].toLowerCase(), start: end, end: end + more[0].length });
      end += more[0].length;
    }
  }
  refs.push(...bareSRefs(text, refs));
  return refs.sort((a, b) => a.start - b.start).filter((r, i, all) => i === 0 || r.start >= all[i - 1].end);
}

function newClause(tasks: string[], start: number, text: string): Clause {
  return { tasks, start, text, status: null, percent: null, respectivePercents: [], stepDone: false, onlyStep: false };
}

export function taskRefs(doc: ReplyDoc): ReplyDoc {
  const refs = findTaskRefs(doc.text);
  const tasks = [...new Set(refs.map((r) => r.task))];
  // Group references separated only by list punctuation.
  const groups: Array<{ tasks: string[]; start: number; end: number }> = [];
  for (const r of refs) {
    const last = groups.at(-1);
    if (last && LIST_GAP.test(doc.text.slice(last.end, r.start))) {
      if (!last.tasks.includes(r.task)) last.tasks.push(r.task);
      last.end = r.end;
    } else if (last && last.tasks.length === 1 && last.tasks[0] === r.task) {
      // 任务4（…）进展：…任务4…: the same task named again stays in its clause.
      last.end = r.end;
    } else groups.push({ tasks: [r.task], start: r.start, end: r.end });
  }
  // One array, filled one way, for one clause or several: the later stages' code then sees one kind of
  // array (a literal here and a map() there made V8 drop and rebuild their optimised code, bench).
  const clauses: Clause[] = [];
  if (groups.length < 2) clauses.push(newClause(groups[0]?.tasks ?? [], 0, doc.text));
  // Text before the first reference (关于任务4…) belongs to the first clause.
  else {
    groups.forEach((g, i) => {
      const start = i === 0 ? 0 : g.start;
      const end = i + 1 < groups.length ? groups[i + 1].start : doc.text.length;
      clauses.push(newClause(g.tasks, start, doc.text.slice(start, end)));
    });
  }
  return { ...doc, tasks, clauses };
}
