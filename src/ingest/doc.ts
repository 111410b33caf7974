// The value passed from stage to stage in src/ingest/pipeline.ts. Each stage returns a new IngestDoc
// (markdown-it's core state, but immutable: a stage never mutates the doc it was given).
import type { DecodedFormat } from './decode.ts';
import type { Plan, PlanMeta, Script, Target, Task, TaskKind } from './types.ts';
import type { UndatedTarget } from './targets.ts';

/** One paragraph or bullet handed to extractTargets, in document order. */
export interface TargetSegment {
  text: string; // one paragraph or bullet, Simplified, cleaned
  original: string; // the same paragraph as the document wrote it
  taskId: string | null; // the task it sits in, null outside tasks
  section: 'goals' | 'task' | 'column' | 'other';
  headingPath: string[]; // headings above it, outermost first
}

/** Numbering styles, outermost first in the usual Chinese official-document order. */
export type HeadingLevel =
  | 'part' // 一、
  | 'section' // (一) / （一）
  | 'item' // 1. / 1、 / 1．
  | 'sub' // (1) / （1）
  | 'circled' // ①
  | 'column' // 专栏1 / 專欄1
  | 'annex'; // 附件 / 附件1

/** A line of the document as the outline stage sees it. */
export interface Block {
  index: number; // line number in doc.lines
  text: string; // Simplified
  original: string; // as written
  heading: null | {
    level: HeadingLevel;
    number: number; // 一 → 1, (三) → 3, ② → 2
    label: string; // the numbering as printed: '一、', '(一)', '1.'
    rest: string; // the text after the numbering (may carry a run-on first sentence)
    tentative?: boolean; // `1.5G网络`: an item only where the numbering expects it (not `1.5亿元`)
    damaged?: boolean; // `?鐇渚冨垎推进…(牵头单位:…)`: numbering lost to mojibake; level and number from its neighbours
  };
}

/** A node of the outline: a numbered heading and everything below it up to its next sibling. */
export interface OutlineNode {
  block: Block;
  children: OutlineNode[];
  paragraphs: Block[]; // unnumbered lines directly under this node, before its first child
  inAnnex: boolean;
  inColumn: boolean;
}

export interface IngestDoc {
  name: string;
  format: DecodedFormat; // what decode read: text, html, markdown, docx, pdf
  text: string; // cleaned text (after strip-artifacts), in the document's own script
  frontMatter: Record<string, string>;
  script: Script;
  lines: string[]; // Simplified, one per line, blank lines dropped
  originalLines: string[]; // the same lines as written (same indices as lines)
  blocks: Block[];
  outline: OutlineNode[]; // top-level nodes (plus a synthetic root for the preamble)
  annex: OutlineNode[]; // nodes inside an 附件 part
  annexStart: number; // index in blocks of the 附件 line that starts the annex, -1 when none
  tasks: Task[];
  taskBlocks: Block[][]; // the lines of each task, parallel to tasks (for target segments, annex)
  targetSegments: TargetSegment[];
  targets: Target[];
  undatedTargets: UndatedTarget[]; // quantities with no year the document gives (target-years stage)
  meta: PlanMeta | null;
}

export type Stage = (doc: IngestDoc) => IngestDoc;
export type { Plan, TaskKind };
