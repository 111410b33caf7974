// A plan written as a table (`序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限`, one line per row
// after strip-artifacts) has no numbered paragraphs: each row is a work item, its units from the
// role columns. Used by the tasks stage only when the outline yields no work items.
import type { Block, IngestDoc, OutlineNode } from './doc.ts';
import type { Task } from './types.ts';
import { tableRows } from './table-rows.ts';
import { flatTableRows } from './flat-table.ts';
import { headingTitle } from './outline.ts';

const NUMBERING = /^(?:\d{1,3}[.、．]|[(（]\d{1,3}[)）])\s*/;

export function tableTasks(doc: IngestDoc, blocks: Block[], firstSentence: (s: string) => string): { tasks: Task[]; blocks: Block[][] } {
  const tabbed = tableRows(blocks);
  const rows = tabbed.length > 0 ? tabbed : flatTableRows(blocks);
  if (rows.length === 0) return { tasks: [], blocks: [] };
  const paths = pathsOf([...doc.outline, ...doc.annex]);
  const numbers = rows.map((r, i) => (/^\d{1,4}$/.test(r.number) ? r.number : String(i + 1)));
  const unique = new Set(numbers).size === numbers.length;
  const tasks = rows.map((r, i): Task => {
    const text = r.text.replace(NUMBERING, '');
    return {
      id: unique ? numbers[i] : String(i + 1),
      path: paths.get(r.block.index) ?? [],
      title: firstSentence(text),
      kind: 'task',
      body: [text, ...r.extra].join('\n'),
      original: r.block.original,
      leads: r.leads,
      supports: r.supports.filter((u) => !r.leads.includes(u)),
      responsible: r.responsible,
      clauses: [],
      deadlines: [],
    };
  });
  return { tasks, blocks: rows.map((r) => [r.block]) };
}

function pathsOf(roots: OutlineNode[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const visit = (n: OutlineNode, path: string[]): void => {
    const here = n.block.heading ? [...path, headingTitle(n.block)] : path;
    for (const p of n.paragraphs) out.set(p.index, here);
    for (const c of n.children) visit(c, here);
  };
  for (const r of roots) visit(r, []);
  return out;
}
