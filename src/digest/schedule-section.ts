// The digest's 序时进度 sections (issue 15), pure over the loaded rows: each task against the share of
// its span gone (the lead unit's figure when it reported: it answers for the whole task), each target
// metric against the share of its year gone, the replies grouped lead-then-supporters, and who is on leave.
import type { ReportRow } from '../store/progress-reader.ts';
import type { DigestRows } from './load.ts';
import { planEnd, planStart, scheduleReading, taskActual } from './schedule-lights.ts';
import type { LatestStatuses } from './sections.ts';
import type { Digest, DigestStatus, Light, ScheduleEntry, UnitReply } from './types.ts';

/** Per `${unitId}:${taskKeyId}`: that unit's latest report on the task as of the digest's week. */
export function latestByUnitTask(rows: DigestRows): Map<string, ReportRow> {
  const out = new Map<string, ReportRow>();
  for (const r of rows.aliveNow) if (r.taskKeyId != null) out.set(`${r.unitId}:${r.taskKeyId}`, r);
  return out;
}

function leadReport(rows: DigestRows, byUnitTask: Map<string, ReportRow>, taskKeyId: number): ReportRow | undefined {
  let best: ReportRow | undefined;
  for (const unitId of rows.roles.get(taskKeyId)?.lead ?? []) {
    const r = byUnitTask.get(`${unitId}:${taskKeyId}`);
    if (r && (r.status != null || r.percent != null) && (!best || r.reportedAt > best.reportedAt)) best = r;
  }
  return best;
}

export function scheduleSection(rows: DigestRows, latest: LatestStatuses, byUnitTask = latestByUnitTask(rows)): ScheduleEntry[] {
  const start = planStart(rows.plan);
  const end = planEnd(rows.plan);
  return rows.tasks.map((t) => {
    const r = leadReport(rows, byUnitTask, t.taskKeyId) ?? latest.taskNow.get(t.taskKeyId);
    const dates = rows.taskDeadlines.get(t.id);
    const deadline = dates?.length ? dates[dates.length - 1] : end;
    const reading = scheduleReading({
      start, end: deadline, today: rows.today, actual: taskActual(r?.status, r?.percent), done: r?.status === '已完成', reported: r != null, thresholds: rows.thresholds,
    });
    return {
      task: t.number, title: t.title, expected: reading.expected, actual: reading.actual, gap: reading.gap, light: reading.light,
      start, deadline, overdue: reading.overdue, unit: r ? rows.unitNames.get(r.unitId) ?? null : null,
    };
  });
}

/** A target metric's 序时进度: the span is its year (2022年目标: 2022-01-01 to 2022-12-31), from the plan's start when later. */
export function metricSchedule(rows: DigestRows, m: { year: number | null; percentOfTarget: number | null; latest: number | null }): Pick<Digest['metrics'][number], 'expected' | 'gap' | 'light'> {
  const year = m.year ?? rows.plan.period?.end ?? null;
  const planFirst = planStart(rows.plan);
  const yearFirst = year != null ? `${year}-01-01` : null;
  const start = yearFirst && planFirst && planFirst > yearFirst && planFirst.slice(0, 4) === String(year) ? planFirst : yearFirst;
  const reading = scheduleReading({
    start, end: year != null ? `${year}-12-31` : null, today: rows.today, actual: m.percentOfTarget, done: (m.percentOfTarget ?? 0) >= 100,
    reported: m.latest != null, thresholds: rows.thresholds,
  });
  return { expected: reading.expected, gap: reading.gap, light: reading.light };
}

const toReply = (rows: DigestRows, r: ReportRow): UnitReply => ({
  unit: rows.unitNames.get(r.unitId) ?? String(r.unitId), status: (r.status as DigestStatus | null) ?? null, percent: r.percent, note: r.note,
});

/** This week's replies per task: the lead units' first, the supporting units' beneath (牵头 / 配合). */
export function repliesSection(rows: DigestRows): Digest['replies'] {
  const byTask = new Map<number, ReportRow[]>();
  for (const r of rows.thisWeek) if (r.taskKeyId != null) byTask.set(r.taskKeyId, [...(byTask.get(r.taskKeyId) ?? []), r]);
  const out: Digest['replies'] = [];
  for (const t of rows.tasks) {
    const replies = byTask.get(t.taskKeyId);
    if (!replies) continue;
    // The unit's last reply of the week stands (a correction replaces the first).
    const lastPerUnit = new Map(replies.map((r) => [r.unitId, r] as const));
    const support = new Set(rows.roles.get(t.taskKeyId)?.support ?? []);
    const all = [...lastPerUnit.values()];
    out.push({
      taskNumber: t.number, title: t.title,
      lead: all.filter((r) => !support.has(r.unitId)).map((r) => toReply(rows, r)),
      supporters: all.filter((r) => support.has(r.unitId)).map((r) => toReply(rows, r)),
    });
  }
  return out;
}

/** Expected units with members on leave today; `whole` when none of its members is at work. */
export function leaveSection(rows: DigestRows): Digest['units']['onLeave'] {
  const out: Digest['units']['onLeave'] = [];
  for (const u of rows.expected) {
    const away = u.members.filter((m) => rows.leaves.has(m)).map((user) => ({ user, until: rows.leaves.get(user)! }));
    if (away.length) out.push({ unitId: u.unitId, unit: u.unit, members: away, whole: away.length === u.members.length });
  }
  return out;
}

/** Each unit's bar gets its tasks' lights (the chart shows them beside the statuses). */
export function withLights(rows: DigestRows, byUnit: Digest['byUnit'], schedule: ScheduleEntry[]): Digest['byUnit'] {
  const lightOf = new Map(schedule.map((e) => [e.task, e.light] as const));
  const tasksOf = new Map(rows.expected.map((u) => [u.unit, u.tasks] as const));
  return byUnit.map((b) => {
    const lights: Record<Light, number> = { red: 0, yellow: 0, green: 0, grey: 0 };
    for (const t of tasksOf.get(b.unit) ?? []) lights[lightOf.get(t.number) ?? 'grey']++;
    return { ...b, lights };
  });
}
