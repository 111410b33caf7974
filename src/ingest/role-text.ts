// The text of one assignment (a bracket's content or a labelled line) → roles, or null when the text
// is not an assignment (`(含储备站址)`, `(各区政府负责组织实施)` end in prose, not in a role word).
// Rules: ../shared/spec/plan-json.md#roles-and-items.
import type { Assignment } from './types.ts';
import { splitUnits } from './units.ts';

type Role = keyof Assignment;

// `牵头单位：` `【配合单位】` `责任部门:` `负责部门：`
// A label needs its colon or its brackets: `牵头单位要加强统筹` is a sentence, not a label.
// `部门分工：省发展改革委牵头，各地、各部门配合。` `责任科室：组干科、机关党委`: a 分工 label's list
// says its roles with verbs (read as a list with verbs, below); 科室 is a bureau's own sections.
const LABEL = /[【\[](牵头|主办|配合|协办|参与|协同|责任|负责)(?:单位|部门|主体|处室|科室)[】\]]\s*[:：]?|(牵头|主办|配合|协办|参与|协同|责任|负责)(?:单位|部门|主体|处室|科室)\s*[:：]|(?:部门|责任|任务)分工\s*[:：]/g;
const NOTE_BEFORE_LABEL = /^[^，,；;:：()（）]{1,10}[，,；;]\s*$/;
const OTHER_LABEL = /[；;，,\s]*[\u4e00-\u9fff]{2,8}\s*[:：]/;
const AS_ROLE = /(?:为|是|作为)(牵头|配合|参与)(?:单位|部门)/g;
// `责任单位：市发展改革委(牵头)、市财政局`: the marked unit leads, the rest support
const LEAD_MARK = /[(（]牵头[)）]/;
// Role verbs after a list, longest first: `分别牵头` before `牵头`, `按职责分工负责` before `负责`.
// 卖力 stands for 负责 on pages whose words were swapped for synonyms (`(省生长改造委牵头卖力)`)
const VERB = /(分别牵头|牵头负责|牵头卖力|牵头实施|牵头抓总|牵头|指导|配合|协助|参与|按照?职责分工负责|按照?职责分工卖力|按照?职责负责|分工负责|负责落实|共同负责|负责|卖力)/g;
const EDGES = /^[\s,，;；、:：。由]+|[\s,，;；、:：。]+$/g;
const MAX_LIST = 400;
const CONVENTION_TAIL = /[，,；;]\s*(?:以下|具体任务|具体工作|下同).*$/;
const LIST_VERB_TAIL = /(?:按照?职责分工负责|按照?职责负责|分工负责|共同负责|负责)$/;
const ROLE_VERB_IN_LIST = /牵头|配合|协助|参与|指导/;
// `市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)`: a bracket holding a sentence
// (a comma in it) is a note on the list, not part of a name; `各县(市、区)政府` has none
const NOTE_BRACKET = /[(（][^()（）]*[，,][^()（）]*[)）]/g;

/** strict: a free sentence, not a bracket; every unit must end like a unit name (局, 政府…). */
export function parseRoleText(raw: string, strict = false): Assignment | null {
  // `市工信局为牵头单位，市财政局为配合单位` reads as `市工信局牵头，市财政局配合`; a line break
  // inside a bracket is page layout.
  const text = raw.replace(/\s*\n\s*/g, '').replace(AS_ROLE, '$1').replace(EDGES, '');
  if (!text || text.length > MAX_LIST + 40) return null;
  LABEL.lastIndex = 0;
  const label = LABEL.exec(text);
  // `责任单位：市发改委。完成时限：2022年底`: the labelled lists end at the sentence
  if (label && label.index === 0) return labelled(text.split('。', 1)[0]);
  // `(预期性指标，牵头单位：市发改委；责任单位：…)`: a short note on the kind of item before the labels
  if (label && NOTE_BEFORE_LABEL.test(text.slice(0, label.index))) return labelled(text.slice(label.index).split('。', 1)[0]);
  if (text.includes('。')) return null;
  if (LEAD_MARK.test(text)) return marked(text);
  return verbs(text, strict);
}

function empty(): Assignment {
  return { leads: [], supports: [], responsible: [] };
}

function labelled(text: string): Assignment | null {
  const marks: Array<{ word: string; start: number; end: number }> = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) marks.push({ word: m[1] ?? m[2] ?? '责任', start: m.index, end: m.index + m[0].length });
  const hasLead = marks.some((m) => m.word === '牵头' || m.word === '主办');
  const out = empty();
  marks.forEach((m, i) => {
    let list = text.slice(m.end, i + 1 < marks.length ? marks[i + 1].start : text.length);
    // `…；完成时限：2022年底` — another label (not a role) ends the list
    const other = OTHER_LABEL.exec(list);
    if (other) list = list.slice(0, other.index);
    // `责任单位：X、Y按职责分工负责，以下工作均需Z落实，不再列出`: the list ends at its role verb or
    // at the convention after it (read by the assignments stage)
    list = list.replace(NOTE_BRACKET, '').replace(CONVENTION_TAIL, '').replace(LIST_VERB_TAIL, '');
    // `责任单位：市人力社保局、市农业农村局分别牵头` `部门分工：X牵头，Y配合`: the verbs give the roles
    const byVerbs = ROLE_VERB_IN_LIST.test(list) ? verbs(list.replace(EDGES, ''), false) : null;
    if (byVerbs) {
      for (const r of ['leads', 'supports', 'responsible'] as const) add(out, r, byVerbs[r]);
      return;
    }
    // A 责任单位 line beside a separate 牵头单位 line names the supporters.
    const role: Role =
      m.word === '牵头' || m.word === '主办' ? 'leads' : m.word === '责任' || m.word === '负责' ? (hasLead ? 'supports' : 'responsible') : 'supports';
    const units = splitUnits(list);
    if (!units.every(isUnitLike)) return;
    for (const u of units) {
      if (LEAD_MARK.test(u)) add(out, 'leads', [u.replace(LEAD_MARK, '')]);
      else add(out, role === 'responsible' && units.some((x) => LEAD_MARK.test(x)) ? 'supports' : role, [u]);
    }
  });
  return total(out) > 0 ? out : null;
}

function verbs(text: string, strict: boolean): Assignment | null {
  const out = empty();
  let last: Role | null = null;
  let prev = 0;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
    const segment = text.slice(prev, m.index).replace(EDGES, '');
    prev = m.index + m[0].length;
    if (!segment) continue; // `牵头,负责…` a verb with no list of its own
    const role = roleOf(m[1]);
    // `X会同Y负责`: X takes the verb's role, Y supports
    const [main, partners] = segment.split('会同', 2);
    const units = splitUnits(main);
    if (!units.every((u) => isUnitLike(u) && (!strict || UNIT_NAME.test(u)))) return null;
    add(out, role, units);
    last = role;
    if (partners) add(out, 'supports', splitUnits(partners));
  }
  // `(省发展改革委按职责分工负责，广州、深圳市人民政府)`: a list after the last role word, set off
  // by a comma, shares that role (after 牵头 it names the supporters). Anything else is prose.
  const rest = text.slice(prev).replace(/^[(（]?下同[)）]?$/, '');
  if (rest.replace(EDGES, '')) {
    const units = /^[，,；;]/.test(rest) && last ? splitUnits(rest.replace(EDGES, '')) : [];
    if (units.length === 0 || !units.every((u) => isUnitLike(u) && UNIT_NAME.test(u))) return null;
    add(out, last === 'leads' ? 'supports' : (last as Role), units);
  }
  return total(out) > 0 ? out : null;
}

// `省住房城乡建设厅牵头推进…` `省水利厅指导…建设` `省农业农村厅负责统筹…`: units as the subject of a
// clause, the role verb followed by the work itself (articles of a 办法, sentences of a 细则).
const SUBJECT_VERB = /^([^，,；;。()（）]{2,60}?)(牵头|负责|指导|配合|参与|协助)(?=[\u4e00-\u9fff])/;

const SUBJECT_UNIT = /^(?:省|市|县|区|州|盟|旗|镇|乡|各|国家|国务院|中共|中央|自治区)|^[\u4e00-\u9fff]{2,12}部$/;

/** A clause opening with its units and a role verb; strict: every unit ends like a unit name. */
export function parseSubjectRole(clause: string): Assignment | null {
  const m = SUBJECT_VERB.exec(clause.replace(EDGES, ''));
  if (!m) return null;
  const units = splitUnits(m[1]);
  // a subject names bodies by their level (`省…厅`, `各市、县人民政府`, `工业和信息化部`), so that
  // `鼓励高校、研究机构参与…` is not read as a list of units
  if (units.length === 0 || !units.every((u) => isUnitLike(u) && UNIT_NAME.test(u) && SUBJECT_UNIT.test(u))) return null;
  const out = empty();
  add(out, roleOf(m[2]), units);
  return out;
}

/**
 * A bare list `(市交通运输局、市公安局、市发展改革委)` under a first-listed-leads convention: every
 * item must look like a unit, else null (a gloss such as `(含储备站址)`).
 */
export function parseBareList(raw: string): Assignment | null {
  const text = raw.replace(EDGES, '');
  if (!text || text.length > MAX_LIST || text.includes('。')) return null;
  const units = splitUnits(text);
  // `(含县级政府)` `(包括各区政府)` gloss what the item covers; they assign nothing
  if (units.length === 0 || /^(?:含|包括|不含|即|如|除)/.test(text) || !units.every((u) => isUnitLike(u) && UNIT_NAME.test(u))) return null;
  return { leads: [], supports: [], responsible: units };
}

// What a unit name ends with: 局, 委, 办, 政府, 公司, 集团…
const UNIT_NAME = /(?:局|委|办|厅|署|部|院|会|室|中心|社|政府|公司|集团|企业|单位|机构|所|站|队|行|台|校|馆|处|组|团|街道\)?)$/;

// `市发展改革委(牵头)、市财政局、市科技局` or `…按职责分工负责` after such a list
function marked(text: string): Assignment | null {
  const list = text.replace(/(?:按照?职责分工负责|分工负责|负责|配合)$/, '');
  const units = splitUnits(list);
  if (!units.every(isUnitLike)) return null;
  const out = empty();
  for (const u of units) add(out, LEAD_MARK.test(u) ? 'leads' : 'supports', [u.replace(LEAD_MARK, '')]);
  return out.leads.length > 0 ? out : null;
}

function roleOf(verb: string): Role {
  if (verb.includes('牵头') || verb === '指导') return 'leads';
  if (verb === '配合' || verb === '协助' || verb === '参与') return 'supports';
  return 'responsible';
}

// A unit name is short and holds no verb of work (`加强…`, `推进…`).
function isUnitLike(u: string): boolean {
  // `日常工作由市发展改革委负责` is a sentence about work, not a list: 由 and 的 do not occur in names
  return u.length <= 40 && !/(?:加强|推进|推动|加快|建立|完善|开展|要|应当|确保|落实|由|的)/.test(u);
}

// `(分管副省长、协管副秘书长负责，省发展改革委牵头…)`: officials are people, not units
const OFFICIAL = /(?:省长|市长|州长|县长|区长|镇长|乡长|秘书长|书记|主任)$/;

function add(a: Assignment, role: Role, units: string[]): void {
  for (const u of units) if (!a[role].includes(u) && !OFFICIAL.test(u)) a[role].push(u);
}

function total(a: Assignment): number {
  return a.leads.length + a.supports.length + a.responsible.length;
}
