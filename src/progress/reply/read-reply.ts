// The reply reader: one named, ordered list of pure stages (as the ingest and markdown-it do), each
// `(doc: ReplyDoc) => ReplyDoc`, then `decide` turns the doc into the answer reply-json.md specifies.
// The chat path (record.ts) and `duban read-reply --json` call the same readReply.
import { DEFAULT_TIMEZONE } from '../../core/clock.ts';
import { blocker } from './blocker.ts';
import { dates } from './dates.ts';
import { decide } from './decide.ts';
import { metrics } from './metrics.ts';
import { negation } from './negation.ts';
import { noChange } from './no-change.ts';
import { normalise } from './normalise.ts';
import { quantities } from './quantities.ts';
import { status } from './status.ts';
import { taskRefs } from './task-refs.ts';
import type { ReadOptions, ReplyDoc, ReplyReading } from './types.ts';

type Stage = (doc: ReplyDoc) => ReplyDoc;

// Status before quantities: the figure then settles the words (已完成60% → 推进中).
export const stages: Array<[string, Stage]> = [
  ['normalise', normalise],
  ['task-refs', taskRefs],
  ['negation', negation],
  ['status', status],
  ['no-change', noChange],
  ['quantities', quantities],
  ['metrics', metrics],
  ['dates', dates],
  ['blocker', blocker],
];

export function emptyDoc(raw: string, options: ReadOptions): ReplyDoc {
  return {
    raw, text: '', options: { week: options.week, timezone: options.timezone ?? DEFAULT_TIMEZONE, unitTasks: (options.unitTasks ?? []).map((t) => t.toLowerCase()) },
    tasks: [], clauses: [], negated: [], metrics: [], expected: null, blocker: null, noChange: false, problem: null, problemDetail: null,
  };
}

/** Reads one progress reply; pure (the week and the unit's tasks come in options). */
export function readReplyDoc(raw: string, options: ReadOptions): ReplyDoc {
  let doc = emptyDoc(typeof raw === 'string' ? raw : '', options);
  for (const [, stage] of stages) {
    doc = stage(doc);
    if (doc.problem === 'empty' || doc.problem === 'too_long') break;
  }
  return doc;
}

export function readReply(raw: string, options: ReadOptions): ReplyReading {
  return decide(readReplyDoc(raw, options));
}
