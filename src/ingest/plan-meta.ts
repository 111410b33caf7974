// Stage 9, plan metadata (issue 2): title, period, issuers, date, document number, and whether the
// document is the plan itself or an article that explains one (kind 'interpretation', `about` the
// plan's title). Reads the cleaned Simplified text; only the head and the signature lines matter, so
// it scans a bounded number of lines. Shape: ../shared/spec/plan-json.md.
import type { PlanMeta, Script } from './types.ts';
import { chineseDateToIso, frontMatterDateToIso } from './plan-date.ts';

const HEAD_LINES = 60;

// A document number: 穗府办〔2020〕8号, 工信部联通信〔2021〕77号, 国办发[2021]3号, 京政发(2022)12号
const DOC_NUMBER_SRC = '[\\u4e00-\\u9fff]{1,14}[〔［\\[(【]\\s*(?:19|20)\\d{2}\\s*[〕］\\])】]\\s*\\d{1,4}\\s*号';
const DOC_NUMBER = new RegExp(DOC_NUMBER_SRC);
// The plan's period beside its title: (2021-2023年) (2020—2022年) (2021~2023) (2022年)
const PERIOD = /[(（]\s*((?:19|20)\d{2})\s*年?\s*(?:[-—–~～至到]+\s*((?:19|20)\d{2})\s*)?年?\s*(?:度)?[)）]/;
const PERIOD_AT_END = new RegExp(`\\s*${PERIOD.source}$`);
// What a plan document calls itself at the end of its title.
const PLAN_TITLE_END = /(?:计划|方案|规划|意见|办法|措施|要点|纲要|细则|规定|指南|战略|举措|工程|安排|清单|任务分工)$/;
// An organisation as signed: 广州市工业和信息化局, 工业和信息化部, 开封市人民政府办公室
const ORG_TOKEN = /^[\u4e00-\u9fff()]{2,30}(?:部|局|委|委员会|办|办公室|办公厅|厅|政府|院|会|中心|公司|集团|银行|署|处|室|社|所|组|团|馆|站|网|台|报|司|队|中心)$/;
const DATE_LINE = /^[(]?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*[)]?$/;
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.]|[(][一二三四五六七八九十]{1,3}[)]|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十]{1,3}[章条])/;

export function extractPlanMeta(text: string, frontMatter: Record<string, string>, script: Script): PlanMeta {
  const lines = text.split('\n', 4000);
  const head = headLines(lines);
  if (isInterpretation(text, lines, frontMatter)) return interpretationMeta(text, lines, frontMatter, script);

  const { title, period } = findTitle(head.length ? head : lines.slice(0, 1), frontMatter);
  const signature = findSignature(lines, head.length);
  const labels = labelledFields(head);
  let issuers = signature.issuers;
  if (issuers.length === 0) issuers = labels.issuers;
  if (issuers.length === 0) issuers = issuersFromWrapper(head);
  if (issuers.length === 0) issuers = issuersFromApproval(text, title);
  return {
    title,
    period,
    issuers,
    issuedOn: signature.date ?? labels.date ?? frontMatterDateToIso(frontMatter.date ?? ''),
    docNumber: labels.docNumber ?? findOwnDocNumber(head),
    kind: 'plan',
    about: null,
    script,
  };
}

/** The lines before the body starts (its first numbered heading), at most HEAD_LINES. */
function headLines(lines: string[]): string[] {
  const n = Math.min(lines.length, HEAD_LINES);
  for (let i = 0; i < n; i++) if (/^一[、.]/.test(lines[i])) return lines.slice(0, i);
  return lines.slice(0, n);
}

// --- kind -----------------------------------------------------------------------------------------

// An interpretation explains a plan: Q&A headings (一、《行动计划》的出台背景是什么？), an article's
// front matter (author, categories), 解读 / 答记者问 in its headline. A cover notice that hands a plan
// out (印发给你们) or assignments (牵头单位) mean the document is the plan itself, whatever its first
// line says (【政策解读】… on a page that carries the plan).
function isInterpretation(text: string, lines: string[], fm: Record<string, string>): boolean {
  let questions = 0;
  for (let i = 0; i < lines.length && questions < 3; i++) {
    const l = lines[i];
    if (l.length < 80 && NUMBERED_HEADING.test(l) && /[？?]$/.test(l)) questions++;
  }
  const headline = fm.title ?? lines[0] ?? '';
  let score = questions >= 2 ? 2 : 0;
  if (fm.author || fm.categories || fm.tags) score++;
  if (/解读|答记者问|问答|图解/.test(headline)) score++;
  if (/解读如下|作如下解读|进行(?:了)?解读|答记者问|记者问/.test(text.slice(0, 3000))) score++;
  if (score < 2) return false;
  const issuesPlan = /印发给你们|现印发|现予印发|请认真(?:贯彻|组织|抓好)/.test(text.slice(0, 3000));
  const assignments = (text.match(/牵头单位|责任单位|牵头部门|责任部门|按职责分工负责/g)?.length ?? 0) >= 2;
  return !(issuesPlan || assignments) || score >= 3;
}

function interpretationMeta(text: string, lines: string[], fm: Record<string, string>, script: Script): PlanMeta {
  const title = fm.title?.trim() || lines[0] || '';
  const about = findAbout(text, title);
  const source = fm.author || fm.source || sourceLine(lines);
  return {
    title,
    period: null,
    issuers: source ? [source] : [],
    issuedOn: frontMatterDateToIso(fm.date ?? '') ?? firstDate(lines),
    docNumber: quotedDocNumber(text, about),
    kind: 'interpretation',
    about,
    script,
  };
}

const keyOf = (s: string): string => s.replace(/[\s_“”"'‘’《》()\-—·・.。，,、]/g, '');

// The plan explained: a 《…》 naming a plan in the body. Where the headline quotes one too (with
// the scraper's _ for quotes: 《5G应用_扬帆_行动计划》), the body's spelling of that same title wins.
function findAbout(text: string, headline: string): string | null {
  const body = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const quoted = [...body.matchAll(/《([^《》\n]{4,80})》/g)].map((m) => stripPeriod(m[1]).title);
  const plans = quoted.filter((q) => endsLikePlan(q) && q.length >= 6);
  const inHeadline = [...headline.matchAll(/《([^《》]{2,80})》/g)].map((m) => stripPeriod(m[1]).title);
  for (const h of inHeadline) {
    const match = quoted.find((q) => keyOf(q) === keyOf(h));
    if (match) return match;
  }
  if (plans.length) return plans[0];
  return inHeadline[0]?.replace(/_+/g, '') ?? null;
}

function quotedDocNumber(text: string, about: string | null): string | null {
  const body = text.length > 20_000 ? text.slice(0, 20_000) : text;
  if (about) {
    for (const m of body.matchAll(/《([^《》\n]{2,80})》\s*[(]([^()\n]{0,60})[)]/g)) {
      const n = DOC_NUMBER.exec(m[2]);
      if (n && keyOf(stripPeriod(m[1]).title) === keyOf(about)) return squashNumber(n[0]);
    }
  }
  const first = DOC_NUMBER.exec(body);
  return first ? squashNumber(first[0]) : null;
}

function sourceLine(lines: string[]): string | null {
  for (const l of lines.slice(0, 10)) {
    const m = /^来源\s*:\s*([^\s|]{2,20})/.exec(l);
    if (m) return m[1];
  }
  return null;
}

function firstDate(lines: string[]): string | null {
  for (const l of lines.slice(0, 10)) {
    const m = /((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/.exec(l);
    if (m) return chineseDateToIso(`${m[1]}年${m[2]}月${m[3]}日`);
  }
  return null;
}

// --- title and period -----------------------------------------------------------------------------

function stripPeriod(raw: string): { title: string; period: PlanMeta['period'] } {
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

function canStartTitle(line: string): boolean {
  return line.length >= 2 && line.length <= 40 && !/[，。；:！？,;!?〔〕]|号$|日$/.test(line) && !NUMBERED_HEADING.test(line) && !orgsOf(line);
}

function isTitleLine(line: string): boolean {
  if (line.length < 4 || line.length > 80 || DOC_NUMBER.test(line)) return false;
  if (/[，。；:！？,;!?]/.test(line) || NUMBERED_HEADING.test(line)) return false;
  if (/印发|解读|^【|^为|^根据|^按照/.test(line)) return false;
  return endsLikePlan(stripPeriod(line).title);
}

// 管理办法(试行) / 实施方案(征求意见稿): the status in brackets stays in the title but is not its end.
function endsLikePlan(title: string): boolean {
  return PLAN_TITLE_END.test(title.replace(/[(](?:试行|暂行|修订|修订稿|征求意见稿|草案|送审稿)[)]$/, ''));
}

// The plan names itself in a cover notice (现将《Y》印发给你们 / 《Y》已经市政府同意，现印发…), in a
// wrapper title (X关于印发Y的通知) and on its own title line, often followed by a line holding only the
// period. The title line is preferred when it is the same plan; a notice alone is enough (the title
// line may be missing on a scraped page).
function findTitle(head: string[], fm: Record<string, string>): { title: string; period: PlanMeta['period'] } {
  let issued: { title: string; period: PlanMeta['period'] } | null = null;
  for (const line of head) {
    const wrapper = /关于(?:印发|转发|下达)(.{4,100}?)的通知/.exec(line);
    // 现将《Y》印发给你们 / 《Y》已经市政府同意，现印发给你们 — not 为贯彻落实《Z》精神，经市政府同意…
    const notice = /《([^《》]{4,100})》[^《》。]{0,30}(?:印发|下发|转发|发给你们)/.exec(line);
    const hit = notice?.[1] ?? wrapper?.[1];
    if (hit) {
      issued = stripPeriod(hit);
      break;
    }
  }
  for (let i = 0; i < head.length; i++) {
    let line = head[i];
    // A title broken over two lines: 广州市推进新型基础设施 / 建设实施方案
    if (!isTitleLine(line) && i + 1 < head.length && canStartTitle(line) && isTitleLine(line + head[i + 1])) {
      line = line + head[i + 1];
      i++;
    }
    if (!isTitleLine(line)) continue;
    const own = stripPeriod(line.replace(/^《(.*)》$/, '$1'));
    if (issued && keyOf(own.title) !== keyOf(issued.title)) continue;
    // 开封市加快5G产业发展三年行动计划 / (2020—2022年) on the next line
    const next = head[i + 1] ?? '';
    const period = own.period ?? (next.length <= 16 && /^[(]/.test(next) ? stripPeriod(`x${next}`).period : null);
    return { title: own.title, period: period ?? issued?.period ?? null };
  }
  if (issued) return issued;
  if (fm.title) return stripPeriod(fm.title);
  const first = head.find((l) => l.length <= 80) ?? '';
  return stripPeriod(first);
}

// --- issuers and date -----------------------------------------------------------------------------

function orgsOf(line: string): string[] | null {
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

function splitJoinedOrgs(token: string): string[] {
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

// The signature: organisation lines just above (or, failing that, below) a line holding only the
// date; several bodies per line are separated by spaces. The first such date in the head wins, else
// the last dated line of the document (a plan signed at its very end).
function findSignature(lines: string[], headLength: number): { issuers: string[]; date: string | null } {
  const candidates: Array<{ at: number; date: string; issuers: string[] }> = [];
  const scan = (i: number): void => {
    const line = lines[i];
    let dateText: string | null = null;
    let before: string[] = [];
    const m = DATE_LINE.exec(line);
    if (m) dateText = m[1];
    else {
      const inline = /^(.*?) +((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/.exec(line);
      const orgs = inline ? orgsOf(inline[1]) : null;
      if (!inline || !orgs) return;
      dateText = inline[2];
      before = orgs;
    }
    const date = chineseDateToIso(dateText);
    if (!date) return;
    const above: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
      const orgs = orgsOf(lines[j]);
      if (!orgs) break;
      above.unshift(...orgs);
    }
    const below: string[] = [];
    if (above.length === 0 && before.length === 0) {
      for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
        const orgs = orgsOf(lines[j]);
        if (!orgs) break;
        below.push(...orgs);
      }
    }
    candidates.push({ at: i, date, issuers: [...before, ...above, ...below] });
  };
  const headEnd = Math.min(lines.length, Math.max(headLength, 1) + 2);
  // Every line: a plan may be signed at its end, before its annexes.
  for (let i = 0; i < lines.length; i++) scan(i);
  const signed = candidates.find((c) => c.issuers.length > 0);
  const chosen = signed ?? candidates.find((c) => c.at < headEnd) ?? candidates[candidates.length - 1];
  return chosen ? { issuers: dedupe(chosen.issuers), date: chosen.date } : { issuers: [], date: null };
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

// Government web pages head a document with a table of labelled fields: 发文机关：…  发文字号：…
// 成文日期：2020年12月31日 (also 发布机构 / 文号 / 发文日期). Several may share one line.
function labelledFields(head: string[]): { issuers: string[]; date: string | null; docNumber: string | null } {
  const out: { issuers: string[]; date: string | null; docNumber: string | null } = { issuers: [], date: null, docNumber: null };
  for (const line of head) {
    if (!/(?:发文机关|发文单位|发布机构|成文日期|发文日期|发文字号|文号)\s*:/.test(line)) continue;
    const number = /(?:发文字号|文号)\s*:\s*(\S+)/.exec(line);
    if (number && !out.docNumber) out.docNumber = DOC_NUMBER.exec(number[1]) ? squashNumber(DOC_NUMBER.exec(number[1])![0]) : null;
    const date = /(?:成文日期|发文日期)\s*:\s*(\S+)/.exec(line);
    if (date && !out.date) out.date = chineseDateToIso(date[1]) ?? frontMatterDateToIso(date[1]);
    const org = /(?:发文机关|发文单位|发布机构)\s*:\s*([^:]+?)(?=\s+\S{2,6}\s*:|$)/.exec(line);
    if (org && !out.issuers.length) out.issuers = org[1].split(/[ 、，,]+/).flatMap(splitJoinedOrgs).filter((t) => ORG_TOKEN.test(t));
  }
  return out;
}

// 广州市人民政府办公厅关于印发…的通知 → 广州市人民政府办公厅
function issuersFromWrapper(head: string[]): string[] {
  for (const line of head) {
    const m = /^(.{2,60}?)关于印发/.exec(line);
    if (m) {
      const orgs = m[1].split(/[ 、]+/).filter((t) => ORG_TOKEN.test(t));
      if (orgs.length) return orgs;
    }
  }
  return [];
}

// Nobody signs, but the notice says 经市政府同意 / 已经市人民政府同意: the government of the place the
// title names at that level (开封市… → 开封市人民政府).
function issuersFromApproval(text: string, title: string): string[] {
  const m = /(?:经|已经)(省|市|县|区|州|盟|旗)(?:人民)?政府(?:常务会议)?(?:研究)?同意/.exec(text.slice(0, 3000));
  if (!m) return [];
  const place = new RegExp(`^([\\u4e00-\\u9fff]{1,8}?${m[1]})`).exec(title);
  return place ? [`${place[1]}人民政府`] : [];
}

// The plan's own number: on a line of its own in the head (穗府办〔2020〕8号, perhaps with 签发人), or
// in brackets after a wrapper title. A number quoted after another document's 《…》 is that one's.
function findOwnDocNumber(head: string[]): string | null {
  for (const line of head) {
    const m = DOC_NUMBER.exec(line);
    if (!m) continue;
    const rest = (line.slice(0, m.index) + line.slice(m.index + m[0].length)).replace(/签发人\s*:?\s*\S{0,6}/, '').replace(/[\s()]/g, '');
    if (!rest) return squashNumber(m[0]);
    if (/关于印发.*的通知/.test(line) && !/》\s*[(]?\s*$/.test(line.slice(0, m.index))) return squashNumber(m[0]);
  }
  return null;
}

function squashNumber(s: string): string {
  return s.replace(/\s+/g, '').replace(/[［\[]/g, '〔').replace(/[］\]]/g, '〕');
}
