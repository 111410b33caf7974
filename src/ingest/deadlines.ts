// Time limits inside a task: `2020年10月底前` → 2020-10-31, `力争2020年9月底前` → 2020-09-30,
// `2021年底前` → 2021-12-31, `2022年上半年` → 2022-06-30, `完成时限：2022年12月` → 2022-12-31.
// The date is the last day of the period named (../shared/spec/plan-json.md); `到2022年(底)` is a
// target year, not a deadline (issue 2, item 8). Impossible dates (2022年13月) are dropped, never thrown.
import type { Deadline } from './types.ts';
import { findYearPhrases, normalizeDigits } from './year-phrase.ts';

// A clause ends at these; a bracket that encloses the phrase bounds it too, so
// `建设项目(2021年底前完成)` gives `2021年底前完成`, while `各县(区)` inside a clause is kept.
const CLAUSE_END = new Set([...',，。；;！!？?\n\r']);
const OPEN = new Set([...'(（[【']);
const CLOSE = new Set([...')）]】']);
const MAX_SIDE = 150; // a clause longer than this each side is no clause: cut it

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

/** The deadlines named in `text` (a task body, Simplified), in order, each with its clause. */
export function extractDeadlines(text: string): Deadline[] {
  const norm = normalizeDigits(text);
  const out: Deadline[] = [];
  const seen = new Set<string>();
  let clauses: Clauses | null = null;
  for (const p of findYearPhrases(norm)) {
    if (!p.deadline) continue;
    clauses ??= indexClauses(norm);
    const from = Math.max(clauses.start(p.start), p.start - MAX_SIDE);
    const clause = text.slice(from, Math.min(clauses.end(p.end), p.end + MAX_SIDE)).trim();
    const key = `${p.deadline}\u0000${clause}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ date: p.deadline, text: clause });
  }
  return out;
}
