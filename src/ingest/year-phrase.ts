// Finds the year phrases of a text and reads each one as a target year, a deadline, or neither.
// Shared by targets.ts and deadlines.ts so the two never disagree on a phrase (issue 2, item 8):
//   `到2022年(底)…` → target year;  `2021年底前…`, `2020年10月底前`, `2022年上半年` → deadline;
//   `(2021-2023年)`, `《…2021年…》`, `结合2022年北京冬奥会`, `截至2020年底` → neither.
// Linear in the text: one regex pass, bounded look-behind slices, one running bracket count.

export interface YearPhrase {
  year: number;
  /** start of the phrase, including a prefix such as 力争到 / 到 */
  start: number;
  /** index just after the year itself (after 年) */
  yearEnd: number;
  /** end of the whole phrase (after 底 / 月 / 前 …) */
  end: number;
  /** a year by which something is to be reached */
  target: boolean;
  /** ISO date when the phrase is a time limit, else null */
  deadline: string | null;
}

// Full-width digits, Latin letters, ％ and ． map one-to-one to ASCII (５Ｇ → 5G), so indices stay
// valid for the original string. Full-width punctuation is left as written.
// Years in Chinese numerals (二〇二一年 / 二零二一年) become digits too: four characters for four.
export function normalizeDigits(text: string): string {
  const ascii = countsInDigits(text.replace(/[０-９Ａ-Ｚａ-ｚ％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  if (!/[〇零]/.test(ascii)) return ascii;
  return ascii.replace(/(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?=年)/g, (y) =>
    [...y].map((c) => String('〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c))).join(''),
  );
}

// `建成两个产值超百亿元的产业集群`, `培育十二家`: a count in Chinese numerals before a measure word,
// written in digits of the same length (positions stay valid). Not `一` (一批, 一流, 一体化), not a
// name in quotes (`“两个确保”`, `三个“一号工程”`).
const CN_COUNT = /(?<![“"‘一二三四五六七八九十两百千万亿])([两二三四五六七八九]|十[一二三四五六七八九]|[二三四五六七八九]十)(?=[个家座所条项支处批台套辆艘名](?![“"‘]))/g;
const CN_DIGIT = '〇一二三四五六七八九';

function countsInDigits(text: string): string {
  if (!/[两二三四五六七八九十]/.test(text)) return text;
  return text.replace(CN_COUNT, (n) => {
    if (n === '两') return '2';
    if (n.length === 1) return String(CN_DIGIT.indexOf(n));
    return n[0] === '十' ? `1${CN_DIGIT.indexOf(n[1])}` : `${CN_DIGIT.indexOf(n[0])}0`;
  });
}

const YEAR = /(?<![\d.])((?:19|2[01])\d{2})\s*年/g;
// Looking back from a year is done by hand (`endsAt`), not with `…$` regexes: those retry at every
// start position of the slice and were most of the time on a 200 KB text of years.
// 力争到 / 到 / 截至 / 在 … immediately before the year (longest first)
const AIMS = ['力争', '争取', '确保', '预计', '计划', '力求'];
const PREPS = ['截止到', '截至', '截止', '到', '至', '于', '在', '从', '自', '比', '较', '与'];
// 完成时限：/ 完成时间: / 时间节点：
const LABELS = ['时限', '时间', '期限', '节点', '年限'];
// 2021-2023年 / 2021年至2023年 (a period, not a target)
const RANGE_MARKS = '-—–~～至到';

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';
}
function skipBack(text: string, i: number): number {
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}
function endsAt(text: string, i: number, words: string[]): string {
  for (const w of words) if (i >= w.length && text.startsWith(w, i - w.length)) return w;
  return '';
}
function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
function eatAt(re: RegExp, text: string, cur: { pos: number }): RegExpExecArray | null {
  const r = stickyAt(re, text, cur.pos);
  if (r) cur.pos += r[0].length;
  return r;
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function readPrefix(text: string, at: number): { start: number; pre: string; aim: string } {
  let i = skipBack(text, at);
  const pre = endsAt(text, i, PREPS);
  if (pre) i -= pre.length;
  const j = skipBack(text, i);
  const aim = endsAt(text, j, AIMS);
  if (aim) i = j - aim.length;
  return { start: pre || aim ? i : at, pre, aim };
}

function rangeBefore(text: string, at: number): boolean {
  let i = skipBack(text, at);
  if (i === 0 || !RANGE_MARKS.includes(text[i - 1])) return false;
  i = skipBack(text, i - 1);
  if (text[i - 1] === '年') i = skipBack(text, i - 1);
  return i >= 4 && isDigit(text[i - 1]) && isDigit(text[i - 2]) && isDigit(text[i - 3]) && isDigit(text[i - 4]);
}

function labelBefore(text: string, start: number): boolean {
  let i = skipBack(text, start);
  if (text[i - 1] === ':' || text[i - 1] === '：') i = skipBack(text, i - 1);
  return endsAt(text, i, LABELS) !== '';
}
const RANGE_AFTER = /\s*[-—–~～至到]\s*\d{4}/y;
const CN_MONTH: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};
const MONTH = /(?:年)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?/y;
const DAY = /(\d{1,2})\s*[日号]/y;
const PART = /(底|末|中旬|上旬|下旬|初|中)/y;
const YEAR_END = /(?:年)?(底|末|内)/y; // 2021年底 / 2020年年底 / 2021年内
const HALF = /(?:年)?(上半年|下半年|年中)/y;
const QUARTER = /(?:年)?(前三季度|第?([一二三四1-4])季度)(?:末|底)?/y;
const BEFORE = /\s*(?:之前|以前|前)(?!后)/y;
const START = /\s*(?:起|开始|以来|来|以后|后)/y;
// What may follow a bare year that starts a statement: `2021年,累计…`, `2022年实现…`, `2021年在…`
const TARGET_FOLLOW =
  /(?:\s*[,，、:：;；\s]|在|实现|完成|建成|建设|形成|基本|全面|力争|争取|确保|要|将|我市|我省|我国|我区|全市|全省|全国|全区|全县|达到|新增|累计|培育|打造|推动|推进|初步|进一步|各|重点|主要)/y;
// A completion verb after a month date makes `2021年6月完成…` a time limit.
const DONE_FOLLOW = /\s*(?:完成|建成|实现|出台|制定|上线|投用|投入|启动|开工|竣工|落地|具备|全面|基本|前)/y;
const BOUNDARY = ',，。；;：:、 \t\n\u3000(（[【—-》>"“”';

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(token: string): number {
  return /^\d+$/.test(token) ? Number(token) : (CN_MONTH[token] ?? 0);
}

/** Every year phrase of `text`, in order. `text` should already have ASCII digits (normalizeDigits). */
export function findYearPhrases(text: string): YearPhrase[] {
  const out: YearPhrase[] = [];
  let titleDepth = 0; // inside 《…》: a document title, its years are not targets
  const cur = { pos: 0 };
  let scanned = 0;
  // exec, not matchAll: matchAll clones the regex on each of the many short texts it is given
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const at = m.index;
    for (; scanned < at; scanned++) {
      const c = text[scanned];
      if (c === '《') titleDepth++;
      else if (c === '》' && titleDepth > 0) titleDepth--;
    }
    const year = Number(m[1]);
    const yearEnd = at + m[0].length;
    if (titleDepth > 0 || stickyAt(RANGE_AFTER, text, yearEnd)) continue;
    // `2021-2023年` is a period; only `2021年至2023年底前` (a limit at its end) is kept, as a deadline
    const periodEnd = rangeBefore(text, at);
    const { start, pre, aim } = readPrefix(text, at);
    const labelled = labelBefore(text, start);
    // The tail is read with sticky regexes at cur.pos: no slices, no retries, no closure per year.
    cur.pos = yearEnd;
    const tail = readDateTail(text, year, cur);
    if (tail === null) continue; // 2022年13月, 2021年2月30日: impossible, not a phrase at all
    const before前 = eatAt(BEFORE, text, cur) !== null;
    const end = cur.pos;
    if (!before前 && stickyAt(START, text, end)) continue; // 2022年起 / 2020年以来
    let { target, deadline } = classify(text, { start, end, pre, aim, labelled, before前 }, tail);
    if (periodEnd) {
      if (!before前 && !labelled) continue;
      target = false;
    }
    if (!target && !deadline) continue;
    out.push({ year, start, yearEnd, end, target, deadline });
  }
  const terms = findPlanTerms(text);
  return terms.length === 0 ? out : [...out, ...terms].sort((a, b) => a.start - b.start);
}

/** What follows `2021年`: a quarter, a half, a month (day, 上旬/底) or nothing (the year, 底/末). */
interface DateTail {
  date: string;
  kind: 'quarter' | 'half' | 'month' | 'year';
  dayNamed: boolean;
  endWord: boolean; // 底 / 末 after a month
  yearEndWord: boolean; // 年底 / 年末
}

// the first characters QUARTER, HALF and MONTH can start with: most years are followed by none of
// them (`2025年底`, `2025年，`), and one sticky test then stands for three
const TAIL_START = /[年前第上下十\d一二三四五六七八九]/y;

function readDateTail(text: string, year: number, cur: { pos: number }): DateTail | null {
  const none = { dayNamed: false, endWord: false, yearEndWord: false };
  if (!stickyAt(TAIL_START, text, cur.pos)) return { kind: 'year', date: `${year}-12-31`, dayNamed: false, endWord: false, yearEndWord: eatAt(YEAR_END, text, cur) !== null };
  const quarter = eatAt(QUARTER, text, cur);
  if (quarter) {
    const q = quarter[1] === '前三季度' ? 3 : monthNumber(quarter[2]) || ' 一二三四'.indexOf(quarter[2]);
    return { ...none, kind: 'quarter', date: isoDate(year, q * 3, lastDayOfMonth(year, q * 3))! };
  }
  const half = eatAt(HALF, text, cur);
  if (half) return { ...none, kind: 'half', date: half[1] === '下半年' ? `${year}-12-31` : `${year}-06-30` };
  const month = eatAt(MONTH, text, cur);
  if (!month) return { ...none, kind: 'year', yearEndWord: eatAt(YEAR_END, text, cur) !== null, date: `${year}-12-31` };
  const mo = monthNumber(month[1]);
  const day = eatAt(DAY, text, cur);
  const part = day ? null : eatAt(PART, text, cur);
  const endWord = part?.[1] === '底' || part?.[1] === '末';
  if (mo < 1 || mo > 12) return null;
  const p = part?.[1];
  const dayOf = day ? Number(day[1]) : p === '上旬' || p === '初' ? 10 : p === '中旬' || p === '中' ? 20 : lastDayOfMonth(year, mo);
  const date = isoDate(year, mo, dayOf);
  return date === null ? null : { kind: 'month', date, dayNamed: day !== null, endWord, yearEndWord: false };
}

interface PhraseContext {
  start: number;
  end: number;
  pre: string;
  aim: string;
  labelled: boolean;
  before前: boolean;
}

/** A year phrase as a target (a year to reach), a deadline (a time limit), both or neither. */
function classify(text: string, c: PhraseContext, tail: DateTail): { target: boolean; deadline: string | null } {
  const { pre } = c;
  const baseline = pre === '截至' || pre === '截止' || pre === '从' || pre === '自' || pre === '比' || pre === '较' || pre === '与';
  const toward = pre === '到' || pre === '至' || pre === '截止到' || c.aim !== '';
  if (c.before前 || c.labelled) return { target: false, deadline: tail.date };
  if (tail.kind === 'quarter' || tail.kind === 'half') return { target: false, deadline: baseline ? null : tail.date };
  if (tail.kind === 'month') {
    // `到2021年6月底` reaches a year and names a date; `2021年6月完成` is a time limit;
    // `2021年12月，全面完成验收` too: a month then a comma opens a limit. A day then a comma
    // is a dateline (`2021年10月8日,`), neither.
    const next = text[c.end];
    const monthComma = !tail.dayNamed && (next === ',' || next === '，');
    const limit = !baseline && (toward || monthComma || tail.endWord || stickyAt(DONE_FOLLOW, text, c.end));
    return { target: toward && !baseline, deadline: limit ? tail.date : null };
  }
  // 截至2020年底 / 比2020年: a starting point, not a goal
  if (baseline) return { target: false, deadline: null };
  if (toward) return { target: true, deadline: null };
  // `2021年底建成…` with no 到: a year-end limit and a year target at once
  if (tail.yearEndWord) return { target: true, deadline: tail.date };
  const open = pre === '在' || pre === '于' || c.start === 0 || BOUNDARY.includes(text[c.start - 1]);
  return { target: open && stickyAt(TARGET_FOLLOW, text, c.end) !== null, deadline: null };
}

// `到“十四五”末` / `“十四五”期间,` name a five-year plan, not a year: 十四五 runs 2021-2025, so its
// end is 2025 (十一五 ends 2010, each next one five years later).
const PLAN_TERM = /(?:(力争|争取)\s*)?(到|至|在)?\s*[“"‘]?十([一二三四五六七八九])五[”"’]?\s*(?:规划)?\s*(?:时期|期间)?\s*(期末|末期|末|期间|时期)/g;
const TERM_ORDER = '一二三四五六七八九';

function findPlanTerms(text: string): YearPhrase[] {
  const out: YearPhrase[] = [];
  if (!text.includes('五')) return out;
  for (const m of text.matchAll(PLAN_TERM)) {
    const year = 2010 + 5 * TERM_ORDER.indexOf(m[3]);
    const end = m.index + m[0].length;
    const atEnd = m[5] !== '期间' && m[5] !== '时期';
    // `到“十四五”末` reaches the term's end; `“十四五”期间,` opens a statement about the whole term
    const opens = atEnd || /^\s*[,，]/.test(text.slice(end, end + 2));
    if (!opens) continue;
    out.push({ year, start: m.index, yearEnd: end, end, target: true, deadline: null });
  }
  return out;
}
