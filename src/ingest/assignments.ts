// Stage 6, assignments (issue 2): who leads, supports or is responsible for each task
// (../shared/spec/plan-json.md#roles-and-items). The styles read:
//   `(牵头单位:X,配合单位:Y)` `【牵头单位:X;配合单位:Y】` `【牵头单位】X` `牵头部门：X` `责任单位：X` `责任部门：X` `负责部门：X`
//   `(X牵头,Y配合)` `(X、Y按职责分工负责)` `(A牵头,B、C按职责分工负责)` `(X、Y分别牵头)` `(X指导,Y负责)`
//   `(X会同Y负责)` / `Y参与` → Y supports; `X负责落实` → responsible
// Several bracketed assignments inside one task are clauses; the task's roles are their union.
// Conventions stated once apply from there on: `列第一位者为牵头单位` (first listed leads, the rest
// support) and `以下均需X落实，不再列出` (X is responsible on every later task).
import type { IngestDoc } from './doc.ts';
import type { Assignment, Clause, Task } from './types.ts';
import { splitUnits } from './units.ts';
import { parseBareList, parseRoleText, parseSubjectRole } from './role-text.ts';

export interface Found extends Assignment {
  start: number; // offset of the assignment in the body
  end: number;
}

// `【牵头单位：X；配合单位：Y】` and `〔责任单位：X〕` close an item the way `(牵头单位：X)` does
const OPEN = '(（【〔';
const CLOSE = ')）】〕';
// the brackets only: findAssignments jumps from one to the next (a body is mostly prose)
const BRACKET = /[(（【〔)）】〕]/g;
const FIRST_LEADS = /(?:列|排)在?第一位的?(?:者|单位|部门)?为牵头(?:单位|部门)?/;
// `以下工作均需各区县政府落实，不再列出`; `具体任务均涉及相关市(州)人民政府，不再做分工，下同`
const APPLIES_BELOW = /以下(?:各项|所有)?(?:任务|工作)?均需(.{2,40}?)(?:负责)?落实|(?:具体)?(?:任务|工作)均涉及(.{2,40}?)[，,]\s*不再(?:做|作)?(?:分工|列出)/;
// Labelled lines outside brackets: `牵头单位：X`, `【责任单位】X`, `[牵头部门]X`
const VERB_HINT = /牵头|配合|负责|指导|参与/;
const SENTENCE = /[^。！？\n]+/g;
const LABEL_LINE = /(?:牵头|配合|协办|参与|责任|负责|主办)(?:单位|部门)/;

export function assignments(doc: IngestDoc): IngestDoc {
  // Conventions stated anywhere in the text (preamble, a part's opening paragraph, a task body),
  // by line: they hold from where they are stated on.
  const end = doc.annexStart >= 0 ? doc.annexStart : doc.blocks.length;
  const events: Array<{ at: number; firstLeads: boolean; units: string[]; here: boolean }> = [];
  for (let i = 0; i < end; i++) {
    const text = doc.blocks[i].text;
    const first = FIRST_LEADS.test(text);
    const m = APPLIES_BELOW.exec(text);
    // inside the task's own bracket (`(责任单位：X，以下工作均需Y落实，不再列出)`) it covers that task too
    const here = m !== null && insideBracket(text, m.index);
    if (first || m) events.push({ at: doc.blocks[i].index, firstLeads: first, units: m ? splitUnits(m[1] ?? m[2]) : [], here });
  }
  let firstLeads = false;
  const below: string[] = [];
  let k = 0;
  const tasks = doc.tasks.map((task, t) => {
    const lines = doc.taskBlocks[t] ?? [];
    const from = lines.length ? lines[0].index : Infinity;
    const to = lines.length ? lines[lines.length - 1].index : Infinity;
    const own: string[] = [];
    // `列第一位者为牵头单位(下同)` inside this task's body applies to it too; `以下均需X落实` only after it.
    while (k < events.length && events[k].at <= to) {
      const e = events[k++];
      if (e.firstLeads) firstLeads = true;
      for (const u of e.units) if (!below.includes(u) && !own.includes(u)) (e.at < from || e.here ? below : own).push(u);
    }
    let found = findAssignments(task.body, firstLeads).map((f) => (firstLeads ? applyFirstLeads(f) : f));
    if (found.length === 0 && task.leads.length + task.supports.length + task.responsible.length === 0) found = fromHeading(task, firstLeads);
    else if (found.length > 0 && found.every((f) => f.leads.length === 0)) found = withHeadingLeads(task, found);
    const next = withAssignments(task, found, below);
    for (const u of own) below.push(u);
    return next;
  });
  return { ...doc, tasks };
}

// `(一)实施智能工厂培育行动(牵头单位：市工业和信息化局；配合单位：市科技局)` over items that name no
// unit of their own: the nearest heading's assignment is theirs. Found offsets are the heading's,
// so these are never split into clauses of the body.
function fromHeading(task: Task, firstLeads: boolean): Found[] {
  for (let i = task.path.length - 1; i >= 0; i--) {
    const found = findAssignments(task.path[i], firstLeads).map((f) => (firstLeads ? applyFirstLeads(f) : f));
    if (found.length > 0) return found.map((f) => ({ ...f, start: -1, end: -1 }));
  }
  return [];
}

// `一、科技创新政策（由市科技局牵头实施）` over `1.…（责任单位：市科技局、市财政局）`: the part's lead
// leads each task below it that names no lead of its own; the task's own list keeps the rest.
function withHeadingLeads(task: Task, found: Found[]): Found[] {
  for (let i = task.path.length - 1; i >= 0; i--) {
    const heading = findAssignments(task.path[i]);
    if (heading.length === 0) continue;
    const leads = unite(...heading.map((h) => h.leads));
    if (leads.length === 0 || heading.some((h) => h.supports.length + h.responsible.length > 0)) return found;
    return [{ leads, supports: [], responsible: [], start: -1, end: -1 }, ...found];
  }
  return found;
}

function applyFirstLeads(f: Found): Found {
  if (f.leads.length > 0 || f.responsible.length === 0) return f;
  const [lead, ...rest] = f.responsible;
  return { ...f, leads: [lead], supports: unite(rest, f.supports), responsible: [] };
}

function withAssignments(task: Task, found: Found[], below: string[]): Task {
  // Units set by an earlier stage (a plan written as a table) are kept.
  const leads = unite(task.leads, ...found.map((f) => f.leads));
  const supports = unite(task.supports, ...found.map((f) => f.supports)).filter((u) => !leads.includes(u));
  const responsible = unite(task.responsible, ...found.map((f) => f.responsible), below).filter((u) => !leads.includes(u) && !supports.includes(u));
  let clauses: Clause[] = [];
  if (found.length > 1 && found[0].start >= 0) {
    // Clause text: from the end of the previous assignment (or the task's first sentence) to this one.
    const titleEnd = task.body.indexOf('。');
    let from = titleEnd >= 0 && titleEnd < found[0].start ? titleEnd + 1 : 0;
    clauses = found.map((f) => {
      const text = task.body.slice(from, f.start).replace(/^[\s。，,；;]+|[\s。，,；;]+$/g, '');
      from = f.end;
      return { text, leads: f.leads, supports: f.supports, responsible: f.responsible };
    });
  }
  return { ...task, leads, supports, responsible, clauses };
}

function insideBracket(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (OPEN.includes(text[i])) depth++;
    else if (CLOSE.includes(text[i])) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

export function unite(...lists: string[][]): string[] {
  const out: string[] = [];
  for (const l of lists) for (const u of l) if (!out.includes(u)) out.push(u);
  return out;
}

/** Every assignment in a task body, in order: bracketed ones, then labelled lines. */
/** The assignments in brackets, outermost brackets only, in order. */
function bracketAssignments(body: string, bareLists: boolean): Found[] {
  const out: Found[] = [];
  let depth = 0;
  let open = -1;
  let inner = -1; // the latest open bracket, to spot one that leaks into a list
  BRACKET.lastIndex = 0;
  for (let b = BRACKET.exec(body); b; b = BRACKET.exec(body)) {
    const i = b.index;
    if (OPEN.includes(b[0])) {
      if (depth === 0) open = i;
      depth++;
      inner = i;
    } else if (depth > 0) {
      depth--;
      // `（市金融工作局、(市工业和信息化局按职责分工负责）`: a bracket opened right after a list
      // separator and never closed is a typo inside the list; this close ends the outer one too
      if (depth === 1 && inner > open && /[、，,；;]/.test(body[inner - 1] ?? '')) depth = 0;
      if (depth > 0) continue;
      const text = body.slice(open + 1, i);
      // Under `列第一位者为牵头单位` a bracket may hold the list alone: `(市交通运输局、市公安局)`
      // …and any item may end on one with no role word: `…控制在4%。（就业处、就管中心）` names who does it
      const roles = parseRoleText(text) ?? (bareLists || endsBody(body, open, i) ? parseBareList(text) : null);
      if (roles) out.push({ ...roles, start: open, end: i + 1 });
    }
  }
  // A page cut off inside its last bracket (`…(牵头单位:市发改委;责任单位:A,B,以下均需…不再逐`): read what is there
  if (depth > 0) {
    const roles = parseRoleText(body.slice(open + 1));
    if (roles) out.push({ ...roles, start: open, end: body.length });
  }
  return out;
}

// The bracket [open, close] stands after its sentence (not glued to a name: `各区人民政府(管委会)`) and is
// the last thing in the body (a final 。 aside)
function endsBody(body: string, open: number, close: number): boolean {
  return (open === 0 || /[\s。.；;！!]/.test(body[open - 1])) && /^[\s。.；;]*$/.test(body.slice(close + 1));
}

export function findAssignments(body: string, bareLists = false): Found[] {
  const out = bracketAssignments(body, bareLists);
  if (LABEL_LINE.test(body)) {
    // `牵头单位：X` on a line (or after the text) of its own, outside any bracket
    const inBracket = overlapTest(out);
    const labelled: Found[] = [];
    for (const line of mergeAdjacent(labelledLines(body))) {
      const roles = parseRoleText(line.text);
      if (roles && !inBracket(line.start, line.start + 1)) labelled.push({ ...roles, start: line.start, end: line.end });
    }
    out.push(...labelled);
    out.sort((a, b) => a.start - b.start);
  }
  // `县农业农村局、县商务局分别牵头，县市场监管局参与。` as a sentence of its own
  const marked = out.length > 0; // brackets or labelled lines
  if (VERB_HINT.test(body)) {
    const taken = overlapTest(out);
    const sentences: Found[] = [];
    SENTENCE.lastIndex = 0;
    for (let m = SENTENCE.exec(body); m; m = SENTENCE.exec(body)) {
      const start = m.index;
      if (!VERB_HINT.test(m[0]) || taken(start, start + m[0].length)) continue;
      const roles = parseRoleText(m[0], true);
      if (roles) sentences.push({ ...roles, start, end: start + m[0].length });
      else sentences.push(...clauseAssignments(m[0], start));
    }
    out.push(...sentences);
  }
  // `第四条 省住房城乡建设厅牵头推进…，省生态环境厅配合。`: units as the subject of a clause, read
  // only where the body assigns in no other way (a 办法's articles), so a task that has its
  // bracket does not gain `市政府负责统筹` from its prose
  if (!marked && VERB_HINT.test(body)) {
    const taken = overlapTest([...out].sort((a, b) => a.start - b.start));
    for (const f of subjectAssignments(body)) if (!taken(f.start, f.end)) out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
}

// `省交通运输厅、省交通集团负责，2024年6月30日前完成。`: a sentence that is no assignment as a whole
// may hold one as a clause of its own, between commas (strictly: every unit ends like a unit name).
const CLAUSE = /[^，,；;]+/g;
function clauseAssignments(sentence: string, offset: number): Found[] {
  if (!/[，,；;]/.test(sentence)) return [];
  const out: Found[] = [];
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(sentence); m; m = CLAUSE.exec(sentence)) {
    if (!VERB_HINT.test(m[0])) continue;
    const roles = parseRoleText(m[0], true);
    if (roles) out.push({ ...roles, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

function subjectAssignments(body: string): Found[] {
  const out: Found[] = [];
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(body); m; m = CLAUSE.exec(body)) {
    if (!VERB_HINT.test(m[0])) continue;
    for (const s of m[0].split(/[。！？\n]/)) {
      const roles = parseSubjectRole(s);
      const at = m.index + m[0].indexOf(s);
      if (roles) out.push({ ...roles, start: at, end: at + s.length });
    }
  }
  return out;
}

// The run of labelled text from the first label of a line to its end: `牵头单位：X；配合单位：Y`.
function labelledLines(body: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    const m = /[【\[]?(?:牵头|配合|协办|参与|责任|负责|主办)(?:单位|部门)[】\]]?\s*[:：]?/.exec(line);
    if (m && (m.index === 0 || /[。；;\s]$/.test(line.slice(0, m.index)))) {
      out.push({ text: line.slice(m.index), start: offset + m.index, end: offset + line.length });
    }
    offset += line.length + 1;
  }
  return out;
}

// `牵头单位：X` and `配合单位：Y` on consecutive lines are one assignment, not two clauses.
function mergeAdjacent(lines: Array<{ text: string; start: number; end: number }>): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && l.start === last.end + 1) out[out.length - 1] = { text: `${last.text}；${l.text}`, start: last.start, end: l.end };
    else out.push(l);
  }
  return out;
}

// Overlap with sorted intervals, for queries in increasing order: one pointer, so a body with
// thousands of brackets stays linear.
function overlapTest(sorted: Found[]): (start: number, end: number) => boolean {
  let k = 0;
  return (start, end) => {
    while (k < sorted.length && sorted[k].end <= start) k++;
    return k < sorted.length && sorted[k].start < end;
  };
}
