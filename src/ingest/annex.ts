// Stage 7, annex (issue 2): a `附件 …责任分工` attachment repeats the task titles, often at another
// numbering level (`1.统筹…` in the text, `(一)统筹…` in the annex), each with its units:
//   heading line + `责任单位：X、Y` line         (plain lines)
//   `序号\t重点任务\t牵头单位\t配合单位` + rows   (a table, cells joined by a tab by strip-artifacts)
// Rows are matched back to tasks by title (normalised, one the start of the other) and their units
// go on the task itself (../shared/spec/plan-json.md#unit-names). The annex's headings are not tasks.
import type { IngestDoc, OutlineNode } from './doc.ts';
import type { Assignment, Task } from './types.ts';
import { parseRoleText } from './role-text.ts';
import { tableRows } from './table-rows.ts';
import { firstSentence } from './tasks.ts';
import { unite } from './assignments.ts';

interface Row extends Assignment {
  title: string;
  number?: string; // a table's 序号 cell (`1.2`), tried when no title matches
  extra?: string[]; // a table's other cells: `完成时限` `2024年12月底前`
}

const KEY_DROP = /[\s\u3000，,。.、:：；;“”"‘’'《》()（）\[\]【】—\-]/g;
const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:\.\d{1,2})*[.、．]?|[①-⑳])\s*/;
const MIN_PREFIX = 4;
const MIN_CONTAINED = 6;

export function annex(doc: IngestDoc): IngestDoc {
  const rows: Row[] = [];
  for (const root of doc.annex) collectRows(root, rows);
  if (doc.annexStart >= 0) {
    for (const r of tableRows(doc.blocks.slice(doc.annexStart))) {
      rows.push({ title: firstSentence(r.text.replace(NUMBERING, '')), number: r.number, extra: r.extra, leads: r.leads, supports: r.supports, responsible: r.responsible });
    }
  }
  if (rows.length === 0) return { ...doc };
  const tasks = doc.tasks.slice();
  const used = new Set<number>();
  for (const row of rows) {
    let i = matchTask(tasks, row.title, used);
    // a paraphrased row still carries the task's number: `1.2 | 统筹规划基站 | …`
    if (i < 0 && row.number) i = tasks.findIndex((t, k) => !used.has(k) && t.id === row.number);
    if (i < 0) continue;
    used.add(i);
    tasks[i] = merge(tasks[i], row);
  }
  return { ...doc, tasks };
}

// Plain-line annex: a heading followed by labelled lines (`责任单位：…`).
function collectRows(node: OutlineNode, rows: Row[]): void {
  const h = node.block.heading;
  if (h) {
    const roles = node.paragraphs.map((p) => (p.text.includes('\t') ? null : parseRoleText(p.text))).filter((r) => r !== null);
    // `(一)统筹5G基站规划布局(责任单位：…)` on the heading line itself
    const inline = /[(（]([^()（）]*(?:单位|部门)[^()（）]*)[)）]\s*$/.exec(h.rest);
    const own = inline ? parseRoleText(inline[1]) : null;
    if (own) roles.push(own);
    if (roles.length > 0) {
      const title = firstSentence(inline ? h.rest.slice(0, inline.index) : h.rest);
      rows.push({
        title,
        leads: unite(...roles.map((r) => r.leads)),
        supports: unite(...roles.map((r) => r.supports)),
        responsible: unite(...roles.map((r) => r.responsible)),
      });
    }
  }
  for (const c of node.children) collectRows(c, rows);
}

export function titleKey(s: string): string {
  return s.replace(NUMBERING, '').replace(KEY_DROP, '');
}

function matchTask(tasks: Task[], title: string, used: Set<number>): number {
  const key = titleKey(title);
  if (key.length < 2) return -1;
  let prefix = -1;
  let contained = -1;
  for (let i = 0; i < tasks.length; i++) {
    if (used.has(i) || tasks[i].kind === 'column') continue;
    const t = titleKey(tasks[i].title);
    if (t === key) return i;
    const [short, long] = t.length <= key.length ? [t, key] : [key, t];
    if (prefix < 0 && short.length >= MIN_PREFIX && long.startsWith(short)) prefix = i;
    // `统筹推进5G基站规划` inside `加快统筹推进5G基站规划布局`: containment of a longer key
    if (contained < 0 && short.length >= MIN_CONTAINED && long.includes(short)) contained = i;
  }
  return prefix >= 0 ? prefix : contained;
}

function merge(task: Task, row: Row): Task {
  const leads = unite(task.leads, row.leads);
  const supports = unite(task.supports, row.supports).filter((u) => !leads.includes(u));
  const responsible = unite(task.responsible, row.responsible).filter((u) => !leads.includes(u) && !supports.includes(u));
  // A 完成时限 cell (`2024年12月底前`) is the task's time limit: it joins the body, where the
  // deadlines stage reads it, unless the body already says it.
  const dated = (row.extra ?? []).filter((c) => /\d{4}\s*年/.test(c) && !task.body.includes(c));
  const body = dated.length > 0 ? [task.body, ...dated].join('\n') : task.body;
  return { ...task, body, leads, supports, responsible };
}
