// Stage 8c (issue 12): statements with quantities but no year of their own, dated where the document
// dates them otherwise; the rest stay undated (a year would be a guess).
//   `3年内培育20家` `用3年时间` `经过5年努力` `未来三年` → the plan's first year + N − 1 (a period is stated), or
//                                               the year it was issued + N
//   a section that names its year (`一、落实2019年…主要预期目标` heading, `到2025年，…主要指标如下：`) → that year
//   a year's work plan (`某县2024年重点工作任务分工方案`, one year in the title, no longer period):
//   its items are that year's targets (`城镇新增就业5000人以上`, `单位GDP能耗下降3%`), and so is
//   `…主要预期目标是：…` in its opening text; `2018年发展主要预期目标是：…` and `今年…目标是：…` (the year the
//   page is dated) wherever they stand
import type { IngestDoc } from './doc.ts';
import type { PlanMeta, Target } from './types.ts';
import { extractUndatedTargets, type UndatedTarget } from './targets.ts';
import { normalizeDigits } from './year-phrase.ts';
import { parseMetrics } from './metrics.ts';

const SPAN = /(?:未来|今后)\s*(\d{1,2}|[一二两三四五六七八九十])\s*年|(?:用|经过|通过)?\s*(\d{1,2}|[一二两三四五六七八九十])\s*年(?:内|时间|左右时间|努力|左右)/;
// `…第十四个五年规划和2035年远景目标纲要`: a vision year names no work plan's year
const TITLE_YEAR = /((?:19|20)\d{2})\s*年(?!远景)/g;
const CN = '〇一二三四五六七八九十';

export function targetYears(doc: IngestDoc): IngestDoc {
  const undated = extractUndatedTargets(doc.targetSegments);
  const dated: Target[] = [];
  const still: UndatedTarget[] = [];
  const titleYear = workPlanYear(doc.meta);
  for (const { sectionYear, ...u } of undated) {
    const year = spanYear(u.text, doc.meta) ?? sectionYear ?? titleYear;
    if (year === null) still.push(u);
    else dated.push({ ...u, year });
  }
  const issuedYear = doc.meta?.issuedOn ? Number(doc.meta.issuedOn.slice(0, 4)) : null;
  const preamble = preambleGoals(doc, titleYear, issuedYear);
  return { ...doc, targets: [...preamble, ...doc.targets, ...dated], undatedTargets: still };
}

// `2024年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，…` in a work plan's opening
// text (no 目标 heading): the statement after the 目标 word holds that year's targets.
const GOAL_WORD = /(?:主要)?(?:预期)?目标(?:是|为)?\s*[:：，,]/;

// `2018年发展主要预期目标是：` / `今年发展的主要预期目标是：` name their year right before the goal word
const YEAR_BEFORE = /((?:19|20)\d{2})\s*年[^，,。；;\d]{0,10}$/;
const THIS_YEAR_BEFORE = /今年[^，,。；;\d]{0,10}$/;

function preambleGoals(doc: IngestDoc, titleYear: number | null, issuedYear: number | null): Target[] {
  const out: Target[] = [];
  for (const seg of doc.targetSegments) {
    if (seg.section !== 'other') continue;
    const m = GOAL_WORD.exec(seg.text);
    if (!m) continue;
    const before = normalizeDigits(seg.text.slice(Math.max(0, m.index - 16), m.index));
    const named = YEAR_BEFORE.exec(before);
    const year = named ? Number(named[1]) : THIS_YEAR_BEFORE.test(before) ? issuedYear : titleYear;
    if (year === null) continue;
    const text = seg.text.slice(m.index + m[0].length).replace(/[。；;\s]+$/, '');
    const metrics = parseMetrics(text);
    if (metrics.length > 0 && !doc.targets.some((t) => t.text === text)) out.push({ year, text, taskId: null, metrics });
  }
  return out;
}

function spanYear(text: string, meta: PlanMeta | null): number | null {
  const m = SPAN.exec(normalizeDigits(text));
  if (!m || !meta) return null;
  const word = m[1] ?? m[2];
  const n = /\d/.test(word) ? Number(word) : word === '两' ? 2 : CN.indexOf(word);
  if (n <= 0) return null;
  if (meta.period) return meta.period.start + n - 1;
  const issued = meta.issuedOn ? Number(meta.issuedOn.slice(0, 4)) : null;
  return issued === null ? null : issued + n;
}

/** The one year a work plan is for: one year in its title and no period longer than that year. */
export function workPlanYear(meta: PlanMeta | null): number | null {
  if (!meta || meta.kind !== 'plan') return null;
  if (meta.period && meta.period.start !== meta.period.end) return null;
  const years = [...normalizeDigits(meta.title).matchAll(TITLE_YEAR)].map((m) => Number(m[1]));
  if (years.length === 1) return years[0];
  return meta.period ? meta.period.start : null;
}
