// Patterns shared by the plan-metadata stage (plan-meta.ts and its helpers): document numbers,
// periods, what a plan calls itself, organisation names as signed.
import type { PlanMeta } from './types.ts';

// A document number: 穗府办〔2020〕8号, 工信部联通信〔2021〕77号, 国办发[2021]3号, 京政发(2022)12号
const DOC_NUMBER_SRC = '[\\u4e00-\\u9fff]{1,14}[〔［\\[(【]\\s*(?:19|20)\\d{2}\\s*[〕］\\])】]\\s*\\d{1,4}\\s*号';
export const DOC_NUMBER = new RegExp(DOC_NUMBER_SRC);
// The plan's period beside its title: (2021-2023年) (2020—2022年) (2021~2023) (2022年)
const PERIOD = /[(（]\s*((?:19|20)\d{2})\s*年?\s*(?:[-—–~～至到]+\s*((?:19|20)\d{2})\s*)?年?\s*(?:度)?[)）]/;
const PERIOD_AT_END = new RegExp(`\\s*${PERIOD.source}$`);
// What a plan document calls itself at the end of its title.
export const PLAN_TITLE_END = /(?:计划|方案|规划|意见|办法|措施|要点|纲要|细则|规定|指南|战略|举措|工程|安排|清单|任务分工)$/;
// An organisation as signed: 广州市工业和信息化局, 工业和信息化部, 开封市人民政府办公室
export const ORG_TOKEN = /^[\u4e00-\u9fff()]{2,30}(?:部|局|委|委员会|办|办公室|办公厅|厅|政府|院|会|中心|公司|集团|银行|署|处|室|社|所|组|团|馆|站|网|台|报|司|队|中心)$/;
export const DATE_LINE = /^[(]?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*[)]?$/;
export const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.]|[(][一二三四五六七八九十]{1,3}[)]|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十]{1,3}[章条])/;

// Titles compared without punctuation, quotes or the scraper's _ placeholders (《5G应用_扬帆_行动计划》).
export const keyOf = (s: string): string => s.replace(/[\s_“”"'‘’《》()\-—·・.。，,、]/g, '');

export function stripPeriod(raw: string): { title: string; period: PlanMeta['period'] } {
  const s = raw.trim().replace(/^《|》$/g, '');
  const m = PERIOD_AT_END.exec(s);
  if (!m) {
    // No bracketed period: one inside the title (广州市2021—2023年数字经济行动计划) stays in the title.
    const inner = /((?:19|20)\d{2})\s*年?\s*[-—–~～至到]+\s*((?:19|20)\d{2})\s*年/.exec(s);
    const period = inner && Number(inner[2]) >= Number(inner[1]) ? { start: Number(inner[1]), end: Number(inner[2]) } : null;
    return { title: s, period };
  }
  const start = Number(m[1]);
  const end = m[2] ? Number(m[2]) : start;
  return { title: s.slice(0, m.index).trim(), period: end >= start ? { start, end } : null };
}

// 管理办法(试行) / 实施方案(征求意见稿): the status in brackets stays in the title but is not its end.
export function endsLikePlan(title: string): boolean {
  return PLAN_TITLE_END.test(title.replace(/[(](?:试行|暂行|修订|修订稿|征求意见稿|草案|送审稿)[)]$/, ''));
}

export function orgsOf(line: string): string[] | null {
  // A table row (cells joined by tabs) is no signature: 市科技局\t2022年6月30日 is a deadline.
  if (line.length > 160 || line.includes('\t')) return null;
  // 广 州 市 人 民 政 府: a short signature spread out character by character
  if (/^(?:[\u4e00-\u9fff] +){2,}[\u4e00-\u9fff]$/.test(line)) line = line.replace(/ +/g, '');
  const tokens = line.split(/[ \t]+/).filter(Boolean).flatMap(splitJoinedOrgs);
  if (tokens.length === 0) return null;
  return tokens.every((t) => ORG_TOKEN.test(t) && !PLAN_TITLE_END.test(t)) ? tokens : null;
}

// Bodies signed side by side lose the space between them once white space inside Chinese is
// dropped: 工业和信息化部中央网络安全和信息化委员会办公室 / 财政部住房和城乡建设部. Split after an
// organisation suffix when what follows starts a new body: 国家… 国务院… 中央… 中共…, the place the
// current one names (中共广州市委办公厅|广州市人民政府办公厅), or a short ministry (…委员会|教育部).
const ORG_END = /(?:委员会|办公室|办公厅|人民政府|政府|总局|部|局|署|厅|银行)/g;
const ORG_START = /^(?:国家|国务院|中央|中共|中国|全国|最高|共青团|新华社)/;

export function splitJoinedOrgs(token: string): string[] {
  if (token.length < 6) return [token];
  const parts: string[] = [];
  let from = 0;
  ORG_END.lastIndex = 0;
  for (let m = ORG_END.exec(token); m; m = ORG_END.exec(token)) {
    const cut = m.index + m[0].length;
    if (cut >= token.length) break;
    const current = token.slice(from, cut);
    const rest = token.slice(cut);
    const place = /^[\u4e00-\u9fff]{2,4}?[省市县区]/.exec(rest)?.[0];
    const nextEnd = /^[\u4e00-\u9fff]{1,8}?(?:部|委员会|局|署)(?=$|国家|国务院|中央|中共)/.exec(rest);
    if (current.length >= 2 && (ORG_START.test(rest) || (place && current.includes(place)) || nextEnd)) {
      parts.push(current);
      from = cut;
    }
  }
  parts.push(token.slice(from));
  return parts;
}

export function squashNumber(s: string): string {
  return s.replace(/\s+/g, '').replace(/[［\[]/g, '〔').replace(/[］\]]/g, '〕');
}
