// Stage 4, outline (issue 2): numbered headings → a tree. The numbering styles of Chinese official
// documents, outermost first: `一、` > `(一)` > `1.`/`1、`/`1．` > `(1)` > `①`; boxes `专栏N`; the
// attachment `附件`. A heading line may carry its first sentence (`(一)加强统筹协调。…`).
// Numbering that restarts at 1 under the same parent means a heading above was lost or the document
// starts a new block (scraped pages drop `三、重点任务`): the new run leaves that parent.
import type { Block, HeadingLevel, IngestDoc, OutlineNode } from './doc.ts';

const CN_NUM = '一二三四五六七八九十';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PART = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*/;
const SECTION = /^[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*/;
// `1.` `1、` `1．` but not `1.5亿` (a decimal) and not `2021年`
const ITEM = /^(\d{1,3})\s*(?:[.．](?![\d])|、)\s*/;
// `1.5G网络建设`: a digit after the point; taken as an item only where the numbering expects it
const ITEM_DIGIT = /^(\d{1,3})[.．](?=\d)/;
// `(1)` `（1）` and `1)` `1）`
const SUB = /^(?:[(（]\s*(\d{1,2})\s*[)）]|(\d{1,2})[)）])\s*/;
const CIRCLE = /^([①-⑳])\s*/;
const COLUMN = /^(?:专栏|專欄)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[:：]?\s*/;
// `附件`, `附件1:…`, `附 件`, `附件：重点任务分工表`, `附件 重点任务分工表`, `附表2`
const ANNEX = /^附\s*[件表]\s*(\d{0,2})(?:\s*[:：]\s*|\s+|$)/;
// Regulations and 办法: `第一章 总则` is a part, `第三条 …` an item.
const CHAPTER = /^第([一二三四五六七八九十]{1,3})章\s*/;
const ARTICLE = /^第([一二三四五六七八九十百]{1,4})条\s*/;

// A scraped page whose encoding broke: `?` (or U+FFFD) and a few garbled characters stand where
// `（二）加快…` was. Such a line is an item when it ends like its siblings, with a role annotation.
const DAMAGED = /^[?？\uFFFD]+\s*/;
const ROLE_TAIL = /[(（【〔][^()（）]*(?:牵头|配合|责任|负责)[^()（）]*[)）】〕]\s*[。.]?$/;
// The title of a damaged item starts at its first work verb (`推进数据共享开放`); the garbled
// characters before it are dropped. Within the first few characters only.
const WORK_VERB = /推进|加快|加强|提升|深化|完善|推动|建立|健全|实施|开展|强化|优化|支持|促进|打造|构建|培育|发展|扩大|建设|落实|做好|提高|创新|全面|持续|积极|大力|着力|坚持|规范|严格|探索|组织|鼓励|引导|统筹|保障|实行|推广|提升/g;
const GARBLE_MAX = 10;

function dropGarble(rest: string): string {
  WORK_VERB.lastIndex = 0;
  const m = WORK_VERB.exec(rest);
  return m && m.index <= GARBLE_MAX ? rest.slice(m.index) : rest;
}

const RANK: Record<HeadingLevel, number> = { part: 0, section: 1, item: 2, sub: 3, circled: 4, column: 5, annex: -1 };

export function classifyLine(text: string, original: string, index: number): Block {
  let m: RegExpExecArray | null;
  const make = (level: HeadingLevel, number: number, mm: RegExpExecArray): Block => ({
    index,
    text,
    original,
    heading: { level, number, label: mm[0].replace(/\s+/g, ''), rest: text.slice(mm[0].length).trim() },
  });
  if ((m = PART.exec(text)) && m[0].length < text.length) return make('part', cnNumber(m[1]), m);
  if ((m = CHAPTER.exec(text)) && m[0].length < text.length) return make('part', cnNumber(m[1]), m);
  if ((m = ARTICLE.exec(text)) && m[0].length < text.length) return make('item', cnNumber(m[1].replace(/^一?百/, '')) + (m[1].includes('百') ? 100 : 0), m);
  if ((m = SECTION.exec(text)) && m[0].length < text.length) return make('section', cnNumber(m[1]), m);
  if ((m = SUB.exec(text)) && m[0].length < text.length) return make('sub', Number(m[1] ?? m[2]), m);
  if ((m = ITEM.exec(text)) && m[0].length < text.length) return make('item', Number(m[1]), m);
  if ((m = ITEM_DIGIT.exec(text))) {
    const b = make('item', Number(m[1]), m);
    return { ...b, heading: { ...b.heading!, tentative: true } };
  }
  if ((m = CIRCLE.exec(text)) && m[0].length < text.length) return make('circled', CIRCLED.indexOf(m[1]) + 1, m);
  if ((m = COLUMN.exec(text))) return make('column', /\d/.test(m[1]) ? Number(m[1]) : cnNumber(m[1]), m);
  if ((m = ANNEX.exec(text)) && text.length <= 80) return make('annex', m[1] ? Number(m[1]) : 1, m);
  if ((m = DAMAGED.exec(text)) && ROLE_TAIL.test(text)) {
    const b = make('section', 0, m);
    return { ...b, heading: { ...b.heading!, label: '', rest: dropGarble(b.heading!.rest), damaged: true } };
  }
  return { index, text, original, heading: null };
}

/** 一 → 1, 十二 → 12, 二十 → 20 */
export function cnNumber(s: string): number {
  if (s.length === 1) return s === '十' ? 10 : CN_NUM.indexOf(s) + 1;
  const ten = s.indexOf('十');
  if (ten < 0) return CN_NUM.indexOf(s[0]) + 1;
  const tens = ten === 0 ? 1 : CN_NUM.indexOf(s[0]) + 1;
  const ones = ten === s.length - 1 ? 0 : CN_NUM.indexOf(s[ten + 1]) + 1;
  return tens * 10 + ones;
}

// `…遴选了12件候选项目。(1)市民中心完成工程总量90%。(2)新农村建设…。(3)…`: items numbered inside one
// paragraph, each after a sentence end. Three or more in sequence from (1) are lines of their own.
const INLINE_ITEM = /(?<=^|[。；;：:！!])\s*[(（](\d{1,2})[)）](?=[\u4e00-\u9fff])/g;
const MIN_INLINE = 3;

function inlineItemStarts(line: string): number[] {
  const starts: number[] = [];
  INLINE_ITEM.lastIndex = 0;
  for (let m = INLINE_ITEM.exec(line); m; m = INLINE_ITEM.exec(line)) {
    if (Number(m[1]) !== starts.length + 1) break;
    starts.push(m.index + (m[0].length - m[0].trimStart().length));
  }
  return starts.length >= MIN_INLINE ? starts : [];
}

function cutAt(line: string, starts: number[]): string[] {
  const cuts = [0, ...starts.filter((x) => x > 0), line.length];
  const out: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (line.slice(cuts[i], cuts[i + 1]).trim()) out.push(line.slice(cuts[i], cuts[i + 1]).trim());
  return out;
}

/** Lines with inline `(1)…(2)…(3)…` items split out; the original lines alike where they split the same way. */
export function splitInlineItems(lines: string[], originals: string[]): { lines: string[]; originals: string[] } {
  const outLines: string[] = [];
  const outOriginals: string[] = [];
  lines.forEach((line, i) => {
    const original = originals[i] ?? line;
    const starts = inlineItemStarts(line);
    const parts = starts.length > 0 ? cutAt(line, starts) : [line];
    const originalParts = starts.length > 0 ? cutAt(original, inlineItemStarts(original)) : [original];
    outLines.push(...parts);
    outOriginals.push(...(originalParts.length === parts.length ? originalParts : parts));
  });
  return { lines: outLines, originals: outOriginals };
}

export function outline(input: IngestDoc): IngestDoc {
  const split = splitInlineItems(input.lines, input.originalLines);
  const doc = split.lines.length === input.lines.length ? input : { ...input, lines: split.lines, originalLines: split.originals };
  const blocks = doc.lines.map((t, i) => classifyLine(t, doc.originalLines[i] ?? t, i));
  const annexAt = findAnnex(blocks);
  const main = annexAt < 0 ? blocks : blocks.slice(0, annexAt);
  const annexBlocks = annexAt < 0 ? [] : blocks.slice(annexAt);
  return { ...doc, blocks, annexStart: annexAt, outline: buildTree(main, false), annex: buildTree(annexBlocks, true) };
}

// The annex starts at the first `附件` line that follows the plan's own headings. A `附件` line
// before them is the notice announcing the plan as its attachment (`附件：某某行动计划`), not an annex.
function findAnnex(blocks: Block[]): number {
  let headings = 0;
  for (let i = 0; i < blocks.length; i++) {
    const h = blocks[i].heading;
    if (!h) continue;
    if (h.level === 'annex' && headings >= 2) return i;
    if (h.level === 'part' || h.level === 'section' || h.level === 'item') headings++;
  }
  return -1;
}

function newNode(block: Block, inAnnex: boolean, inColumn: boolean): OutlineNode {
  return { block, children: [], paragraphs: [], inAnnex, inColumn };
}

/** A root node (block index -1) holds the preamble as paragraphs and the top-level headings. */
export function buildTree(blocks: Block[], inAnnex: boolean): OutlineNode[] {
  const root = newNode({ index: -1, text: '', original: '', heading: null }, inAnnex, false);
  const stack: OutlineNode[] = [root];
  // `第四条 …主要包括：` then `（一）…（二）…`: the article's own list, ranked as its sub-items
  const listItems = new WeakSet<OutlineNode>();
  const rankOf = (n: OutlineNode): number => (listItems.has(n) ? RANK.sub : n.block.heading ? RANK[n.block.heading.level] : -2);
  let previous: Block | null = null; // the last numbered heading, for a damaged one after it
  let afterAnnotatedItem = false; // the line before was a numbered item ending in its annotation
  // only on a page that shows its damage somewhere (a `?` line): elsewhere such a line is a
  // paragraph of the item above with an assignment of its own
  const damagedPage = blocks.some((b) => b.heading?.damaged);
  for (const raw of blocks) {
    // With no `?` left, a line ending in its annotation right after an item that ends in one is
    // the next item whose numbering the page lost.
    const lost: boolean = damagedPage && !raw.heading && afterAnnotatedItem && ROLE_TAIL.test(raw.text) && /。/.test(raw.text);
    const block: Block = raw.heading?.damaged || lost ? repairDamaged(lost ? asDamaged(raw) : raw, previous) : raw;
    const h = block.heading;
    afterAnnotatedItem = h !== null && h.level !== 'annex' && h.level !== 'column' && ROLE_TAIL.test(block.text);
    if (h && h.level !== 'annex' && h.level !== 'column') previous = block;
    if (!h || h.level === 'annex') {
      stack[stack.length - 1].paragraphs.push(block);
      continue;
    }
    if (h.level === 'column') {
      // A box ends where the next numbered heading starts; it sits beside the item it follows.
      while (stack.length > 1 && rankOf(stack[stack.length - 1]) >= RANK.item) stack.pop();
      const node = newNode(block, inAnnex, true);
      stack[stack.length - 1].children.push(node);
      stack.push(node);
      continue;
    }
    const rank = RANK[h.level];
    const top = stack[stack.length - 1];
    // Items numbered afresh inside a 专栏 box (`1.…工程`) are the box's content, not tasks.
    if (top.block.heading?.level === 'column' && rank >= RANK.item && !continues(stack[stack.length - 2], h.level, h.number)) {
      top.paragraphs.push(block);
      continue;
    }
    if (h.tentative && !expected(stack, rank, h.number)) {
      top.paragraphs.push(block);
      continue;
    }
    const article = h.level === 'section' ? listingArticle(stack) : null;
    if (article) {
      while (stack[stack.length - 1] !== article) stack.pop();
      const node = newNode(block, inAnnex, false);
      listItems.add(node);
      article.children.push(node);
      stack.push(node);
      continue;
    }
    while (stack.length > 1 && rankOf(stack[stack.length - 1]) >= rank) stack.pop();
    // `(一)…(二)…` then `(一)` again under the same parent: the parent has ended.
    while (stack.length > 1 && restarts(stack[stack.length - 1], h.level, h.number)) stack.pop();
    const node = newNode(block, inAnnex, false);
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  }
  return [root];
}

// The article (`第四条 …包括：`) whose list a `（一）` continues: the article on top of the stack, or just
// below its last list item
function listingArticle(stack: OutlineNode[]): OutlineNode | null {
  for (let i = stack.length - 1; i >= Math.max(1, stack.length - 2); i--) {
    const h = stack[i].block.heading;
    if (h && ARTICLE.test(h.label) && /[:：]$/.test(h.rest.trim())) return stack[i];
  }
  return null;
}

function asDamaged(block: Block): Block {
  return { ...block, heading: { level: 'section', number: 0, label: '', rest: dropGarble(block.text), damaged: true } };
}

// A damaged item takes the level of the heading before it and the next number; with none before it
// it stays a section (`（一）`), the usual item level of a scraped plan.
function repairDamaged(block: Block, previous: Block | null): Block {
  const h = block.heading!;
  const level = previous?.heading?.level ?? 'section';
  const number = previous?.heading ? previous.heading.number + 1 : 1;
  return { ...block, heading: { ...h, level, number } };
}

// The numbering goes on from the last sibling of that level under parent (or starts at 1).
function continues(parent: OutlineNode | undefined, level: HeadingLevel, num: number): boolean {
  if (!parent) return num === 1;
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const h = parent.children[i].block.heading;
    if (h?.level === level) return num === h.number + 1;
  }
  return num === 1;
}

function expected(stack: OutlineNode[], rank: number, num: number): boolean {
  let i = stack.length - 1;
  while (i > 0 && (stack[i].block.heading ? RANK[stack[i].block.heading!.level] : -2) >= rank) i--;
  return continues(stack[i], 'item', num);
}

function restarts(parent: OutlineNode, level: HeadingLevel, num: number): boolean {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const h = parent.children[i].block.heading;
    if (h?.level === level) return num <= h.number;
  }
  return false;
}

/** The heading as a path entry: label and first sentence (`(一)加强统筹协调。`), spaces dropped. */
export function headingTitle(block: Block): string {
  const h = block.heading;
  if (!h) return block.text;
  const stop = h.rest.indexOf('。');
  const rest = stop >= 0 && stop < h.rest.length - 1 ? h.rest.slice(0, stop + 1) : h.rest;
  return h.label + rest;
}
