// recordProgress: one report (a thread reply, a command, the CLI) → rows in the store, once per
// source message (issue 6 duplicates), only by the unit's members or a coordinator (logged as on
// behalf). A new report supersedes the unit's last one on that task; history is kept. A reply whose
// reading is a guess is not stored: the question goes back instead (issue 11). The steps:
// resolveReporter (unit, plan) → week → readReportText (fields, or a question) → insert → echo.
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import { isDubanError } from '../core/errors.ts';
import type { Store } from '../store/open.ts';
import { followsOfChannel, reportsOfSource } from '../store/progress-reader.ts';
import { insertReports, type NewReport } from '../store/progress-writer.ts';
import { saveReadingExtras } from '../store/reply-store.ts';
import { echoReading } from './echo-reading.ts';
import { readReportText } from './read-report-text.ts';
import { HINT, reject, type RecordInput, type RecordResult } from './record-input.ts';
import { resolveReporter } from './resolve-reporter.ts';
import { isoWeekOf, isValidWeek } from '../core/week.ts';
import { eveningReportWeek } from './report-week.ts';

export type { RecordInput, RecordResult, RecordCode } from './record-input.ts';

export function recordProgress(store: Store, input: RecordInput): RecordResult {
  try {
    return record(store, input);
  } catch (err) {
    if (isDubanError(err) && (err.code === 'unknown_unit' || err.code === 'unknown_plan')) return reject(err.code, `找不到${err.code === 'unknown_unit' ? '单位' : '规划'}“${err.detail}”。`);
    throw err;
  }
}

function duplicateOf(store: Store, input: RecordInput, platform: string): RecordResult | null {
  const seen = reportsOfSource(store, input.tenant, platform, input.sourceMessageId);
  if (!seen.length) return null;
  const msg = `这条消息已记录过（${seen.length} 条填报），未重复记录。`;
  return { status: 'duplicate', understood: msg, correctionHint: HINT, text: msg, reportIds: seen.map((r) => r.id), week: seen[0].week };
}

function record(store: Store, input: RecordInput): RecordResult {
  const platform = input.platform ?? 'console';
  // A re-delivered message: answer as before, record nothing.
  const dup = duplicateOf(store, input, platform);
  if (dup) return dup;
  const reporter = resolveReporter(store, input);
  if ('status' in reporter) return reporter;
  const { unit, plan } = reporter;

  const timezone = input.timezone ?? (input.channel ? followsOfChannel(store, input.tenant, input.channel).find((f) => f.planId === plan.id)?.timezone : undefined) ?? DEFAULT_TIMEZONE;
  // Filed the evening before the prompt: counts for the coming week (issue 15).
  const week = input.week ?? eveningReportWeek(store, { ...input, timezone }, plan.id) ?? reporter.threadWeek ?? isoWeekOf(input.at, timezone);
  if (!isValidWeek(week)) return reject('bad_week', `周次“${week}”无效，应为 2022-W10 这样的 ISO 周。`);

  const read = readReportText(store, input, reporter, week, timezone);
  if ('status' in read) return read;
  const base = {
    tenant: input.tenant, planId: plan.id, unitId: unit.id, reporter: input.user, onBehalf: reporter.onBehalf,
    note: read.note, metrics: read.metrics, noChange: read.noChange, week,
    reportedAt: input.at.getTime(), sourcePlatform: platform, sourceMessageId: input.sourceMessageId,
  };
  const rows: NewReport[] = read.rows.map((row) => ({ ...base, status: row.status, percent: row.percent, taskKeyId: row.task?.taskKeyId ?? null, taskId: row.task?.id ?? null }));
  const ids = insertReports(store, rows);
  if (ids === null) {
    const msg = '这条消息已记录过，未重复记录。';
    return { status: 'duplicate', understood: msg, correctionHint: HINT, text: msg, reportIds: [], unit: unit.name, week };
  }
  if (read.expected || read.blocker) saveReadingExtras(store, ids, { expected: read.expected, blocker: read.blocker });
  const understood = echoReading({
    tasks: read.rows.map((r) => ({ number: r.task?.number ?? null, status: r.status, percent: r.percent })),
    noChange: read.noChange, expected: read.expected, blocker: read.blocker, metrics: read.metrics,
    unit: unit.name, onBehalf: reporter.onBehalf, corrected: Boolean(input.correcting),
  });
  const tasks = read.rows.flatMap((r) => (r.task ? [r.task.number] : []));
  return { status: 'recorded', understood, correctionHint: HINT, text: `${understood}\n${HINT}`, reportIds: ids, unit: unit.name, week, tasks };
}
