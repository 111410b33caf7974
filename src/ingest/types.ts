// The parsed plan, exactly the shape of ../shared/spec/plan-json.md. Field names are a contract
// read by checks: add fields freely, never rename or drop these.

import type { Script } from '../text/script.ts';

export type { Script };
export type PlanKind = 'plan' | 'interpretation';
export type TaskKind = 'task' | 'safeguard' | 'column';

export interface PlanMeta {
  title: string;
  period: { start: number; end: number } | null;
  issuers: string[];
  issuedOn: string | null; // ISO date
  docNumber: string | null; // 穗府办〔2020〕8号
  kind: PlanKind;
  about: string | null; // an interpretation: the title of the plan it explains
  script: Script;
}

export interface Metric {
  name: string;
  value: number | null; // 万/亿 multiplied out; percentages as the number before %
  valueMax?: number | null; // ranges: 10-20个 → value 10, valueMax 20
  unit: string | null;
  qualifier: string | null; // 超 / 约 / 累计 / 以上 / 力争 …, the document's own word
}

export interface Target {
  year: number;
  text: string;
  taskId: string | null;
  metrics: Metric[];
}

export interface Deadline {
  date: string; // ISO date, the last day of the period named (2020年10月底前 → 2020-10-31)
  text: string;
}

export interface Assignment {
  leads: string[];
  supports: string[];
  responsible: string[];
}

export interface Clause extends Assignment {
  text: string;
}

export interface Task extends Assignment {
  id: string; // printed number, or a dotted path where numbering restarts per section ("1.2")
  path: string[]; // headings above it, outermost first
  title: string; // text before the first 。 without its number
  kind: TaskKind;
  body: string; // the whole item, Simplified
  original: string; // the whole item as the document wrote it
  clauses: Clause[];
  deadlines: Deadline[];
}

export interface Plan {
  plan: PlanMeta;
  targets: Target[];
  tasks: Task[];
  undatedTargets?: Array<Omit<Target, 'year'> & { year: null }>;
}

/** The document as read from disk, before any stage runs. */
export interface SourceFile {
  name: string; // file name, for messages and citations
  bytes: Uint8Array;
}
