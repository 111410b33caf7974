// Stage 5, tasks (issue 2): every numbered work item of the outline is a task. Decided by structure:
// a heading with numbered children is path; a leaf heading is a task, except in the sections that
// assign no work (指导思想, 基本原则, 发展目标: ../shared/spec/plan-json.md#roles-and-items).
// Columns (专栏N) are tasks of kind column; items under 保障措施 / 组织实施 are safeguards.
import type { Block, IngestDoc, OutlineNode } from './doc.ts';
import type { Task, TaskKind } from './types.ts';
import { headingTitle } from './outline.ts';
import { tableTasks } from './table-tasks.ts';
import { findAssignments } from './assignments.ts';

// Heading names of sections that state aims, not work: `(一)指导思想` `一、总体要求` `(三)总体目标。`
const ARTICLE_LABEL = /^第[一二三四五六七八九十百]+条$/;
const NON_WORK = /^(?:指导思想|基本原则|总体要求|总体目标|发展目标|主要目标|工作目标|年度目标|阶段目标|具体目标|基本思路|总体思路|工作思路|发展思路|发展基础|发展现状|现状分析|背景|编制背景|形势分析|编制依据|适用范围|重要意义|发展原则|工作原则|建设目标|发展定位|总体定位|战略定位|发展愿景|基本情况|总体要求和目标|指导思想和基本原则|指导思想和发展目标)[。.]?$/;
const QUESTION = /[？?]$/;
// `三、保障措施`, `五、组织实施`, `四、保障机制`
const SAFEGUARD = /^[\u4e00-\u9fff]{0,4}(?:保障措施|保障机制|组织实施|组织保障|实施保障|工作保障|保障条件|工作要求)(?:[和与及][\u4e00-\u9fff]{2,6})?[。.]?$/;
// A bracketed assignment inside a title: `着力提升…水平(牵头单位:…)`
const ROLE_BRACKET = /[(（][^()（）]*(?:牵头|配合|负责|责任单位|责任部门)[^()（）]*[)）]/g;
const TRIM = /^[\s:：,，;；、.。]+|[\s:：,，;；、.。]+$/g;

interface Found {
  node: OutlineNode;
  ancestors: OutlineNode[];
  kind: TaskKind;
  // an un-numbered sub-paragraph of node that is a task of its own (see annotatedParagraphs)
  paragraph?: { number: number; blocks: Block[] };
}

export function tasks(doc: IngestDoc): IngestDoc {
  const found: Found[] = [];
  if (doc.meta?.kind === 'interpretation') return { ...doc, tasks: [], taskBlocks: [] };
  for (const root of doc.outline) collect(root, [], false, found, false);
  const none = (): boolean => !found.some((f) => f.kind !== 'column');
  const annexStart = doc.annexStart >= 0 ? doc.annexStart : doc.blocks.length;
  if (none()) {
    // A plan written as a table: each row is a work item.
    const table = tableTasks(doc, doc.blocks.slice(0, annexStart), firstSentence);
    if (table.tasks.length > 0) return { ...doc, tasks: table.tasks, taskBlocks: table.blocks };
    // A notice whose work items are all in its attachment (`附件：重点任务清单`, items or a table).
    for (const root of doc.annex) collect(root, [], false, found, false);
    if (none()) {
      const annexTable = tableTasks(doc, doc.blocks.slice(annexStart), firstSentence);
      if (annexTable.tasks.length > 0) return { ...doc, tasks: annexTable.tasks, taskBlocks: annexTable.blocks };
    }
  }
  // A short notice whose only numbering is `一、…二、…` with bodies: those parts are the work items.
  if (none()) for (const root of doc.outline) collect(root, [], false, found, true);
  markHeadlessSafeguards(doc.outline, found);
  const ids = assignIds(found);
  const out: Task[] = [];
  const taskBlocks: Block[][] = [];
  found.forEach((f, i) => {
    const h = f.node.block.heading!;
    const blocks = f.paragraph ? f.paragraph.blocks : subtreeBlocks(f.node);
    const bodyLines = f.paragraph ? blocks.map((b) => b.text) : [h.rest, ...blocks.slice(1).map((p) => p.text)].filter(Boolean);
    const ancestors = f.paragraph ? [...f.ancestors, f.node] : f.ancestors;
    out.push({
      id: ids[i],
      path: ancestors.filter((a) => a.block.heading).map((a) => headingTitle(a.block)),
      title: f.paragraph ? paragraphTitle(f.paragraph.blocks[0].text) : taskTitle(f.node),
      kind: f.kind,
      body: bodyLines.join('\n'),
      original: blocks.map((b) => b.original).join('\n'),
      leads: [],
      supports: [],
      responsible: [],
      clauses: [],
      deadlines: [],
    });
    taskBlocks.push(blocks);
  });
  return { ...doc, tasks: out, taskBlocks };
}

function collect(node: OutlineNode, ancestors: OutlineNode[], excluded: boolean, out: Found[], parts: boolean): void {
  const h = node.block.heading;
  const first = h ? firstSentence(h.rest) : '';
  // `一、《行动计划》的出台背景是什么？`: a question heading introduces an answer, not work
  const skip = excluded || (h !== null && (NON_WORK.test(first) || QUESTION.test(h.rest)));
  if (h?.level === 'column') {
    out.push({ node, ancestors, kind: 'column' });
    return;
  }
  const numbered = node.children.filter((c) => c.block.heading?.level !== 'column');
  if ((numbered.length > 0 && !ownsSubItems(node, numbered)) || !h) {
    const next = h ? [...ancestors, node] : ancestors;
    for (const c of node.children) if (!parts || c.block.heading?.level !== 'column') collect(c, next, skip, out, parts);
    return;
  }
  // A part (`一、`) with no numbered items is prose (总体要求, 结语), not a work item, unless its
  // paragraphs carry their own assignments (see annotatedParagraphs).
  if (skip || (h.level === 'part' && !parts && annotatedParagraphs(node).length === 0)) return;
  // An article of a regulation (`第四条 …`) is a work item when it assigns work to a unit; purpose,
  // scope and entry into force (`第一条 为…，制定本办法`) assign none.
  // `第四条 各级党委和政府乡村振兴责任主要包括：（一）…（二）…` lists duties: a work item with its list as body
  const listsDuties = numbered.length > 0 && /[:：]$/.test(h.rest.trim());
  if (ARTICLE_LABEL.test(h.label) && !listsDuties && findAssignments([h.rest, ...node.paragraphs.map((p) => p.text)].join('\n')).length === 0) return;
  const safeguard = ancestors.some((a) => a.block.heading !== null && SAFEGUARD.test(firstSentence(a.block.heading.rest)));
  const kind = safeguard ? 'safeguard' : 'task';
  const paragraphs = annotatedParagraphs(node);
  if (paragraphs.length > 0) for (const [k, blocks] of paragraphs.entries()) out.push({ node, ancestors, kind, paragraph: { number: k + 1, blocks } });
  else out.push({ node, ancestors, kind });
}

// `1.完善应急预案体系` over `（1）…（2）…` and one `（责任单位：…）` for them all: the numbered item
// is the task and its sub-items are its body. Sub-items that carry their own assignments (two or
// more) are tasks themselves.
function ownsSubItems(node: OutlineNode, numbered: OutlineNode[]): boolean {
  const h = node.block.heading;
  if (!h || (h.level !== 'item' && h.level !== 'section')) return false;
  // an article's `（一）（二）` are the clauses of its list, as `（1）（2）` are an item's
  const article = ARTICLE_LABEL.test(h.label);
  if (!numbered.every((c) => c.block.heading?.level === 'sub' || c.block.heading?.level === 'circled' || (article && c.block.heading?.level === 'section'))) return false;
  if (numbered.some((c) => c.children.length > 0)) return false;
  return numbered.filter((c) => findAssignments(c.block.heading!.rest).length > 0).length < 2;
}

/** A node's lines with everything numbered below it (an item that owns its sub-items). */
function subtreeBlocks(node: OutlineNode): Block[] {
  return [node.block, ...node.paragraphs, ...node.children.flatMap(subtreeBlocks)];
}

// `（二）实施工业绿色生产，…。` followed by un-numbered paragraphs that each open with a topic sentence
// and carry their own `（X、Y负责）` / `（X指导，Y参与）`: each annotated paragraph is a task (the
// heading itself assigns nothing). A paragraph with no annotation continues the one before it.
const MIN_TOPIC = 6;
function annotatedParagraphs(node: OutlineNode): Block[][] {
  const h = node.block.heading!;
  if (node.paragraphs.length < 2 || findAssignments(h.rest).length > 0) return [];
  const groups: Block[][] = [];
  for (const p of node.paragraphs) {
    // the annotation follows a sentence of work; a line that is only `牵头单位：X` is the heading's own
    const found = findAssignments(p.text);
    if (found.length > 0 && found[0].start >= MIN_TOPIC) groups.push([p]);
    else if (found.length > 0) return [];
    else if (groups.length > 0) groups[groups.length - 1].push(p);
  }
  return groups.length >= 2 ? groups : [];
}

function paragraphTitle(text: string): string {
  const title = firstSentence(text.replace(ROLE_BRACKET, ''));
  const colon = title.search(/[:：]/);
  return colon >= 2 && colon <= 20 ? title.slice(0, colon) : title;
}

// Scraped pages lose part headings (`四、保障措施`): a last top-level run of leaf `(一)…(四)` items
// after the runs that held the tasks is the safeguards block.
function markHeadlessSafeguards(roots: OutlineNode[], found: Found[]): void {
  for (const root of roots) {
    const runs: OutlineNode[][] = [];
    let prev = Infinity;
    for (const c of root.children) {
      const h = c.block.heading;
      if (h?.level !== 'section') continue;
      if (h.number <= prev) runs.push([]);
      runs[runs.length - 1].push(c);
      prev = h.number;
    }
    if (runs.length < 2) continue;
    const last = runs[runs.length - 1];
    const leaves = last.every((n) => n.children.every((c) => c.block.heading?.level === 'column'));
    const earlierTasks = runs.slice(0, -1).some((r) => r.some((n) => n.children.length > 0 && found.some((f) => f.ancestors.includes(n))));
    if (!leaves || !earlierTasks) continue;
    for (const f of found) if (f.kind === 'task' && last.includes(f.node)) f.kind = 'safeguard';
  }
}

// Printed numbers where they are unique; a dotted path (`1.2` = section (一), item 2) where items
// restart per section; safeguards s1…, columns c1….
function assignIds(found: Found[]): string[] {
  const chain = (f: Found, withPart: boolean): string =>
    [...f.ancestors, f.node]
      .map((n) => n.block.heading)
      .filter((h) => h && h.level !== 'column' && h.level !== 'annex' && (withPart || h.level !== 'part'))
      .map((h) => String(h!.number))
      .concat(f.paragraph ? [String(f.paragraph.number)] : [])
      .join('.');
  const tasksOnly = found.filter((f) => f.kind === 'task');
  const own = tasksOnly.map((f) => String(f.paragraph?.number ?? f.node.block.heading!.number));
  const short = tasksOnly.map((f) => chain(f, false));
  const scheme = unique(own) ? own : unique(short) ? short : tasksOnly.map((f) => chain(f, true));
  let t = 0;
  let s = 0;
  let c = 0;
  return found.map((f) => (f.kind === 'task' ? scheme[t++] : f.kind === 'safeguard' ? `s${++s}` : `c${++c}`));
}

function unique(ids: string[]): boolean {
  return new Set(ids).size === ids.length;
}

/** The short title before the first 。, without its number and bracketed assignments. */
export function taskTitle(node: OutlineNode): string {
  const h = node.block.heading!;
  const rest = h.rest || node.paragraphs[0]?.text || '';
  const title = firstSentence(rest.replace(ROLE_BRACKET, ''));
  // `建设基站：加快…` — a short lead-in before a colon is the title
  const colon = title.search(/[:：]/);
  return colon >= 2 && colon <= 20 ? title.slice(0, colon) : title;
}

export function firstSentence(text: string): string {
  const stop = text.search(/[。！？!?]/);
  return (stop >= 0 ? text.slice(0, stop) : text).replace(TRIM, '');
}
