// A 分工表 scraped one cell per line (a web page's table flattened): a header run of short lines
// (`序号` `重点工作` `分管领导` `牵头单位` `配合单位` `备注`), then each row as a bare number line, the
// task text, and its remaining cells — empty cells dropped, so cells are read by shape, not position:
// a person's name (`王 东`) is the leader column, unit lists fill the role columns in header order.
// Used by the tasks stage only when neither the outline nor a tab-separated table yields work items.
import type { Block } from './doc.ts';
import type { TableRow } from './table-rows.ts';
import { splitUnits } from './units.ts';

const NUMBER_HEADER = /^(?:序号|编号)$/;
// `牵头责任单位` (the lead) beside `责任单位`
const ROLE_HEADER = /^(牵头|主办|责任|配合|协办|参与|负责)(?:责任)?(?:单位|部门)$/;
const ROW_NUMBER = /^\d{1,3}$/;
// `王 东`, `李四`: a leader's name in its own cell
const PERSON = /^[\u4e00-\u9fff]\s*[\u4e00-\u9fff]{1,2}$/;
// `陆 明俞 悦` (spaces gone by now: `陆明俞悦`): leaders' names run together, before any unit cell
const LEADERS = /^[\u4e00-\u9fff]{2,8}$/;
const UNIT_END = /(?:局|委|办|厅|署|部|院|会|室|中心|社|政府|公司|集团|企业|单位|机构|所|站|队|行|台|校|馆|处|组|团)$/;
const HEADER_SPAN = 10;

export function flatTableRows(blocks: Block[]): TableRow[] {
  const start = blocks.findIndex((b) => NUMBER_HEADER.test(b.text.trim()));
  if (start < 0) return [];
  const roles: Array<'leads' | 'supports' | 'responsible'> = [];
  let i = start + 1;
  for (; i < blocks.length && i <= start + HEADER_SPAN && !ROW_NUMBER.test(blocks[i].text.trim()); i++) {
    const m = ROLE_HEADER.exec(blocks[i].text.trim());
    if (m) roles.push(/牵头|主办/.test(m[1]) ? 'leads' : /配合|协办|参与/.test(m[1]) ? 'supports' : 'responsible');
  }
  if (roles.length === 0) return [];
  // a 责任单位 column beside a 牵头单位 column names the supporters
  const columns = roles.map((r) => (r === 'responsible' && roles.includes('leads') ? 'supports' : r));
  const out: TableRow[] = [];
  for (; i < blocks.length; i++) {
    if (!ROW_NUMBER.test(blocks[i].text.trim()) || i + 1 >= blocks.length) continue;
    const block = blocks[i + 1];
    const row: TableRow = { number: blocks[i].text.trim(), text: block.text, extra: [], leads: [], supports: [], responsible: [], block };
    let col = 0;
    for (let j = i + 2; j < blocks.length && !ROW_NUMBER.test(blocks[j].text.trim()) && col < columns.length; j++) {
      const cell = blocks[j].text.trim();
      if ((PERSON.test(cell) || (col === 0 && LEADERS.test(cell))) && !UNIT_END.test(cell)) continue;
      const units = splitUnits(cell);
      if (units.length === 0 || !units.every((u) => UNIT_END.test(u))) break; // the next section's heading
      for (const u of units) if (!row[columns[col]].includes(u)) row[columns[col]].push(u);
      col++;
    }
    out.push(row);
  }
  return out;
}
