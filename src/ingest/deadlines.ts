// Time limits inside a task: `2020年10月底前` → 2020-10-31, `力争2020年9月底前` → 2020-09-30,
// `2021年底前` → 2021-12-31, `2022年上半年` → 2022-06-30, `完成时限：2022年12月` → 2022-12-31.
// The date is the last day of the period named (../shared/spec/plan-json.md); `到2022年(底)` is a
// target year, not a deadline (issue 2, item 8). Impossible dates (2022年13月) are dropped, never thrown.
import type { Deadline } from './types.ts';
import { findYearPhrases, isoDate, lastDayOfMonth, normalizeDigits } from './year-phrase.ts';

// A clause ends at these; a bracket that encloses the phrase bounds it too, so
// `建设项目(2021年底前完成)` gives `2021年底前完成`, while `各县(区)` inside a clause is kept.
const CLAUSE_END = new Set([...',，。；;！!？?\n\r']);
const OPEN = new Set([...'(（[【']);
const CLOSE = new Set([...')）]】']);
const MAX_SIDE = 80; // a clause longer than this each side of its phrase is cut there

interface Clauses {
  start(at: number): number;
  end(at: number): number;
}

// One linear pass: the previous and next clause end of every index, and the bracket around it.
function indexClauses(text: string): Clauses {
  const n = text.length;
  const prevEnd = new Int32Array(n + 1);
  const nextEnd = new Int32Array(n + 1);
  const enclosing = new Int32Array(n + 1).fill(-1); // index of the open bracket around i
  const closeOf = new Map<number, number>();
  const stack: number[] = [];
  let last = 0;
  for (let i = 0; i < n; i++) {
    prevEnd[i] = last;
    const c = text[i];
    enclosing[i] = stack.length > 0 ? stack[stack.length - 1] : -1;
    if (CLAUSE_END.has(c)) last = i + 1;
    else if (OPEN.has(c)) stack.push(i);
    else if (CLOSE.has(c) && stack.length > 0) closeOf.set(stack.pop() as number, i);
  }
  prevEnd[n] = last;
  enclosing[n] = stack.length > 0 ? stack[stack.length - 1] : -1;
  let next = n;
  for (let i = n; i >= 0; i--) {
    if (i < n && CLAUSE_END.has(text[i])) next = i;
    nextEnd[i] = next;
  }
  return {
    start: (at) => Math.max(prevEnd[at], enclosing[at] + 1),
    end: (at) => {
      const open = enclosing[at];
      const close = open >= 0 ? (closeOf.get(open) ?? n) : n;
      return Math.min(nextEnd[at], close);
    },
  };
}

// `2021年6月底前完成A，9月底前完成B`: a month limit with no year of its own takes the year of the
// dated limit before it in the same text.
const YEARLESS = /(?<![\d年])(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:(\d{1,2})[日号])?(底|末|中旬|上旬|下旬)?(?:之前|以前|前)(?!后)/g;
const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function yearless(norm: string, from: number, to: number, year: number): Array<{ at: number; end: number; date: string }> {
  const out: Array<{ at: number; end: number; date: string }> = [];
  // on the slice between two year phrases only, so the scans add up to one pass over the text
  const part = norm.slice(from, to);
  for (const m of part.matchAll(YEARLESS)) {
    const month = /^\d+$/.test(m[1]) ? Number(m[1]) : (CN[m[1]] ?? 0);
    if (month < 1 || month > 12) continue;
    const when = m[3];
    const day = m[2] ? Number(m[2]) : when === '上旬' ? 10 : when === '中旬' ? 20 : lastDayOfMonth(year, month);
    const date = isoDate(year, month, day);
    if (date) out.push({ at: from + m.index, end: from + m.index + m[0].length, date });
  }
  return out;
}

/** The deadlines named in `text` (a task body, Simplified), in order, each with its clause. */
export function extractDeadlines(text: string): Deadline[] {
  const norm = normalizeDigits(text);
  const out: Deadline[] = [];
  const seen = new Set<string>();
  let clauses: Clauses | null = null;
  const push = (start: number, end: number, date: string): void => {
    clauses ??= indexClauses(norm);
    const from = Math.max(clauses.start(start), start - MAX_SIDE);
    const clause = text.slice(from, Math.min(clauses.end(end), end + MAX_SIDE)).trim();
    const key = `${date}\u0000${clause}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ date, text: clause });
  };
  const phrases = findYearPhrases(norm);
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i];
    if (!p.deadline) continue;
    push(p.start, p.end, p.deadline);
    const next = i + 1 < phrases.length ? phrases[i + 1].start : norm.length;
    for (const y of yearless(norm, p.end, next, p.year)) push(y.at, y.end, y.date);
  }
  return out;
}
