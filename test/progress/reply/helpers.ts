// Builds a ReplyDoc up to a stage, so each stage's test feeds it what the stages before it make.
import { emptyDoc, stages } from '../../../src/progress/reply/read-reply.ts';
import type { ReadOptions, ReplyDoc } from '../../../src/progress/reply/types.ts';

export function docBefore(stage: string, raw: string, options: ReadOptions = { week: '2022-W10' }): ReplyDoc {
  let doc = emptyDoc(raw, options);
  for (const [name, run] of stages) {
    if (name === stage) return doc;
    doc = run(doc);
  }
  throw new Error(`no stage ${stage}`);
}

export function runStage(stage: string, raw: string, options?: ReadOptions): ReplyDoc {
  const found = stages.find(([name]) => name === stage);
  if (!found) throw new Error(`no stage ${stage}`);
  return found[1](docBefore(stage, raw, options));
}
