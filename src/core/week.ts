// ISO weeks (Monday first) and local wall-clock times in a channel's time zone, independent of the
// host's TZ: @date-fns/tz TZDate does the DST arithmetic (a 09:00 New York reminder stays 09:00
// local across 2022-03-13 and 2022-11-06).
import { TZDate } from '@date-fns/tz';
import { getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';

/** 1 = Monday … 7 = Sunday (ISO). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const WEEK_RE = /^(\d{4})-W(\d{2})$/;

export function isValidWeek(week: string): boolean {
  const m = WEEK_RE.exec(week);
  if (!m) return false;
  const n = Number(m[2]);
  return n >= 1 && n <= isoWeeksInYear(Number(m[1]));
}

function isoWeeksInYear(year: number): number {
  // Dec 28 is always in the last ISO week of its year.
  return getISOWeek(new TZDate(year, 11, 28, 'UTC'));
}

/** The ISO week ('2022-W10') an instant falls in, in the given time zone. */
export function isoWeekOf(at: Date, timezone: string): string {
  const local = new TZDate(at.getTime(), timezone);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, '0')}`;
}

/** The calendar date (y, m 0-based, d) of a weekday of an ISO week. */
export function weekDate(week: string, weekday: Weekday): { y: number; m: number; d: number } {
  const m = WEEK_RE.exec(week);
  if (!m) throw new Error(`bad ISO week ${week}`);
  const monday = startOfISOWeek(new TZDate(Number(m[1]), 0, 4, 'UTC'));
  const day = new Date(Date.UTC(monday.getFullYear(), monday.getMonth(), monday.getDate() + (Number(m[2]) - 1) * 7 + (weekday - 1)));
  return { y: day.getUTCFullYear(), m: day.getUTCMonth(), d: day.getUTCDate() };
}

/** The instant of a local wall-clock time ('09:00') on a weekday of an ISO week in a time zone. */
export function localInstant(week: string, weekday: Weekday, time: string, timezone: string): Date {
  const { y, m, d } = weekDate(week, weekday);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(new TZDate(y, m, d, hh, mm, timezone).getTime());
}

/** Monday 00:00 local of the week, and the next Monday 00:00 (exclusive end). */
export function weekBounds(week: string, timezone: string): { start: Date; end: Date } {
  return { start: localInstant(week, 1, '00:00', timezone), end: localInstant(addWeeks(week, 1), 1, '00:00', timezone) };
}

/** The ISO week n weeks after (or before, n < 0) the given one. */
export function addWeeks(week: string, n: number): string {
  const { y, m, d } = weekDate(week, 4);
  const thursday = new Date(Date.UTC(y, m, d + n * 7, 12));
  return isoWeekOf(thursday, 'UTC');
}

/** The local calendar date (ISO yyyy-mm-dd) of an instant in a time zone. */
export function localDate(at: Date, timezone: string): string {
  const t = new TZDate(at.getTime(), timezone);
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}

/** True when the zone name is one the runtime knows. */
export function isValidTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
