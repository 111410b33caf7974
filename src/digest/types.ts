// The digest model: what a followed plan looks like for one workspace in one week. Renderers
// (text, Slack, Discord, chart) only read this; it is also the JSON `duban digest --format json` prints.
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
  };
  tasks: number;
  /** Tasks by their latest status as of this week (and as of last week, and the change). */
  statusCounts: Record<DigestStatus, number>;
  lastWeekCounts: Record<DigestStatus, number>;
  statusChange: Record<DigestStatus, number>;
  atRisk: Array<{ taskNumber: string; title: string; unit: string | null; status: DigestStatus; reasons: Array<'滞后' | '受阻' | '逾期' | '承诺逾期'>; deadline: string | null; note: string | null }>;
  upcomingDeadlines: Array<{ date: string; daysLeft: number; taskNumber: string; title: string; text: string; status: DigestStatus }>;
  /** lastYear: the last figure reported in a week of the year before (shown beside this year's). */
  metrics: Array<{ name: string; unit: string | null; year: number | null; target: number | null; latest: number | null; reportedBy: string | null; reportedWeek: string | null; percentOfTarget: number | null; lastYear?: number | null }>;
  /** Promised completion dates and blockers from the replies (issue 11); overdue: the date passed, not 已完成. */
  promises: Array<{ taskNumber: string; title: string; unit: string | null; status: DigestStatus; percent: number | null; expected: string | null; blocker: string | null; overdue: boolean }>;
  notes: Array<{ unit: string; taskNumber: string | null; status: DigestStatus | null; text: string; week: string }>;
  /** Per unit, its tasks by status (the chart's bars). */
  byUnit: Array<{ unit: string; counts: Record<DigestStatus, number> }>;
}

export function emptyCounts(): Record<DigestStatus, number> {
  return { 已完成: 0, 推进中: 0, 未开始: 0, 滞后: 0, 受阻: 0, 未填报: 0 };
}
