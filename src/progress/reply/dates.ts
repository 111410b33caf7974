// Stage 7: the completion date a reply promises (预计6月底完工, 力争年底前全部完成, 国庆前可以全部
// 建成, 现延期至5月底), as YYYY-MM-DD, resolved against the reply's ISO week in its time zone
// (Asia/Shanghai by default: the zone decides which ISO week a reply belongs to, see week.ts).
// The dates themselves are calendar dates: date-fns does the calendar (setISOWeek, endOfMonth,
// endOfQuarter …) on plain Dates at local noon, which no host zone or DST shift can move to
// another day — TZDate arithmetic here cost ~0.5 ms a reply. A date the reply gives as the old
// plan (原定3月底完成) is not the promise.
import chineseDays from 'chinese-days';
import { addDays, addMonths, addWeeks, addYears, endOfISOWeek, endOfMonth, endOfQuarter, endOfYear, setDate, setISOWeek, setMonth, startOfISOWeek } from 'date-fns';
import { chineseNumber } from './cn-number.ts';
import type { ReplyDoc } from './types.ts';

const { getSolarDateFromLunar } = chineseDays;

interface DateHit {
  at: number;
  end: number;
  valid: boolean;
  date: () => Date | null;
}

const mondays = new Map<string, Date>();

/** Monday (local noon, a calendar date) of the ISO week '2022-W10'. */
export function weekStart(week: string): Date {
  let monday = mondays.get(week);
  if (!monday) {
    const [y, w] = week.split('-W').map(Number);
    // 4 January is always in ISO week 1 of its year.
    monday = startOfISOWeek(setISOWeek(new Date(y, 0, 4, 12), w));
    monday.setHours(12);
    mondays.set(week, monday);
  }
  return monday;
}

// Each phrase → its date, given the week's Monday (ref), and the characters it can start with.
// Order matters: longer phrases first.
const PHRASES: Array<[RegExp, (m: RegExpExecArray, ref: Date) => Date | null, RegExp]> = [
  // 2022年6月30日 / 6月30日 / 6月30号
  [/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/uy, (m, ref) => monthDay(m[1], m[2], ref, Number(m[3])), /[\d]/u],
  // 2022年6月底 / 6月底 / 6月末 / 6月下旬 / 6月中旬 / 6月上旬 / 6月份 / 明年3月
  [/(?:(\d{4})年|(明年)|(今年))?(\d{1,2})月(?:份)?(底|末|下旬|中旬|上旬|初|中)?/uy, (m, ref) => monthDay(m[1] ?? (m[2] ? String(ref.getFullYear() + 1) : m[3] ? String(ref.getFullYear()) : undefined), m[4], ref, partOfMonth(m[5])), /[\d明今]/u],
  // 本月20日 / 下月10号
  [/(本月|当月|这个月|下个?月)(\d{1,2})[日号]/uy, (m, ref) => dayInMonth(m[1].startsWith('下') ? addMonths(ref, 1) : ref, Number(m[2])), /[本当这下]/u],
  // 下月底 / 下个月 / 下月中旬
  [/下(?:个)?月(?:份)?(底|末|下旬|中旬|上旬|初|中)?/uy, (m, ref) => dayOfMonth(addMonths(ref, 1), partOfMonth(m[1])), /[下]/u],
  // 本月底 / 月底 / 月末 / 本月内
  [/(?:本月|当月|这个月)(底|末|内|下旬|中旬)?|月(?:底|末)/uy, (m, ref) => dayOfMonth(ref, partOfMonth(m[1])), /[本当这月]/u],
  // 明年一季度 / 2023年第二季度末 / 今年三季度
  [/(明年|今年|\d{4}年)第?([一二三四1-4])季度(?:末|底)?/uy, (m, ref) => endOfQuarter(setMonth(yearOf(m[1], ref), quarterOf(m[2]) * 3 - 1)), /[\d明今]/u],
  // 春节前 / 过年前 / 明年春节前: the eve (除夕) of that Spring Festival, which moves with the lunar
  // year (the coming one where no year is written); 春节后 / 国庆后 name no day.
  [/(明年|今年|\d{4}年)?(?:春节|过年)(?!节?(?:后|之后))(?:前|之前|假期前)?/uy, (m, ref) => springFestivalEve(ref, m[1]), /[春过明今\d]/u],
  // 明年底 / 明年上半年 / 明年
  [/明年(底|末|年底|年末|上半年|下半年)?/uy, (m, ref) => (m[1]?.includes('上') ? halfYear(addYears(ref, 1), 1) : endOfYear(addYears(ref, 1))), /[明]/u],
  // 年底 / 年末 / 今年底 / 年内 / 本年度
  [/(?:今年|本年度?|年)(?:底|末|内)|今年/uy, (_m, ref) => endOfYear(ref), /[今本年]/u],
  // 上半年 / 下半年 / 年中
  [/(上|下)半年|年中/uy, (m, ref) => halfYear(ref, m[1] === '下' ? 2 : 1), /[上下年]/u],
  // 三季度末 / 第四季度 / 3季度 / 本季度末
  [/(?:第?([一二三四1-4])|本)季度(?:末|底)?/uy, (m, ref) => (m[1] ? endOfQuarter(setMonth(ref, quarterOf(m[1]) * 3 - 1)) : endOfQuarter(ref)), /[第一二三四1-4本]/u],
  // 国庆前 / 国庆节前 / 元旦前 / 五一前 (fixed-date holidays: the day before, as 国庆前 → 9月30日)
  [/(国庆|元旦|五一|劳动节)(?!节?(?:后|之后))节?(?:前|之前|假期前)?/uy, (m, ref) => holidayEve(m[1], ref), /[国元五劳]/u],
  // 下周 / 本周内 / 本周末 / 下下周
  [/(下下|下|本)周(?:内|末|前)?/uy, (m, ref) => endOfISOWeek(addWeeks(ref, m[1] === '下下' ? 2 : m[1] === '下' ? 1 : 0)), /[下本]/u],
  // 20日前 / 25号: a day of the reply's month
  [/(\d{1,2})[日号]/uy, (m, ref) => dayInMonth(ref, Number(m[1])), /[\d]/u],
];

function dayInMonth(ref: Date, day: number): Date | null {
  return day >= 1 && day <= endOfMonth(ref).getDate() ? setDate(ref, day) : null;
}

// 五月中旬 / 十月底 / 十二月三十日: months and days in Chinese numerals, read as digits first.
const CN_MONTH = /(?<![零〇一二两三四五六七八九十])([一二三四五六七八九十]{1,3})(?=月)|(?<=月)([一二三四五六七八九十]{1,3})(?=[日号])/gu;

export function digitMonths(text: string): string {
  if (!/[一二三四五六七八九十]月|月[一二三四五六七八九十]/u.test(text)) return text;
  return text.replace(CN_MONTH, (m, month: string | undefined, day: string | undefined) => String(chineseNumber(month ?? day ?? '') ?? m));
}

function partOfMonth(word: string | undefined): number | null {
  if (word === '上旬' || word === '初') return 10;
  if (word === '中旬' || word === '中') return 20;
  return null; // 底 / 末 / 下旬 / 内 / none: the month's last day
}

function dayOfMonth(ref: Date, day: number | null): Date {
  return day === null ? endOfMonth(ref) : setDate(ref, day);
}

function monthDay(year: string | undefined, month: string, ref: Date, day: number | null): Date | null {
  const mo = Number(month);
  if (mo < 1 || mo > 12 || (day !== null && (day < 1 || day > 31))) return null;
  // 3月底 written in December is next March; in the year's own weeks it is this year.
  let y = year ? Number(year) : ref.getFullYear();
  if (!year && mo < ref.getMonth() + 1) y += 1;
  const first = setMonth(setDate(setYearOf(ref, y), 1), mo - 1);
  return dayOfMonth(first, day);
}

function yearOf(word: string, ref: Date): Date {
  return word === '明年' ? addYears(ref, 1) : word === '今年' ? ref : setYearOf(ref, Number(word.slice(0, 4)));
}

function setYearOf(ref: Date, year: number): Date {
  return addYears(ref, year - ref.getFullYear());
}

function halfYear(ref: Date, half: 1 | 2): Date {
  return half === 1 ? endOfMonth(setMonth(ref, 5)) : endOfYear(ref);
}

function quarterOf(q: string): number {
  return ({ 一: 1, 二: 2, 三: 3, 四: 4 } as Record<string, number>)[q] ?? Number(q);
}

/** 正月初一 of a lunar year, from chinese-days (yyyy-mm-dd), as a local-noon calendar date. */
function springFestival(year: number): Date {
  const [y, m, d] = getSolarDateFromLunar(`${year}-01-01`).date.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

function springFestivalEve(ref: Date, yearWord: string | undefined): Date {
  if (yearWord) return addDays(springFestival(yearOf(yearWord, ref).getFullYear()), -1);
  // 春节前 written in March 2022 means the festival of 2023: the first eve on or after the week.
  const eve = addDays(springFestival(ref.getFullYear()), -1);
  return eve >= ref ? eve : addDays(springFestival(ref.getFullYear() + 1), -1);
}

function holidayEve(name: string, ref: Date): Date {
  // 国庆 → 9月30日, 元旦 → 12月31日, 五一 → 4月30日: the day before, in the coming occurrence.
  const month = name === '国庆' ? 9 : name === '元旦' ? 12 : 4;
  return monthDay(undefined, String(month), ref, null) ?? endOfYear(ref);
}

/** yyyy-MM-dd of a local calendar date (date-fns format parses its pattern on every call). */
function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// Where a phrase can start: a digit or the first character of one of the words above.
const PHRASE_START = /(?:\d{4}年)?\d{1,2}[月日号]|[下本当这月今明年上第一二三四国元五劳春过1-4]/gu;

// The phrases that can start with a character (of PHRASE_START's), in PHRASES' order: a start
// tries only those (most starts are 一 / 上 / 年 / a digit, where most phrases cannot begin).
const PHRASES_AT = new Map<string, typeof PHRASES>([...'0123456789下本当这月今明年上第一二三四国元五劳春过'].map((c) => [c, PHRASES.filter(([, , first]) => first.test(c))]));

// A phrase's date depends only on its words and the reference day; date-fns builds several Dates
// for one (~25 µs a reply in the bench), and replies repeat 月底 / 6月底 / 年底前 all week.
const resolved = new Map<string, Date | null>();

function resolve(phrase: (typeof PHRASES)[number], m: RegExpExecArray, ref: Date): Date | null {
  const key = `${PHRASES.indexOf(phrase)}|${m[0]}|${ref.getTime()}`;
  let date = resolved.get(key);
  if (date === undefined) {
    date = phrase[1](m, ref);
    if (resolved.size >= 2000) resolved.clear();
    resolved.set(key, date);
  }
  // A copy: a caller may change its Date.
  return date && new Date(date.getTime());
}

/** The date phrases of a text; each date is computed only when asked for (time-zone work is dear). */
export function findDates(text: string, refOf: () => Date): DateHit[] {
  const hits: DateHit[] = [];
  let next = 0;
  PHRASE_START.lastIndex = 0;
  for (let start = PHRASE_START.exec(text); start; start = PHRASE_START.exec(text)) {
    const i = start.index;
    if (i < next) continue;
    for (const phrase of PHRASES_AT.get(text[i]) ?? []) {
      const re = phrase[0];
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m[0]) {
        hits.push({ at: i, end: i + m[0].length, valid: validMonthDay(m), date: () => resolve(phrase, m, refOf()) });
        next = i + m[0].length;
        break;
      }
    }
  }
  return hits;
}

// 13月 / 3月32日: a date that does not exist (checked without building it).
function validMonthDay(m: RegExpExecArray): boolean {
  if (!/\d/u.test(m[0])) return true;
  const month = /(\d{1,2})月/u.exec(m[0]);
  const day = /(?:^|月)(\d{1,2})[日号]/u.exec(m[0]);
  return (!month || (Number(month[1]) >= 1 && Number(month[1]) <= 12)) && (!day || (Number(day[1]) >= 1 && Number(day[1]) <= 31));
}

// The date is a promise when a word before it says so (预计 / 力争 / 延期至) or a completion verb
// follows it in the same phrase (6月底完工, 年底前全部完成, 国庆前可以全部建成, 下月底印发).
const PROMISE_BEFORE = /(?:预计|计划于?|力争|争取|确保|将于?|将在|有望|可望|拟于?|延期至|延期到|推迟至|推迟到|延至|延长至|调整为|调整至|改为|目标|预期|可于|能于|(?<!已)于)\s*$/u;
// 6月底已完成 / 本周完成了: a fact about the past, not a promise.
// 9月中旬能完 / 月底弄完 / 月底搞定: the same said in chat. 国庆节前投入使用: put to use is finished.
const DONE_AFTER = /[^，,。；;已了]{0,8}?(?:完成|完工|竣工|建成|投用|投运|投产|投入(?:使用|运行|运营|营运)|交付|上线|通车|印发|出台|办结|验收|到位|结束|实现|落地|开通|[弄搞做干办整能可]完|搞定)(?!了)/uy;
// 计划二季度启动 / 下月开工 / 预计下月复工: the date of a start (or a restart), not of the finish.
const START_AFTER = /[^，,。；;]{0,6}?(?:启动|开工|动工|开建|开始|进场|招标|开展|复工|复产|恢复(?:施工|建设|生产)|重启)(?![^，,。；;]*(?:完成|完工|竣工|建成))/uy;
// 本周 / 本月 / 今年 alone usually say when something happened (本周新建3座): a promise only after 预计….
const PLAIN_CURRENT = /^(?:本周|本月|当月|这个月|今年)$/u;
const OLD_PLAN_BEFORE = /(?:原定|原计划|原本|本应|原先|计划原定)\s*(?:于|在)?\s*$/u;

// Every phrase above has one of these characters; most replies have none (no time-zone work then).
const DATE_HINT = /[年月周季国元五劳春]/u;

export function dates(doc: ReplyDoc): ReplyDoc {
  const text = digitMonths(doc.text);
  if (!DATE_HINT.test(text)) return { ...doc, expected: null };
  // The week's Monday is only built when a promised date needs it.
  let monday: Date | null = null;
  const refOf = () => (monday ??= weekStart(doc.options.week));
  const hits = findDates(text, refOf);
  const bad = hits.find((h) => !h.valid);
  if (bad) return { ...doc, problem: doc.problem ?? 'bad_date', problemDetail: doc.problemDetail ?? text.slice(bad.at, bad.end) };
  // The last promise is the one that counts: look from the end.
  const promised = hits.findLast((h) => isPromise(text, h));
  const date = promised?.date() ?? null;
  return { ...doc, expected: date ? isoDate(date) : null };
}

/** A sticky pattern tried at `at` (no copy of the rest of the text). */
function testAt(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

function isPromise(text: string, h: DateHit): boolean {
  const before = text.slice(Math.max(0, h.at - 6), h.at);
  // 原定3月底 / 已于3月5日完工 / 计划二季度启动: the old plan, a fact, or a start.
  if (OLD_PLAN_BEFORE.test(before) || /已[于在]?\s*$/u.test(before) || testAt(START_AFTER, text, h.end)) return false;
  if (PROMISE_BEFORE.test(before)) return true;
  return !PLAIN_CURRENT.test(text.slice(h.at, h.end)) && testAt(DONE_AFTER, text, h.end);
}
