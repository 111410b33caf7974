// A period named in a deadline question (下个月到期的任务, 本周, 2021年底), relative to now in
// Asia/Shanghai with weeks starting on Monday. Returns ISO dates, inclusive.
import { TZDate } from '@date-fns/tz';
import {
  addDays, addMonths, addQuarters, addWeeks, addYears, endOfMonth, endOfQuarter, endOfWeek, endOfYear, format,
  startOfMonth, startOfQuarter, startOfWeek, startOfYear,
} from 'date-fns';
import { DEFAULT_TIMEZONE } from '../core/clock.ts';

export interface Period {
  from: string;
  to: string;
  label: string; // as the question said it
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

export function parsePeriod(q: string, now: Date, timeZone = DEFAULT_TIMEZONE): Period | null {
  const t = new TZDate(now.getTime(), timeZone);
  const week = { weekStartsOn: 1 as const };
  const span = (from: Date, to: Date, label: string): Period => ({ from: iso(from), to: iso(to), label });
  let m: RegExpExecArray | null;
  if ((m = /(本|这|这个|下|下个|上|上个)(?:周|星期|礼拜)/.exec(q))) {
    const n = m[1]!.startsWith('下') ? 1 : m[1]!.startsWith('上') ? -1 : 0;
    const d = addWeeks(t, n);
    return span(startOfWeek(d, week), endOfWeek(d, week), m[0]);
  }
  if ((m = /(本|这个|当|下个|下|上个|上)月/.exec(q))) {
    const n = m[1]!.startsWith('下') ? 1 : m[1]!.startsWith('上') ? -1 : 0;
    const d = addMonths(t, n);
    return span(startOfMonth(d), endOfMonth(d), m[0]);
  }
  if ((m = /(本|这个|下个|下|上个|上)季度/.exec(q))) {
    const n = m[1]!.startsWith('下') ? 1 : m[1]!.startsWith('上') ? -1 : 0;
    const d = addQuarters(t, n);
    return span(startOfQuarter(d), endOfQuarter(d), m[0]);
  }
  if ((m = /(今年|本年度?|明年|去年)/.exec(q))) {
    const n = m[1] === '明年' ? 1 : m[1] === '去年' ? -1 : 0;
    const d = addYears(t, n);
    return span(startOfYear(d), endOfYear(d), m[0]);
  }
  if ((m = /(?:最近|未来|接下来)?(\d{1,3})(?:天|日)(?:内|之内|以内)?/.exec(q)) && /到期|截止|期限|内/.test(q)) {
    return span(t, addDays(t, Number(m[1])), m[0]);
  }
  if ((m = /(20\d{2})年(\d{1,2})月/.exec(q))) {
    const d = new TZDate(Number(m[1]), Number(m[2]) - 1, 1, timeZone);
    return span(startOfMonth(d), endOfMonth(d), m[0]);
  }
  if ((m = /(20\d{2})年(上半年|下半年)/.exec(q))) {
    const y = Number(m[1]);
    return m[2] === '上半年' ? { from: `${y}-01-01`, to: `${y}-06-30`, label: m[0] } : { from: `${y}-07-01`, to: `${y}-12-31`, label: m[0] };
  }
  // 2021年到期的任务 / 2021年底前要完成哪些: a whole year, only when no topic names a task.
  // 2020年有哪些任务到期 / 2020年哪些工作要完成: the year, then a short question, then the verb.
  if ((m = /(20\d{2})年(?:底|内|年底)?(?:之前|以前|前)?(?:有?哪些(?:任务|工作|事项)?|有什么(?:任务|工作)?)?(?:要|需要|应|应当)?(?:到期|截止|完成)/.exec(q))) {
    return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, label: `${m[1]}年` };
  }
  return null;
}
