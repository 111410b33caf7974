// What recordProgress takes and answers (a thread reply, /duban report, the CLI, the bench).
import type { ReplyMetric } from './reply/types.ts';

export interface RecordInput {
  tenant: string;
  user: string;
  /** 'slack' | 'discord' | 'console' | 'cli': with sourceMessageId, the dedupe key. */
  platform?: string;
  channel?: string | null;
  thread?: string | null;
  /** The platform's id of the message (Slack ts / Discord message id / a CLI uuid). */
  sourceMessageId: string;
  at: Date;
  /** The adapter's verdict; a coordinator may report for any unit (recorded as on behalf). */
  isCoordinator?: boolean;
  /** Alias of isCoordinator. */
  onBehalf?: boolean;
  plan?: string | number;
  unit?: string;
  task?: string | number;
  /** Free text: read with the unit's tasks and the plan's metrics (progress/reply). */
  text?: string;
  status?: string;
  percent?: number;
  note?: string;
  metrics?: StoredMetric[];
  noChange?: boolean;
  week?: string;
  timezone?: string;
  /** Task numbers a correction (改：…) applies to when it names none: those of the reading it replaces. */
  correcting?: string[];
}

/** A metric as stored with a report: in the plan's unit where the plan names the metric. */
export interface StoredMetric {
  name: string;
  value: number;
  unit: string | null;
  /** false: an increment (本周新建3座); the targets table takes running totals only. */
  cumulative?: boolean;
}

export type { ReplyMetric };

export type RecordCode =
  | 'empty' | 'noise' | 'too_long' | 'percent_over_100' | 'percent_negative' | 'bad_date' | 'unknown_task'
  | 'unknown_unit' | 'unknown_plan' | 'not_a_member' | 'not_assigned' | 'missing_unit' | 'missing_task' | 'bad_status' | 'bad_week';

export interface RecordResult {
  /** asked: the reading was a guess; the question went back and nothing was stored. */
  status: 'recorded' | 'duplicate' | 'rejected' | 'asked';
  code?: RecordCode;
  /** What was understood (recorded / duplicate), the question (asked) or what went wrong (rejected). */
  understood: string;
  /** How to correct it. */
  correctionHint: string;
  /** understood + hint, ready to send. */
  text: string;
  reportIds: number[];
  unit?: string;
  week?: string;
  /** The task numbers recorded (what a later 改：… applies to). */
  tasks?: string[];
}

export const HINT = '如有误，回复“改：”加正确内容即可替换本条（如“改：任务4 推进中 60%”），历史保留。';

export function reject(code: RecordCode, message: string, hint = HINT): RecordResult {
  return { status: 'rejected', code, understood: message, correctionHint: hint, text: `${message}\n${hint}`, reportIds: [] };
}

export function ask(question: string, unit?: string, week?: string): RecordResult {
  return { status: 'asked', understood: question, correctionHint: '', text: question, reportIds: [], unit, week };
}
