// The shape `duban read-reply --json` prints (../shared/spec/reply-json.md) and the value the reader's
// stages hand on, one to the next (each stage returns a new ReplyDoc; none mutates its input).

export const STATUSES = ['未开始', '推进中', '已完成', '滞后', '受阻'] as const;
export type ProgressStatus = (typeof STATUSES)[number];

export interface ReplyMetric {
  /** The clause the figure was read from: 累计建成5G基站22座. */
  text: string;
  /** What is counted, as the reply words it (5G基站); '' where the reply names nothing. */
  name: string;
  value: number;
  /** As written, multiplier kept: 1000万户 → value 1000, unit 万户. */
  unit: string;
  cumulative: boolean;
}

export interface TaskFigure {
  task: string;
  status: ProgressStatus | null;
  percent: number | null;
}

export interface ReplyReading {
  reply: string;
  status: ProgressStatus | null;
  percent: number | null;
  tasks: string[];
  perTask: TaskFigure[];
  metrics: ReplyMetric[];
  expected: string | null;
  blocker: string | null;
  noChange: boolean;
  sure: boolean;
  question: string | null;
}

/** Why a reply cannot be stored at all (the old parser's refusal codes, kept for /report). */
export type ReplyProblem = 'empty' | 'noise' | 'too_long' | 'percent_over_100' | 'percent_negative' | 'bad_date';

export interface ReadOptions {
  /** ISO week the reply belongs to ('2022-W10'): relative dates resolve against it. */
  week: string;
  /** The task numbers the replying unit holds, as the prompt listed them. */
  unitTasks?: string[];
  timezone?: string;
}

/** A stretch of the reply about the same task(s): 任务1.2已完成；| 任务2.3完成过半… */
export interface Clause {
  tasks: string[];
  /** Offset of the clause in ReplyDoc.text. */
  start: number;
  text: string;
  status: ProgressStatus | null;
  percent: number | null;
  /** Several tasks with 分别 and as many figures: 任务7、任务8分别完成40%和20%. */
  respectivePercents: number[];
  /** A step is finished but not the task: 已完成招标. */
  stepDone: boolean;
  /** The status rests on a finished step alone (已完成主体工程。): whether the task is done is unclear. */
  onlyStep: boolean;
}

export interface ReplyDoc {
  raw: string;
  /** NFKC, Simplified, invisible characters removed. */
  text: string;
  options: Required<Pick<ReadOptions, 'week' | 'timezone'>> & { unitTasks: string[] };
  tasks: string[];
  clauses: Clause[];
  /** [start, end) spans of text that a negation covers: 尚未完成, 还没完成. */
  negated: Array<[number, number]>;
  metrics: ReplyMetric[];
  expected: string | null;
  blocker: string | null;
  noChange: boolean;
  problem: ReplyProblem | null;
  /** The offending figure or phrase for a problem (120%, 13月). */
  problemDetail: string | null;
}
