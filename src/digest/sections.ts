// The digest's sections, each a pure function of the rows loaded once (load.ts): statuses and their
// change from last week, deadlines, tasks at risk, targets against the latest reported figures,
// notes, and the units (reported, missing, excused; per-unit counts for the chart).
import type { ReportRow } from '../store/progress-reader.ts';
import { isoDay, type DigestRows } from './load.ts';
import { leaveSection } from './schedule-section.ts';
import { emptyCounts, type Digest, type DigestStatus } from './types.ts';

const DAY = 86_400_000;

export const statusOf = (s: string | null | undefined): DigestStatus => (s ?? '未填报') as DigestStatus;

/** A task's status is its most recent report from any of its units, as of this week and last week. */
export interface LatestStatuses {
  taskNow: Map<number, ReportRow>;
  taskPrev: Map<number, ReportRow>;
  /** `${unitId}:${taskKeyId}` → that unit's latest status of the task. */
  unitTask: Map<string, string>;
}

export function latestStatuses(rows: DigestRows): LatestStatuses {
  const taskNow = new Map<number, ReportRow>();
  const taskPrev = new Map<number, ReportRow>();
  const unitTask = new Map<string, string>();
  for (const r of rows.aliveNow) {
    if (r.taskKeyId == null || !r.status) continue;
    taskNow.set(r.taskKeyId, r);
    unitTask.set(`${r.unitId}:${r.taskKeyId}`, r.status);
  }
  for (const r of rows.alivePrev) if (r.taskKeyId != null && r.status) taskPrev.set(r.taskKeyId, r);
  return { taskNow, taskPrev, unitTask };
}

export function statusSection(rows: DigestRows, latest: LatestStatuses): Pick<Digest, 'statusCounts' | 'lastWeekCounts' | 'statusChange'> {
  const statusCounts = emptyCounts();
  const lastWeekCounts = emptyCounts();
  for (const t of rows.tasks) {
    statusCounts[statusOf(latest.taskNow.get(t.taskKeyId)?.status)]++;
    lastWeekCounts[statusOf(latest.taskPrev.get(t.taskKeyId)?.status)]++;
  }
  const statusChange = emptyCounts();
  for (const k of Object.keys(statusChange) as DigestStatus[]) statusChange[k] = statusCounts[k] - lastWeekCounts[k];
  return { statusCounts, lastWeekCounts, statusChange };
}

/** The plan's deadlines per task (all up to 30 days ahead), and those from today on. */
export function deadlineSection(rows: DigestRows, latest: LatestStatuses): { byTask: Map<number, string[]>; upcoming: Digest['upcomingDeadlines'] } {
  const byTask = new Map<number, string[]>();
  const upcoming: Digest['upcomingDeadlines'] = [];
  const taskById = new Map(rows.tasks.map((t) => [t.id, t] as const));
  for (const d of rows.deadlines) {
    const t = taskById.get(d.taskId);
    if (!t) continue;
    byTask.set(t.id, [...(byTask.get(t.id) ?? []), d.date]);
    if (d.date < rows.today) continue;
    upcoming.push({
      date: d.date, daysLeft: Math.round((isoDay(d.date) - isoDay(rows.today)) / DAY), taskNumber: t.number, title: t.title, text: d.text,
      status: statusOf(latest.taskNow.get(t.taskKeyId)?.status),
    });
  }
  return { byTask, upcoming: upcoming.sort((a, b) => a.date.localeCompare(b.date)) };
}

/** 滞后 or 受阻 by their latest report, or 逾期: a deadline passed and the task not 已完成. */
export function atRiskSection(rows: DigestRows, latest: LatestStatuses, deadlinesByTask: Map<number, string[]>, promises: Digest['promises']): Digest['atRisk'] {
  const atRisk: Digest['atRisk'] = [];
  const promiseOverdue = new Set(promises.filter((p) => p.overdue).map((p) => p.taskNumber));
  for (const t of rows.tasks) {
    const r = latest.taskNow.get(t.taskKeyId);
    const status = statusOf(r?.status);
    const reasons: Digest['atRisk'][number]['reasons'] = [];
    if (status === '滞后' || status === '受阻') reasons.push(status);
    const past = (deadlinesByTask.get(t.id) ?? []).filter((d) => d < rows.today);
    if (past.length && status !== '已完成') reasons.push('逾期');
    if (promiseOverdue.has(t.number)) reasons.push('承诺逾期');
    if (!reasons.length) continue;
    atRisk.push({
      taskNumber: t.number, title: t.title, unit: r ? rows.unitNames.get(r.unitId) ?? null : null, status, reasons,
      deadline: past.length ? past[past.length - 1] : null, note: r?.note ?? null,
    });
  }
  return atRisk;
}

/**
 * This week's notes worth reading (six characters or more, not 本周无新进展), one per task (the
 * latest report of the week wins, by report time: two contradictory lines for one task read as
 * noise, issue 13), 受阻 and 滞后 first, at most 10.
 */
export function notesSection(rows: DigestRows): Digest['notes'] {
  const taskByKey = new Map(rows.tasks.map((t) => [t.taskKeyId, t] as const));
  const latestPerTask = new Map<string, ReportRow>();
  for (const r of [...rows.thisWeek].sort((a, b) => a.reportedAt - b.reportedAt || a.id - b.id)) latestPerTask.set(r.taskKeyId != null ? `t${r.taskKeyId}` : `u${r.unitId}`, r);
  return [...latestPerTask.values()]
    .filter((r) => r.note && r.note.replace(/\s/g, '').length >= 6 && !r.noChange)
    .map((r) => ({
      unit: rows.unitNames.get(r.unitId) ?? String(r.unitId), taskNumber: r.taskKeyId != null ? taskByKey.get(r.taskKeyId)?.number ?? null : null,
      status: r.status as DigestStatus | null, text: r.note!, week: r.week,
    }))
    .sort((a, b) => noteRank(a.status) - noteRank(b.status))
    .slice(0, 10);
}

export function unitsSection(rows: DigestRows, latest: LatestStatuses): Pick<Digest, 'units' | 'byUnit'> {
  const reported = new Set(rows.thisWeek.map((r) => r.unitId));
  const { expected, excused } = rows;
  const byUnit = expected.map((u) => {
    const counts = emptyCounts();
    for (const t of u.tasks) counts[statusOf(latest.unitTask.get(`${u.unitId}:${t.taskKeyId}`))]++;
    return { unit: u.unit, counts };
  });
  // 请假 (issue 15): a unit whose every member is on leave is away, not missing.
  const onLeave = leaveSection(rows);
  const away = new Set(onLeave.filter((l) => l.whole).map((l) => l.unitId));
  return {
    units: {
      expected: expected.length,
      reported: expected.filter((u) => reported.has(u.unitId)).map((u) => ({ unitId: u.unitId, unit: u.unit })),
      missing: expected.filter((u) => !reported.has(u.unitId) && !excused.has(u.unitId) && !away.has(u.unitId)).map((u) => ({ unitId: u.unitId, unit: u.unit, members: u.members })),
      excused: expected.filter((u) => excused.has(u.unitId) && !reported.has(u.unitId)).map((u) => ({ unitId: u.unitId, unit: u.unit })),
      onLeave,
    },
    byUnit,
  };
}

function noteRank(s: string | null): number {
  return s === '受阻' ? 0 : s === '滞后' ? 1 : 2;
}
