// 序时进度 (time-prorated progress, issue 15): by date d a task or target should stand at the elapsed
// share of its span; the office compares the reported figure with that and marks it. Yinchuan's
// practice: 10–30 points behind is yellow, more than 30 (or past the deadline and not 已完成) red;
// nothing reported is grey. Pure: dates are local calendar dates (yyyy-mm-dd), days count whole.
export type Light = 'green' | 'yellow' | 'red' | 'grey';

/** Points behind 序时进度 at which a light turns yellow (at or above) and red (above). */
export interface Thresholds {
  yellow: number;
  red: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { yellow: 10, red: 30 };

/** Lights in the order an office reads them: red first. */
export const LIGHT_ORDER: Light[] = ['red', 'yellow', 'green', 'grey'];

export interface ScheduleReading {
  /** Expected share (0–100) at `today`; null when the span is unknown. */
  expected: number | null;
  /** Reported share (0–100); null when nothing usable was reported. */
  actual: number | null;
  /** expected − actual, points behind (negative: ahead); null when either is unknown. */
  gap: number | null;
  light: Light;
  /** The span's last day passed and the work is not done. */
  overdue: boolean;
}

const DAY = 86_400_000;
const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);

/**
 * Elapsed share of [start, end] at the end of `today`, both ends counted: a year's target at
 * 2022-06-30 → 181/365 ≈ 50.
 */
export function expectedShare(start: string, end: string, today: string): number {
  const total = dayNumber(end) - dayNumber(start) + 1;
  if (total <= 0) return today >= end ? 100 : 0;
  const elapsed = Math.min(total, Math.max(0, dayNumber(today) - dayNumber(start) + 1));
  return Math.round((elapsed / total) * 100);
}

export function lightOfGap(gap: number, t: Thresholds = DEFAULT_THRESHOLDS): Light {
  if (gap > t.red) return 'red';
  return gap >= t.yellow ? 'yellow' : 'green';
}

/**
 * Where the plan's work starts: its period's first day, or the day it was issued when that falls
 * inside the period (穗工信〔2021〕 issued 2021-10-08 for 2021–2023: the clock starts in October).
 */
export function planStart(plan: { period: { start: number; end: number } | null; issuedOn: string | null }): string | null {
  const first = plan.period ? `${plan.period.start}-01-01` : null;
  if (!first) return plan.issuedOn;
  return plan.issuedOn && plan.issuedOn > first && plan.issuedOn <= `${plan.period!.end}-12-31` ? plan.issuedOn : first;
}

export function planEnd(plan: { period: { start: number; end: number } | null }): string | null {
  return plan.period ? `${plan.period.end}-12-31` : null;
}

export interface ReadingInput {
  start: string | null;
  end: string | null;
  today: string;
  /** The reported share, or null (nothing reported, or a status without a figure). */
  actual: number | null;
  done: boolean;
  reported: boolean;
  thresholds: Thresholds;
}

/** One task or target against its 序时进度. */
export function scheduleReading(input: ReadingInput): ScheduleReading {
  const { start, end, today } = input;
  const expected = start && end ? expectedShare(start, end, today) : null;
  const actual = input.done ? 100 : input.actual == null ? null : Math.round(input.actual * 10) / 10;
  const overdue = end != null && today > end && !input.done;
  const gap = expected != null && actual != null ? Math.round((expected - actual) * 10) / 10 : null;
  let light: Light;
  if (overdue) light = 'red';
  else if (input.done) light = 'green';
  else if (!input.reported || gap == null) light = 'grey';
  else light = lightOfGap(gap, input.thresholds);
  return { expected, actual, gap, light, overdue };
}

/** A task's reported share: the figure, 已完成 = 100, 未开始 without a figure = 0. */
export function taskActual(status: string | null | undefined, percent: number | null | undefined): number | null {
  if (status === '已完成') return 100;
  if (percent != null) return percent;
  return status === '未开始' ? 0 : null;
}
