// The digest's one read of the store: the plan (global) and this tenant's reports, members and
// excuses for one plan and week, read once each. Everything after this is pure (sections.ts).
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import { addWeeks, localDate, weekDate } from '../core/week.ts';
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { excusedUnits, membersOfTenant, metricsUpTo, planAssignments, reportsAliveAsOf, reportsOfWeek, type ReportRow } from '../store/progress-reader.ts';
import type { StoredDeadline, StoredPlan, StoredTarget, StoredTask } from '../store/rows.ts';
import { latestPromisesOfPlan, type ReadingExtras } from '../store/reply-store.ts';
import { expectedUnits, type UnitTasks } from '../store/units-of-plan.ts';
import { deadlinesOfPlan, leavesOn, thresholdsOf } from '../store/schedule-reader.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from './schedule-lights.ts';

export interface DigestInput {
  tenant: string;
  planId: number;
  week: string;
  now: Date;
  timezone?: string;
}

/** What a digest is computed from. */
export interface DigestRows {
  tenant: string;
  week: string;
  timezone: string;
  /** Local date deadlines count from: now, but never past the end of the digest's week. */
  today: string;
  plan: StoredPlan;
  tasks: StoredTask[];
  expected: UnitTasks[];
  unitNames: Map<number, string>;
  /** Reports alive as of this week and as of last week, oldest first; this week's own reports. */
  aliveNow: ReportRow[];
  alivePrev: ReportRow[];
  thisWeek: ReportRow[];
  metricReports: Array<{ unitId: number; week: string; metrics: ReportRow['metrics'] }>;
  deadlines: StoredDeadline[];
  targets: StoredTarget[];
  excused: Set<number>;
  /** Per task key: the promised date and blocker of its latest reading (issue 11). */
  promised: Map<number, ReadingExtras>;
  /** Issue 15: the plan's light thresholds here, every deadline per task id, roles per task key, members on leave today. */
  thresholds: Thresholds;
  taskDeadlines: Map<number, string[]>;
  roles: Map<number, { lead: number[]; support: number[] }>;
  leaves: Map<string, string>;
}

const DAY = 86_400_000;
export const isoDay = (s: string): number => Date.parse(`${s}T00:00:00Z`);

export function loadDigestRows(store: Store, input: DigestInput): DigestRows {
  const timezone = input.timezone ?? DEFAULT_TIMEZONE;
  const reader = planReader(store);
  const plan = reader.plan(input.planId);
  if (!plan) throw new Error(`no plan ${input.planId}`);
  const sunday = weekDate(input.week, 7);
  const endOfWeek = `${sunday.y}-${String(sunday.m + 1).padStart(2, '0')}-${String(sunday.d).padStart(2, '0')}`;
  const nowDay = localDate(input.now, timezone);
  const today = nowDay < endOfWeek ? nowDay : endOfWeek;
  const assignments = planAssignments(store, input.planId);
  const unitNames = new Map(assignments.map((a) => [a.unitId, a.unit] as const));
  for (const m of membersOfTenant(store, input.tenant)) unitNames.set(m.unitId, m.unit);
  // The latest report per (unit, task) as of this week and as of last week (index ranges, not a year of history).
  // Oldest first by week, then report time (not insert order): a report back-filled later for an
  // older week must not beat the newer week's (issue 13).
  const byTime = (a: ReportRow, b: ReportRow) => a.week.localeCompare(b.week) || a.reportedAt - b.reportedAt || a.id - b.id;
  const horizon = new Date(isoDay(today) + 30 * DAY).toISOString().slice(0, 10);
  const tasks = reader.tasksOfPlan(input.planId);
  const roles = new Map<number, { lead: number[]; support: number[] }>();
  for (const a of assignments) {
    const r = roles.get(a.taskKeyId) ?? { lead: [], support: [] };
    (a.role === 'support' ? r.support : r.lead).push(a.unitId);
    roles.set(a.taskKeyId, r);
  }
  return {
    tenant: input.tenant,
    week: input.week,
    timezone,
    today,
    plan,
    tasks,
    expected: expectedUnits(store, input.tenant, input.planId, assignments),
    unitNames,
    aliveNow: reportsAliveAsOf(store, input.tenant, input.planId, input.week).sort(byTime),
    alivePrev: reportsAliveAsOf(store, input.tenant, input.planId, addWeeks(input.week, -1)).sort(byTime),
    thisWeek: reportsOfWeek(store, input.tenant, input.planId, input.week),
    metricReports: metricsUpTo(store, input.tenant, input.planId, input.week),
    // Past deadlines make an unfinished task at risk; the next 30 days are listed.
    deadlines: reader.deadlinesBetween('0000-01-01', horizon),
    targets: reader.targets({ planId: input.planId }),
    excused: excusedUnits(store, input.tenant, input.week),
    promised: latestPromisesOfPlan(store, input.tenant, input.planId, input.week),
    thresholds: thresholdsOf(store, input.tenant, input.planId) ?? DEFAULT_THRESHOLDS,
    taskDeadlines: deadlinesOfPlan(store, input.planId),
    roles,
    leaves: leavesOn(store, input.tenant, today),
  };
}
