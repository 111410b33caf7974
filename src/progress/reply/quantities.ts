// Stage 5: the share of the task a clause states, as a percentage (reply-json.md): 60%, 完成率80%,
// 完成年度目标的60%, 百分之六十, 七成 / 八成左右, 一半 / 过半, 三分之二 (≈ 67), 进度80; a range
// (60%-80%) reads as its lower bound. A rate of something else (同比增长5%, 覆盖率95%) is a metric,
// not progress. The figure then settles the status words: 已完成60% is 推进中.
import { CN_NUMERAL, chineseNumber } from './cn-number.ts';
import { allMatches, splitPieces } from './pieces.ts';
import { ONGOING } from './status.ts';
import type { Clause, ReplyDoc, ReplyProblem } from './types.ts';

interface Found {
  at: number;
  value: number;
}

// 同比增长5% / 环比下降 / 占比30% / 覆盖率95%: the figure measures something else. 完成率 / 执行率 /
// 进度 are progress.
const RATE_BEFORE = /(?:同比|环比|增长|增速|增幅|下降|降低|减少|提升|提高|上升|上涨|回落|占比|比重|比例|(?<![完执成行])率)[^，,。；;\d]{0,4}$/u;
// Several figures, the overall one flagged: 累计完成 / 整体进度 / 总体 / 目前.
const OVERALL_BEFORE = /(?:累计|整体|总体|总|目前|当前|截至目前)[^，,。；;\d]{0,6}$/u;

const REMAINING_BEFORE = /(?:剩余|剩下|还剩|尚余|尚剩|仍剩|还差|尚差|尚有|还有|仍有)(?:的|约|近|不到|不足|大约|大概)?(?:工作量?|任务量?|工程量)?(?:约|近|为|是)?$/u;

// Each pattern with the word it cannot match without: a phrase lacking it skips the pattern.
const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => number | null, RegExp]> = [
  // 60%-80% / 60-80% / 60%~80% / 60%至80%: the lower bound
  [/(\d+(?:\.\d+)?)\s*%?\s*(?:-|~|—|–|至|到)\s*\d+(?:\.\d+)?\s*%/gu, (m) => Number(m[1]), /%/u],
  [/(\d+(?:\.\d+)?)\s*%/gu, (m) => Number(m[1]), /%/u],
  [new RegExp(`百分之(${CN_NUMERAL}{1,5}|\\d+(?:\\.\\d+)?)`, 'gu'), (m) => chineseNumber(m[1]), /百分之/u],
  // 七成 / 八成左右 / 约六成 / 九成以上 / 四成五 (= 45) (not 建成, 形成: a numeral must come first)
  [/([一二三四五六七八九十两]|\d)成([一二三四五六七八九])?(?![为功立本果员交熟型品绩])/gu, (m) => (chineseNumber(m[1]) ?? NaN) * 10 + (m[2] ? chineseNumber(m[2]) ?? 0 : 0), /成/u],
  // 一半 / 过半 / 超过一半 / 逾半
  [/一半|过半|超半|逾半/gu, () => 50, /半/u],
  // 三分之二 / 3分之1
  [/([一二三四五六七八九十两]|\d+)分之([一二三四五六七八九十两]|\d+)/gu, (m) => fraction(m[2], m[1]), /分之/u],
  // 进度80 / 完成率80 / 完成了80 without a sign
  [/(?:进度|完成度|完成率|执行率|完成了?)\s*(?:为|达到?|是|约|已达|:)?\s*(\d{1,3}(?:\.\d+)?)(?![\d.%万亿千个家项座户台套条人元米天周月年日号])/gu, (m) => Number(m[1]), /进度|完成|执行率/u],
];

function fraction(num: string, den: string): number | null {
  const n = chineseNumber(num);
  const d = chineseNumber(den);
  return n != null && d ? Math.round((n / d) * 100) : null;
}

// What some pattern needs: %, 半, 百分之, a numeral before 成 (七成, not 完成), 分之 or a progress
// word (进度80): a task's number alone (任务3 推进中) is none.
const ANY_FIGURE = /[%半]|百分之|[一二三四五六七八九十两\d]成|分之|进度|完成|执行率/u;

function findPercents(text: string): Found[] {
  const found: Found[] = [];
  for (const piece of splitPieces(text)) {
    // Most phrases hold no figure at all.
    if (!ANY_FIGURE.test(piece.text)) continue;
    const taken: Array<[number, number]> = [];
    for (const [re, read, needs] of PATTERNS) {
      if (!needs.test(piece.text)) continue;
      for (const m of allMatches(piece.text, re)) {
        const at = m.index ?? 0;
        if (taken.some(([s, e]) => at < e && at + m[0].length > s)) continue;
        taken.push([at, at + m[0].length]);
        // Both patterns end at the figure and span at most 8 characters (one more for 率's look-behind).
        const before = piece.text.slice(Math.max(0, at - 10), at);
        if (RATE_BEFORE.test(before)) continue;
        const read1 = read(m);
        // 剩余两成工作量 / 还剩30% / 尚余约20%: what is left; the share done is the rest.
        const value = read1 != null && REMAINING_BEFORE.test(before) ? 100 - read1 : read1;
        if (value != null && Number.isFinite(value)) found.push({ at: piece.at + at, value });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

function pickPercent(text: string, found: Found[]): number | null {
  if (!found.length) return null;
  const overall = found.find((f) => OVERALL_BEFORE.test(text.slice(Math.max(0, f.at - 8), f.at)));
  return Math.round((overall ?? found[0]).value * 10) / 10;
}

// -5% / 负5% / 进度：−5% right after a progress word: a sign the figure cannot have.
const NEGATIVE = /(?:^|[\s，,。;；:(（]|进度|完成度?|为|是|达到?)(?:-|−|负)\s*\d+(?:\.\d+)?\s*%/u;

function settle(clause: Clause, percent: number | null): Clause {
  let status = clause.status;
  if (percent != null) {
    if (status === '已完成' && percent < 100) status = '推进中';
    // 完成率100% / 累计进度达100%: the figure says finished where no word says it is still going.
    else if (status === '推进中' && percent >= 100 && !ONGOING.test(clause.text)) status = '已完成';
    else if (status === null && percent >= 100) status = '已完成';
    else if (status === null && percent > 0) status = '推进中';
    else if (status === null && percent === 0) status = '未开始';
  }
  return { ...clause, percent, status };
}

export function readClauseFigures(clause: Clause): { clause: Clause; problem: ReplyProblem | null; detail: string | null } {
  const found = findPercents(clause.text);
  const percent = pickPercent(clause.text, found);
  let problem: ReplyProblem | null = null;
  let detail: string | null = null;
  // NEGATIVE ends in %: a clause without one has no negative figure.
  const negative = clause.text.includes('%') ? NEGATIVE.exec(clause.text) : null;
  if (negative && !/(?:增长|下降|同比|环比)\s*(?:-|−|负)/u.test(clause.text)) {
    problem = 'percent_negative';
    detail = `-${/\d+(?:\.\d+)?/.exec(negative[0])?.[0]}%`;
  } else if (found.some((f) => f.value > 100)) {
    problem = 'percent_over_100';
    detail = `${found.find((f) => f.value > 100)!.value}%`;
  }
  // 任务7、任务8分别完成40%和20%: one figure per task, in order.
  // Filled one way, empty or not: one kind of array for the code that reads it (bench).
  const respective: number[] = [];
  if (clause.tasks.length > 1 && /分别/u.test(clause.text) && found.length === clause.tasks.length) for (const f of found) respective.push(f.value);
  const settled = settle(clause, problem ? null : percent);
  return { clause: { ...settled, respectivePercents: respective, percent: respective.length ? null : settled.percent }, problem, detail };
}

export function quantities(doc: ReplyDoc): ReplyDoc {
  let problem = doc.problem;
  let problemDetail = doc.problemDetail;
  const clauses = doc.clauses.map((c) => {
    const r = readClauseFigures(c);
    if (!problem && r.problem) [problem, problemDetail] = [r.problem, r.detail];
    return r.clause;
  });
  return { ...doc, clauses, problem, problemDetail };
}
