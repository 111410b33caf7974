// China's working calendar (issue 15): statutory holidays are off, 调休 Saturdays and Sundays are
// working days (2024-10-12 星期六上班), from the chinese-days package's data. Past the package's last
// year (its data is published a year at a time) the calendar falls back to Monday–Friday and says so
// once; DUBAN_CALENDAR=none asks for plain weekdays everywhere (a plan run outside the mainland).
import { createRequire } from 'node:module';
import { TZDate } from '@date-fns/tz';
import { setting } from '../config.ts';
import { localDate } from '../core/week.ts';

export type CalendarName = 'cn' | 'none';

export interface WorkCalendar {
  name: CalendarName;
  /** The last year the holiday data covers (null: plain weekdays by choice). */
  lastYear: number | null;
  isWorkday(date: string): boolean;
}

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const DAY = 86_400_000;

/** Monday–Friday, by the date alone (a yyyy-mm-dd string is a calendar date, no zone). */
export function isWeekday(date: string): boolean {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

let chinaCalendar: WorkCalendar | null = null;

function loadChina(): WorkCalendar {
  // The package's own data file: one read, then set lookups (the package parses a date per call).
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const holidays = new Set(Object.keys(data.holidays));
  const workdays = new Set(Object.keys(data.workdays));
  const lastYear = Math.max(...[...holidays, ...workdays].map((d) => Number(d.slice(0, 4))));
  return {
    name: 'cn',
    lastYear,
    isWorkday: (date) => (workdays.has(date) ? true : holidays.has(date) ? false : isWeekday(date)),
  };
}

const PLAIN_WEEKDAYS: WorkCalendar = { name: 'none', lastYear: null, isWorkday: isWeekday };

/** The calendar DUBAN_CALENDAR names: `cn` (default, China's official calendar) or `none`. */
export function workCalendar(name: string | undefined = setting('DUBAN_CALENDAR')): WorkCalendar {
  if ((name ?? 'cn').trim().toLowerCase() === 'none') return PLAIN_WEEKDAYS;
  chinaCalendar ??= loadChina();
  return chinaCalendar;
}

/** True when the calendar has no holiday data for the date's year (it counts Monday–Friday then). */
export function pastCalendarData(cal: WorkCalendar, date: string): boolean {
  return cal.lastYear != null && Number(date.slice(0, 4)) > cal.lastYear;
}

/** The warning for a date past the data, or null: `/duban schedule` shows it, the log gets it once. */
export function calendarWarning(cal: WorkCalendar, date: string): string | null {
  if (!pastCalendarData(cal, date)) return null;
  return `节假日数据只到${cal.lastYear}年（chinese-days），${date.slice(0, 4)}年按周一至周五计算工作日；请升级 chinese-days。`;
}

let warned = false;

/** Logs the calendar warning once per process (start-up and the scheduler both call this). */
export function warnCalendarOnce(cal: WorkCalendar, date: string, warn: (message: string) => void): void {
  const message = calendarWarning(cal, date);
  if (!message || warned) return;
  warned = true;
  warn(message);
}

/** The date itself when it is a working day, else the next working day (at most a month on). */
export function nextWorkday(cal: WorkCalendar, date: string): string {
  let t = Date.parse(`${date}T00:00:00Z`);
  for (let i = 0; i < 31; i++, t += DAY) {
    const d = new Date(t).toISOString().slice(0, 10);
    if (cal.isWorkday(d)) return d;
  }
  return date;
}

/** A scheduled instant moved to the same local time on the next working day (国庆 Monday → Tuesday 09:00). */
export function onWorkingDay(at: Date, timezone: string, cal: WorkCalendar = workCalendar()): Date {
  const day = localDate(at, timezone);
  const work = nextWorkday(cal, day);
  if (work === day) return at;
  const local = new TZDate(at.getTime(), timezone);
  const [y, m, d] = work.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, local.getHours(), local.getMinutes(), timezone).getTime());
}

/** What /duban schedule adds: which calendar moves the posts, and the warning past its data. */
export function scheduleCalendarNote(now: Date, timezone = 'Asia/Shanghai', cal: WorkCalendar = workCalendar()): string {
  if (cal.name === 'none') return '\n按周一至周五发送（DUBAN_CALENDAR=none）。';
  const warning = calendarWarning(cal, localDate(now, timezone));
  return `\n遇法定节假日顺延至下一个工作日（调休上班日照常发送）。${warning ? `\n⚠ ${warning}` : ''}`;
}
