// Time limits inside a task: `2020年10月底前` → 2020-10-31, `力争2020年9月底前` → 2020-09-30,
// `2021年底前` → 2021-12-31, `2022年上半年` → 2022-06-30, `完成时限：2022年12月` → 2022-12-31.
// The date is the last day of the period named (../shared/spec/plan-json.md); `到2022年(底)` is a
// target year, not a deadline (issue 2, item 8). Impossible dates (2022年13月) are dropped, never thrown.
import type { Deadline } from './types.ts';
import { findYearPhrases, normalizeDigits } from './year-phrase.ts';

// A clause ends at these; brackets are handled apart so `(2021年底前完成)` is its own clause.
const CLAUSE_END = /[,，。；;！!？?\n\r]/;
const OPEN = '(（[【';
const CLOSE = ')）]】';
const MAX_CLAUSE = 200; // bounds each scan, so a pathological text stays linear

function clauseStart(text: string, from: number): number {
  let depth = 0;
  const stop = Math.max(0, from - MAX_CLAUSE);
  for (let i = from - 1; i >= stop; i--) {
    const c = text[i];
    if (CLAUSE_END.test(c)) return i + 1;
    if (CLOSE.includes(c)) depth++;
    else if (OPEN.includes(c)) {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return stop;
}

function clauseEnd(text: string, from: number): number {
  let depth = 0;
  const stop = Math.min(text.length, from + MAX_CLAUSE);
  for (let i = from; i < stop; i++) {
    const c = text[i];
    if (CLAUSE_END.test(c)) return i;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return stop;
}

/** The deadlines named in `text` (a task body, Simplified), in order, each with its clause. */
export function extractDeadlines(text: string): Deadline[] {
  const norm = normalizeDigits(text);
  const out: Deadline[] = [];
  const seen = new Set<string>();
  for (const p of findYearPhrases(norm)) {
    if (!p.deadline) continue;
    const clause = text.slice(clauseStart(norm, p.start), clauseEnd(norm, p.end)).trim();
    const key = `${p.deadline}\u0000${clause}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ date: p.deadline, text: clause });
  }
  return out;
}
