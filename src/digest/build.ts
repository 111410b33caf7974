// buildDigest: rows → Digest, for one tenant, plan and week. Reads the plan (global) and this
// tenant's reports once each, then computes in memory (200 units × 52 weeks in well under 100 ms).
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { excusedUnits, membersOfTenant, metricsUpTo, planAssignments, reportsAliveAsOf, reportsOfWeek, type ReportRow } from '../store/progress-reader.ts';
import { expectedUnits } from '../store/units-of-plan.ts';
import { addWeeks, localDate, weekDate } from '../core/week.ts';
import { buildPromises } from './promises.ts';
import { emptyCounts, type Digest, type DigestStatus } from './types.ts';

export interface DigestInput {
  tenant: string;
  planId: number;
  week: string;
  now: Date;
  timezone?: string;
}

const DAY = 86_400_000;
const isoDay = (s: string) => Date.parse(`${s}T00:00:00Z`);

function statusOf(s: string | null | undefined): DigestStatus {
  return (s ?? '未填报') as DigestStatus;
}

export function buildDigest(store: Store, input: DigestInput): Digest {
  const tz = input.timezone ?? DEFAULT_TIMEZONE;
  const reader = planReader(store);
  const plan = reader.plan(input.planId);
  if (!plan) throw new Error(`no plan ${input.planId}`);
  const lastWeek = addWeeks(input.week, -1);
  // "Today" for deadlines: now, but never past the end of the digest's week (a digest for an old week).
  const sunday = weekDate(input.week, 7);
  const endOfWeek = `${sunday.y}-${String(sunday.m + 1).padStart(2, '0')}-${String(sunday.d).padStart(2, '0')}`;
  const nowDay = localDate(input.now, tz);
  const today = nowDay < endOfWeek ? nowDay : endOfWeek;

  const tasks = reader.tasksOfPlan(input.planId);
  const assignments = planAssignments(store, input.planId);
  const expected = expectedUnits(store, input.tenant, input.planId, assignments);
  const unitNames = new Map(assignments.map((a) => [a.unitId, a.unit] as const));
  for (const m of membersOfTenant(store, input.tenant)) unitNames.set(m.unitId, m.unit);
  // The latest report per (unit, task) as of this week and as of last week (index ranges, not a
  // year of history); a task's status is its most recent report from any of its units.
  const byTime = (a: ReportRow, b: ReportRow) => a.reportedAt - b.reportedAt || a.id - b.id;
  const aliveNow = reportsAliveAsOf(store, input.tenant, input.planId, input.week).sort(byTime);
  const alivePrev = reportsAliveAsOf(store, input.tenant, input.planId, lastWeek).sort(byTime);
  const thisWeek = reportsOfWeek(store, input.tenant, input.planId, input.week);
  const reportedThisWeek = new Set(thisWeek.map((r) => r.unitId));
  const taskNow = new Map<number, ReportRow>();
  const taskPrev = new Map<number, ReportRow>();
  const unitTask = new Map<string, string>();
  for (const r of aliveNow) {
    if (r.taskKeyId == null || !r.status) continue;
    taskNow.set(r.taskKeyId, r);
    unitTask.set(`${r.unitId}:${r.taskKeyId}`, r.status);
  }
  for (const r of alivePrev) if (r.taskKeyId != null && r.status) taskPrev.set(r.taskKeyId, r);
  const metricLatest = new Map<string, { unitId: number; week: string; value: number }>();
  for (const r of metricsUpTo(store, input.tenant, input.planId, input.week)) {
    // The targets table takes running totals (累计22座), not this week's increment (新建3座).
    for (const m of r.metrics as Array<{ name: string; value: number; cumulative?: boolean }>) if (m.cumulative !== false) metricLatest.set(m.name, { unitId: r.unitId, week: r.week, value: m.value });
  }

  const statusCounts = emptyCounts();
  const lastWeekCounts = emptyCounts();
  for (const t of tasks) {
    statusCounts[statusOf(taskNow.get(t.taskKeyId)?.status)]++;
    lastWeekCounts[statusOf(taskPrev.get(t.taskKeyId)?.status)]++;
  }
  const statusChange = emptyCounts();
  for (const k of Object.keys(statusChange) as DigestStatus[]) statusChange[k] = statusCounts[k] - lastWeekCounts[k];

  // Deadlines of this plan's tasks: past ones make an unfinished task at risk; the next 30 days are listed.
  const deadlinesByTask = new Map<number, string[]>();
  const upcomingDeadlines: Digest['upcomingDeadlines'] = [];
  const horizon = new Date(isoDay(today) + 30 * DAY).toISOString().slice(0, 10);
  const taskById = new Map(tasks.map((t) => [t.id, t] as const));
  for (const d of reader.deadlinesBetween('0000-01-01', horizon)) {
    const t = taskById.get(d.taskId);
    if (!t) continue;
    deadlinesByTask.set(t.id, [...(deadlinesByTask.get(t.id) ?? []), d.date]);
    if (d.date >= today) {
      upcomingDeadlines.push({
        date: d.date, daysLeft: Math.round((isoDay(d.date) - isoDay(today)) / DAY), taskNumber: t.number, title: t.title, text: d.text,
        status: statusOf(taskNow.get(t.taskKeyId)?.status),
      });
    }
  }

  const promises = buildPromises(store, {
    tenant: input.tenant, planId: input.planId, week: input.week, today, tasks,
    statusOf: (key) => {
      const r = taskNow.get(key);
      return { status: statusOf(r?.status), percent: r?.percent ?? null, unit: r ? unitNames.get(r.unitId) ?? null : null };
    },
  });
  const overdueKeys = new Set(promises.filter((p) => p.overdue).map((p) => p.taskNumber));
  const atRisk: Digest['atRisk'] = [];
  for (const t of tasks) {
    const r = taskNow.get(t.taskKeyId);
    const status = statusOf(r?.status);
    const reasons: Digest['atRisk'][number]['reasons'] = [];
    if (status === '滞后' || status === '受阻') reasons.push(status);
    const past = (deadlinesByTask.get(t.id) ?? []).filter((d) => d < today);
    if (past.length && status !== '已完成') reasons.push('逾期');
    if (overdueKeys.has(t.number)) reasons.push('承诺逾期');
    if (!reasons.length) continue;
    atRisk.push({
      taskNumber: t.number, title: t.title, unit: r ? unitNames.get(r.unitId) ?? null : null, status, reasons,
      deadline: past.length ? past[past.length - 1] : null, note: r?.note ?? null,
    });
  }

  // Targets of the digest's year (else the nearest later year, else the latest undated/earlier one).
  const year = Number(input.week.slice(0, 4));
  const targets = reader.targets({ planId: input.planId });
  const metrics: Digest['metrics'] = [];
  const seen = new Set<string>();
  const ranked = [...targets].sort((a, b) => rankYear(a.year, year) - rankYear(b.year, year));
  for (const t of ranked) {
    for (const m of t.metrics) {
      if (seen.has(m.name) || m.value == null) continue;
      seen.add(m.name);
      const latest = metricLatest.get(m.name);
      metrics.push({
        name: m.name, unit: m.unit, year: t.year, target: m.value, latest: latest?.value ?? null,
        reportedBy: latest ? unitNames.get(latest.unitId) ?? null : null, reportedWeek: latest?.week ?? null,
        percentOfTarget: latest && m.value ? Math.round((latest.value / m.value) * 1000) / 10 : null,
      });
    }
  }

  const taskByKey = new Map(tasks.map((t) => [t.taskKeyId, t] as const));
  const notes = thisWeek
    .filter((r) => r.note && r.note.replace(/\s/g, '').length >= 6 && !r.noChange)
    .map((r) => ({ unit: unitNames.get(r.unitId) ?? String(r.unitId), taskNumber: r.taskKeyId != null ? taskByKey.get(r.taskKeyId)?.number ?? null : null, status: r.status as DigestStatus | null, text: r.note!, week: r.week }))
    .sort((a, b) => noteRank(a.status) - noteRank(b.status))
    .slice(0, 10);

  const excused = excusedUnits(store, input.tenant, input.week);
  const byUnit = expected.map((u) => {
    const counts = emptyCounts();
    for (const t of u.tasks) counts[statusOf(unitTask.get(`${u.unitId}:${t.taskKeyId}`))]++;
    return { unit: u.unit, counts };
  });
  return {
    tenant: input.tenant, planId: plan.id, plan: plan.title, shortName: plan.shortName, week: input.week, today, timezone: tz,
    units: {
      expected: expected.length,
      reported: expected.filter((u) => reportedThisWeek.has(u.unitId)).map((u) => ({ unitId: u.unitId, unit: u.unit })),
      missing: expected.filter((u) => !reportedThisWeek.has(u.unitId) && !excused.has(u.unitId)).map((u) => ({ unitId: u.unitId, unit: u.unit, members: u.members })),
      excused: expected.filter((u) => excused.has(u.unitId) && !reportedThisWeek.has(u.unitId)).map((u) => ({ unitId: u.unitId, unit: u.unit })),
    },
    tasks: tasks.length, statusCounts, lastWeekCounts, statusChange, atRisk,
    upcomingDeadlines: upcomingDeadlines.sort((a, b) => a.date.localeCompare(b.date)),
    metrics, promises, notes, byUnit,
  };
}

function rankYear(y: number | null, year: number): number {
  if (y === year) return 0;
  if (y == null) return 5000;
  return y > year ? y - year : 1000 + (year - y);
}

function noteRank(s: string | null): number {
  return s === '受阻' ? 0 : s === '滞后' ? 1 : 2;
}
