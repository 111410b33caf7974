// Rows of a 分工表 (strip-artifacts gives one line per row, cells joined by '\t'), read by the header:
//   `序号\t重点任务\t牵头单位\t配合单位\t完成时限` → for each row: number, task text, units by role.
// Used by the annex stage (rows matched back to tasks) and the tasks stage (a plan that is a table).
import type { Assignment } from './types.ts';
import type { Block } from './doc.ts';
import { splitUnits } from './units.ts';

export interface TableRow extends Assignment {
  number: string; // the 序号 cell, '' when none
  text: string; // the task cell as written
  extra: string[]; // the other cells (完成时限, 工作目标…) for the body
  block: Block;
}

type Column = 'number' | 'text' | keyof Assignment | 'extra';

const ROLE_HEADER = /^(?:牵头|主办|责任|配合|协办|参与|负责)(?:责任)?(?:单位|部门)?$/;
const TEXT_HEADER = /任务|工作|内容|事项|措施|名称/;
const NUMBER_HEADER = /^(?:序号|编号|序)$/;

export function tableRows(blocks: Block[]): TableRow[] {
  const out: TableRow[] = [];
  let header: Column[] | null = null;
  for (const block of blocks) {
    if (!block.text.includes('\t')) {
      header = null; // a table ends at the first line that is no row
      continue;
    }
    const cells = block.text.split('\t').map((c) => c.trim());
    if (cells.some((c) => ROLE_HEADER.test(c))) {
      header = readHeader(cells);
      continue;
    }
    if (!header) continue;
    const row: TableRow = { number: '', text: '', extra: [], leads: [], supports: [], responsible: [], block };
    header.forEach((col, i) => {
      const cell = cells[i] ?? '';
      if (col === 'number') row.number = cell;
      else if (col === 'text') row.text = cell;
      else if (col === 'extra') {
        if (cell) row.extra.push(cell);
      } else for (const u of splitUnits(cell)) if (!row[col].includes(u)) row[col].push(u);
    });
    if (row.text) out.push(row);
  }
  return out;
}

function readHeader(cells: string[]): Column[] {
  const hasLead = cells.some((c) => /^(?:牵头|主办)/.test(c));
  const cols = cells.map((c): Column => {
    if (/^(?:牵头|主办)/.test(c)) return 'leads';
    if (/^(?:配合|协办|参与)/.test(c)) return 'supports';
    // a 责任单位 column beside a 牵头单位 column names the supporters (plan-json.md#roles-and-items)
    if (/^(?:责任|负责)/.test(c)) return hasLead ? 'supports' : 'responsible';
    if (NUMBER_HEADER.test(c)) return 'number';
    return 'extra';
  });
  let text = cells.findIndex((c, i) => cols[i] === 'extra' && TEXT_HEADER.test(c));
  if (text < 0) text = cols.indexOf('extra');
  if (text >= 0) cols[text] = 'text';
  return cols;
}
