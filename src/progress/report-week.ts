// Which week a report counts for (issue 15): a report filed the evening before the weekly prompt
// (from 17:00 the day before, e.g. Sunday night for a Monday prompt) counts for the coming week,
// as an office reads 周日晚报送 as next week's 周报 — even in last week's thread. The prompt's day
// is the follow's (Monday 09:00 by default), moved off holidays like the prompt itself.
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import { addWeeks, isoWeekOf, localDate, localInstant, type Weekday } from '../core/week.ts';
import type { Store } from '../store/open.ts';
import { followsOfChannel } from '../store/progress-reader.ts';
import { onWorkingDay } from './calendar.ts';

/** From this local hour the day before a prompt, a report counts for the prompt's week. */
export const EVENING_HOUR = 17;

const DAY = 86_400_000;

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
}

function localHour(at: Date, timezone: string): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', hourCycle: 'h23' }).format(at));
}

/** The coming prompt's week when `at` is the evening before it, else null. */
export function eveningBeforeWeek(at: Date, timezone: string, prompt: { day: number; time: string } = { day: 1, time: '09:00' }): string | null {
  if (localHour(at, timezone) < EVENING_HOUR) return null;
  const week = isoWeekOf(at, timezone);
  for (const w of [week, addWeeks(week, 1)]) {
    const next = onWorkingDay(localInstant(w, prompt.day as Weekday, prompt.time, timezone), timezone);
    if (next.getTime() <= at.getTime()) continue;
    return dayBefore(localDate(next, timezone)) === localDate(at, timezone) ? w : null;
  }
  return null;
}

/** eveningBeforeWeek with the prompt time of the channel's follow of the plan (Monday 09:00 without one). */
export function eveningReportWeek(store: Store, input: { tenant: string; channel?: string | null; at: Date; timezone?: string }, planId: number): string | null {
  const f = input.channel ? followsOfChannel(store, input.tenant, input.channel).find((x) => x.planId === planId) : undefined;
  return eveningBeforeWeek(input.at, f?.timezone ?? input.timezone ?? DEFAULT_TIMEZONE, f ? { day: f.promptDay, time: f.promptTime } : undefined);
}
