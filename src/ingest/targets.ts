// Year targets from the goals section and from inside tasks and columns (issue 2, item 8):
//   `到2023年,…` / `2022年,…` / `到2020年年底,…` / `力争到2022年…`        → a target of that year
//   a goals `——` bullet or paragraph with no year of its own               → the year of the goal above it
//   `2021年,…;2022年,…` in one paragraph                                   → one target per year
//   `2021年底前…` (a time limit), `结合2022年北京冬奥会` (an event)         → not targets
// Text: the exact Simplified substring from the year phrase to the end of the statement, final
// 。/，/； and a leading `——` removed (../shared/gold notes).
import type { Metric, Target } from './types.ts';
import type { TargetSegment } from './doc.ts';
import { metricsAt, parseMetrics } from './metrics.ts';
import { findYearPhrases, normalizeDigits, type YearPhrase } from './year-phrase.ts';
import { findQuantities } from './quantities.ts';

// The segments come from the ingest core (src/ingest/doc.ts); re-exported for callers and tests.
export type { TargetSegment };

export type UndatedTarget = Omit<Target, 'year'> & { year: null };
/** An undated statement whose section names its year (a heading or a `到2025年，…如下：` lead-in). */
export type SectionDatedTarget = UndatedTarget & { sectionYear?: number };

// `一、落实2019年经济社会发展总体要求和主要预期目标`, `二、2023年七个方面主要工作安排`: a heading that names
// the year its items are for
const YEAR_HEADING = /(\d{4})\s*年[^，,。；;]{0,24}?(?:目标|指标|任务|工作|计划)/;
// `到2025年，全市经济社会发展主要指标如下：` — the numbered items after it are that year's
const LEAD_IN = /如下\s*[:：]?\s*$/;
// `…提到，2020年，南昌市…实施100件左右的民生实事，其中，遴选了12件…。` right before the items: a clause that
// opens on its year, in a paragraph about the year's work, dates the list that follows it
const YEAR_CLAUSE = /(?:^|[，,。；;])\s*((?:19|20)\d{2})\s*年\s*[，,]/;
const WORK_WORD = /实施|安排|完成|推进|办好|部署/;

function listYear(text: string): number | null {
  const m = YEAR_CLAUSE.exec(normalizeDigits(text));
  return m && WORK_WORD.test(text) ? Number(m[1]) : null;
}

function headingYear(path: string[]): number | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const m = YEAR_HEADING.exec(normalizeDigits(path[i]));
    if (m) return Number(m[1]);
  }
  return undefined;
}

const BULLET = /^[\s—\-–－•·●■◆▪\u3000]+/;
// A bullet item: `——…`, `●城镇新增就业70万人以上`, `■…`
const BULLET_ITEM = /^[\s\u3000]*(?:[—\-–－]{1,2}|[●■◆▪•·])/;
// `2023年预期目标` / `2024年主要目标任务：` on a line of its own: the bullets below are that year's targets
const YEAR_GOALS_LINE = /^\s*(\d{4})\s*年[^，,。；;\d]{0,12}(?:目标|指标)(?:任务)?\s*[:：]?\s*$/;
// `总体目标是：到2025年，…；…；…。` — a goals statement in prose runs to the paragraph end, like a goals section
const GOAL_LEAD = /目标(?:是|为)?\s*[:：，,]?\s*$/;
// `…。2025年，力争全社会研发投入强度达到2.95%` — a sentence opening on its year and a goal verb
const SENTENCE_GOAL = /^\s*[，,]\s*(?:力争|争取|确保|全力|要|将)/;
const TRAILING = /[\s,，。；;、：:\u3000]+$/;
// by code, not `text[i]`: indexing a Chinese text makes a new one-character string every time
// 。；;！!？?\n compared in turn: a Set<number> lookup per character was the stage's largest line
function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f || c === 0x0a;
}
// `(一)总体目标。` — a heading that slipped into the segments carries no target of its own
const HEADING = /^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])/;

function isGoals(seg: TargetSegment): boolean {
  return seg.section === 'goals' || (seg.section === 'other' && seg.headingPath.some((h) => /目标/.test(h)));
}

function trimText(s: string): string {
  return s.replace(BULLET, '').replace(TRAILING, '');
}

function phrasesOf(text: string): YearPhrase[] {
  return findYearPhrases(normalizeDigits(text));
}

// In the goals section a statement runs to the next year phrase or the paragraph end (it may span
// `;` and `。`); inside a task it ends at its sentence or at the next dated phrase.
function statementEnd(text: string, from: number, next: number, wholeParagraph: boolean): number {
  if (wholeParagraph) return next;
  for (let i = from; i < next; i++) if (isSentenceEnd(text, i)) return i;
  return next;
}

// `2024年，全市政务服务事项网上可办率提高5个百分点` opening a paragraph (a 年度工作要点's goals
// under 总体要求): the year, a comma, and a quantity is a goal of that year, 到 or not.
// Mid-paragraph, a sentence that opens on its year needs a goal verb after the comma (`2025年，力争…`):
// `2022年，全市生产总值增长4.7%` in a background paragraph is a result, not a goal.
function opensParagraph(text: string, p: YearPhrase): boolean {
  const before = text.slice(0, p.start).replace(BULLET, '');
  const after = text.slice(p.yearEnd);
  const opens = before === '' ? /^\s*[，,]/.test(after) : /[。；;！!]\s*$/.test(before) && SENTENCE_GOAL.test(after);
  if (!opens) return false;
  return hasQuantity(text, p);
}

function hasQuantity(text: string, p: YearPhrase): boolean {
  const end = statementEnd(text, p.end, text.length, false);
  return findQuantities(normalizeDigits(text.slice(p.yearEnd, end))).length > 0;
}

// Outside tasks there is no task to hold a time limit: `2025年年底前，建成100个以上示范村` opening a
// sentence states a goal of 2025 (inside a task it stays that task's deadline).
function yearEndGoal(text: string, p: YearPhrase): boolean {
  if (p.deadline === null || !p.deadline.endsWith('-12-31')) return false;
  const before = text.slice(0, p.start).replace(BULLET, '');
  return (before === '' || /[。；;！!，,]\s*$/.test(before)) && hasQuantity(text, p);
}

// A line of a list with its bullet lost: short, no sentence end, a figure in it
function listLine(text: string): boolean {
  return text.length <= 60 && !/[。；;]/.test(text) && /\d/.test(text) && !HEADING.test(text.trim());
}

export function extractTargets(segments: TargetSegment[]): Target[] {
  const out: Target[] = [];
  // The year of the last goal paragraph, for the bullets below it. fromGoals false: a `到YYYY年`
  // paragraph outside a marked goals section, whose `——` bullets still elaborate it.
  // list: set by a `2023年预期目标` line, whose items may have lost their bullets (a PDF's text layer)
  let carry: { year: number; fromGoals: boolean; list?: boolean } | null = null;
  for (const seg of segments) {
    const text = seg.text;
    const goals = isGoals(seg);
    const inBody = seg.section === 'task' || seg.section === 'column';
    if (carry && (carry.fromGoals ? !goals : goals || inBody)) carry = null;
    const phrases = phrasesOf(text);
    // In the goals there are no tasks to hold a time limit, so `到2025年底前，…` is a goal of 2025.
    // Outside goals and tasks (a preamble, an interpretation article) only `到YYYY年` counts.
    const usable = phrases.filter((p) =>
      goals
        ? p.target || p.deadline !== null
        : (p.target && (inBody || /^(?:力争|争取|确保)?\s*(?:到|至)/.test(text.slice(p.start, p.yearEnd)) || opensParagraph(text, p))) ||
          (!inBody && yearEndGoal(text, p)),
    );
    // `2023年预期目标` alone on its line: a year for the bullets below, no target of its own
    const goalsLine = usable.length === 0 && !inBody ? YEAR_GOALS_LINE.exec(text) : null;
    if (goalsLine) {
      carry = { year: Number(goalsLine[1]), fromGoals: false, list: true };
      continue;
    }
    let k = 0; // phrases and usable are both in text order: one pointer keeps this linear
    for (const p of usable) {
      while (k < phrases.length && phrases[k].start <= p.start) k++;
      const next = k < phrases.length ? phrases[k].start : text.length;
      const whole = goals || GOAL_LEAD.test(text.slice(Math.max(0, p.start - 12), p.start));
      const body = trimText(text.slice(p.start, statementEnd(text, p.end, next, whole)));
      out.push({ year: p.year, text: body, taskId: seg.taskId, metrics: parseMetrics(body) });
    }
    if (usable.length > 0) {
      if (goals || !inBody) carry = { year: usable[usable.length - 1].year, fromGoals: goals };
      continue;
    }
    if (phrases.length > 0 || carry === null) continue;
    const bullet = BULLET_ITEM.test(text) || (carry.list === true && listLine(text));
    if (carry.fromGoals ? HEADING.test(text.trim()) && text.length < 40 : !bullet) {
      if (!carry.fromGoals) carry = null;
      continue;
    }
    const body = trimText(text);
    if (body.length > 0) out.push({ year: carry.year, text: body, taskId: seg.taskId, metrics: parseMetrics(body) });
  }
  return out;
}

// Statements with quantities but no year (a year would be a guess): recorded apart, never scored as
// targets. Standing rules (`每建成一个…给予2500元补助`) and `等4家` (a count of a list) are not goals.
// (`比例达到88%` is a goal; `按比例补助` a rule)
const RULE = /补助|补贴|奖励|资助|给予|按照|按.{0,4}比例|不超过.{0,6}元/;

export function extractUndatedTargets(segments: TargetSegment[]): SectionDatedTarget[] {
  const out: SectionDatedTarget[] = [];
  let goalYearSeen = false; // goals paragraphs below a dated one inherit its year (extractTargets)
  let leadIn: { year: number; path: string } | null = null;
  let prev: TargetSegment | null = null;
  for (const seg of segments) {
    const goals = isGoals(seg);
    if (!goals) goalYearSeen = false;
    const path = seg.headingPath.join('\n');
    if (leadIn && !path.startsWith(leadIn.path)) leadIn = null;
    const text = seg.text;
    const norm = normalizeDigits(text);
    const phrases = findYearPhrases(norm);
    if (seg.section === 'other' && LEAD_IN.test(text) && phrases.some((p) => p.target)) {
      leadIn = { year: phrases.find((p) => p.target)!.year, path };
    }
    // the paragraph just before the first item of a list
    if (seg.section === 'task' && prev?.section === 'other' && !leadIn) {
      const year = listYear(prev.text);
      if (year !== null) leadIn = { year, path: prev.headingPath.join('\n') };
    }
    prev = seg;
    if (seg.section === 'other' && !goals) continue;
    const sectionYear = leadIn?.year ?? headingYear(seg.headingPath);
    const before = out.length;
    if (goals && phrases.some((p) => p.target)) goalYearSeen = true;
    if (goals && goalYearSeen) continue;
    let sentenceStart = 0;
    let k = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !isSentenceEnd(text, i)) continue;
      const sentence = norm.slice(sentenceStart, i);
      const from = sentenceStart;
      sentenceStart = i + 1;
      while (k < phrases.length && phrases[k].start < from) k++;
      const dated = k < phrases.length && phrases[k].start < i;
      if (dated || RULE.test(sentence)) continue;
      pushClauses(out, seg, text.slice(from, i), sentence);
    }
    if (sectionYear !== undefined) for (let j = before; j < out.length; j++) out[j].sectionYear = sectionYear;
  }
  return out;
}

// The run of `,`-clauses that hold the quantities: `推动50家龙头骨干企业完成工业互联网内网改造`.
// Quantities and their names are read once over the sentence, then grouped by clause runs.
function pushClauses(out: UndatedTarget[], seg: TargetSegment, sentence: string, norm: string): void {
  const qs = findQuantities(norm).filter((q) => !/等\s*$/.test(norm.slice(Math.max(0, q.start - 2), q.start)));
  const items = metricsAt(norm, qs);
  if (items.length === 0) return;
  // clause i spans [bounds[i], bounds[i + 1] - 1); one pass, then a pointer per quantity
  const bounds = [0];
  for (let i = 0; i < norm.length; i++) if (norm[i] === ',' || norm[i] === '，') bounds.push(i + 1);
  bounds.push(norm.length + 1);
  const clauseOf = (at: number, from: number): number => {
    let c = from;
    while (c + 1 < bounds.length - 1 && bounds[c + 1] <= at) c++;
    return c;
  };
  let group: Metric[] = [];
  let first = 0;
  let last = -2;
  const flush = (): void => {
    if (group.length === 0) return;
    out.push({ year: null, text: trimText(sentence.slice(bounds[first], bounds[last + 1] - 1)), taskId: seg.taskId, metrics: group });
  };
  for (const { quantity: q, metric } of items) {
    const c = clauseOf(q.start, Math.max(last, 0));
    const cEnd = clauseOf(Math.max(q.start, q.tailEnd - 1), c);
    if (c > last + 1) {
      flush();
      group = [];
      first = c;
      last = cEnd;
    } else {
      last = Math.max(last, cEnd);
    }
    group.push(metric);
  }
  flush();
}
