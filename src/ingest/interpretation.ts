// Plan metadata of an interpretation: an article or Q&A that explains a plan (kind 'interpretation',
// `about` the plan's title; ../shared/spec/plan-json.md).
import type { PlanMeta, Script } from './types.ts';
import { chineseDateToIso, frontMatterDateToIso } from './plan-date.ts';
import { DOC_NUMBER, NUMBERED_HEADING, endsLikePlan, keyOf, squashNumber, stripPeriod } from './plan-patterns.ts';

// An interpretation explains a plan: Q&A headings (一、《行动计划》的出台背景是什么？), an article's
// front matter (author, categories), 解读 / 答记者问 in its headline. A cover notice that hands a plan
// out (印发给你们) or assignments (牵头单位) mean the document is the plan itself, whatever its first
// line says (【政策解读】… on a page that carries the plan).
export function isInterpretation(text: string, lines: string[], fm: Record<string, string>): boolean {
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

export function interpretationMeta(text: string, lines: string[], fm: Record<string, string>, script: Script): PlanMeta {
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

