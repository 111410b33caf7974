// The digest model: what a followed plan looks like for one workspace in one week. Renderers
// (text, Slack, Discord, chart) only read this; it is also the JSON `duban digest --format json` prints.
import type { Light, Thresholds } from './schedule-lights.ts';

export type { Light, Thresholds } from './schedule-lights.ts';

export type DigestStatus = '未开始' | '推进中' | '已完成' | '滞后' | '受阻' | '未填报';

export const DIGEST_STATUSES: DigestStatus[] = ['已完成', '推进中', '未开始', '滞后', '受阻', '未填报'];

export interface DigestUnit {
  unitId: number;
  unit: string;
}

export interface Digest {
  tenant: string;
  planId: number;
  plan: string;
  shortName: string;
  week: string;
  /** Local date the digest was built for (deadlines count from it). */
  today: string;
  timezone: string;
  units: {
    expected: number;
    reported: DigestUnit[];
    missing: Array<DigestUnit & { members: string[] }>;
    excused: DigestUnit[];
    /** Members on leave today (请假到…): per unit; `whole`: every member is away (not counted missing). */
    onLeave: Array<DigestUnit & { members: Array<{ user: string; until: string }>; whole: boolean }>;
  };
  tasks: number;
  /** Tasks by their latest status as of this week (and as of last week, and the change). */
  statusCounts: Record<DigestStatus, number>;
  lastWeekCounts: Record<DigestStatus, number>;
  statusChange: Record<DigestStatus, number>;
  atRisk: Array<{ taskNumber: string; title: string; unit: string | null; status: DigestStatus; reasons: Array<'滞后' | '受阻' | '逾期' | '承诺逾期'>; deadline: string | null; note: string | null }>;
  upcomingDeadlines: Array<{ date: string; daysLeft: number; taskNumber: string; title: string; text: string; status: DigestStatus }>;
  /**
   * 序时进度 per target metric (issue 15): expected = elapsed share of the target's year (from the
   * plan's start when later), gap = expected − percentOfTarget in points, light by the plan's thresholds.
   */
  metrics: Array<{
    name: string; unit: string | null; year: number | null; target: number | null; latest: number | null; reportedBy: string | null; reportedWeek: string | null; percentOfTarget: number | null;
    expected: number | null; gap: number | null; light: Light;
    /** The last figure reported in a week of the year before (shown beside this year's, issue 13). */
    lastYear?: number | null;
  }>;
  /** The gaps (points behind 序时进度) at which this plan's lights turn yellow and red. */
  thresholds: Thresholds;
  /** 序时进度 per task (issue 15), in plan order: red, yellow, green or grey (nothing reported). */
  schedule: ScheduleEntry[];
  /** Tasks replied to this week: the lead unit's reply with the supporting units' beneath (issue 15). */
  replies: Array<{ taskNumber: string; title: string; lead: UnitReply[]; supporters: UnitReply[] }>;
  /** Promised completion dates and blockers from the replies (issue 11); overdue: the date passed, not 已完成. */
  promises: Array<{ taskNumber: string; title: string; unit: string | null; status: DigestStatus; percent: number | null; expected: string | null; blocker: string | null; overdue: boolean }>;
  notes: Array<{ unit: string; taskNumber: string | null; status: DigestStatus | null; text: string; week: string }>;
  /** Per unit, its tasks by status (the chart's bars). */
  byUnit: Array<{ unit: string; counts: Record<DigestStatus, number>; /** Its tasks' 序时进度 lights (issue 15). */ lights?: Record<Light, number> }>;
}

/** `duban digest --format json` → plans[].schedule[]: { task, expected, actual, gap, light, … }. */
export interface ScheduleEntry {
  task: string;
  title: string;
  /** Expected share (0–100) by 序时进度 today; null: the task has no dated span. */
  expected: number | null;
  /** Latest reported percent (已完成 = 100); null: none. */
  actual: number | null;
  gap: number | null;
  light: Light;
  /** The span it is measured on: the plan's start to the task's last deadline (or the plan's end). */
  start: string | null;
  deadline: string | null;
  overdue: boolean;
  /** The unit whose figure was read (the lead's when it reported). */
  unit: string | null;
}

export interface UnitReply {
  unit: string;
  status: DigestStatus | null;
  percent: number | null;
  note: string | null;
}

export function emptyCounts(): Record<DigestStatus, number> {
  return { 已完成: 0, 推进中: 0, 未开始: 0, 滞后: 0, 受阻: 0, 未填报: 0 };
}
