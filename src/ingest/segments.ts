// The paragraphs handed to extractTargets (src/ingest/targets.ts), in document order, each with the
// section it sits in: goals (a heading naming 目标), a task, a column, or other text. The annex is
// left out: its lines repeat task titles and units, not statements.
import type { Block, IngestDoc, OutlineNode, TargetSegment } from './doc.ts';
import { headingTitle } from './outline.ts';

const GOALS = /目标/;

export function targetSegments(doc: IngestDoc): TargetSegment[] {
  const owner = new Map<number, number>(); // block index → task index
  doc.taskBlocks.forEach((blocks, t) => {
    for (const b of blocks) owner.set(b.index, t);
  });
  const out: TargetSegment[] = [];
  const visit = (node: OutlineNode, path: string[]): void => {
    const here = node.block.heading ? [...path, headingTitle(node.block)] : path;
    if (node.block.heading) push(node.block, path, true);
    for (const p of node.paragraphs) push(p, here, false);
    for (const c of node.children) visit(c, here);
  };
  const push = (b: Block, path: string[], isHeading: boolean): void => {
    const t = owner.get(b.index);
    const task = t === undefined ? null : doc.tasks[t];
    // A task's own heading line is its first paragraph: its text without the number.
    const text = isHeading && task ? b.heading!.rest : b.text;
    const original = isHeading && task ? b.original.slice(Math.max(0, b.original.length - text.length)) : b.original;
    if (!text) return;
    const headingPath = task ? task.path : path;
    const section: TargetSegment['section'] = task
      ? task.kind === 'column'
        ? 'column'
        : 'task'
      : headingPath.some((h) => GOALS.test(h)) || (isHeading && GOALS.test(text))
        ? 'goals'
        : 'other';
    out.push({ text, original, taskId: task ? task.id : null, section, headingPath });
  };
  for (const root of doc.outline) visit(root, []);
  // Annex lines only where tasks were read from the annex (a notice whose items are all attached).
  const annexOwned = doc.annexStart >= 0 && doc.taskBlocks.some((bs) => bs.some((b) => b.index >= doc.annexStart));
  if (annexOwned) for (const root of doc.annex) visit(root, []);
  return out;
}
