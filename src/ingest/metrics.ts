// The quantities of a target statement: `全市累计建成5G基站超8万座` → {5G基站, 80000, 座, 超}.
// Values have 万/亿/千 multiplied out, percentages are the number before %, ranges give valueMax
// (../shared/spec/plan-json.md). Not quantities: 5G / IPv6 / L3 (a digit touching Latin letters),
// years, 第N / N号 ordinals, 700MHz frequencies, 110千伏 voltages, 3:7 ratios (issue 2, item 8).
import type { Metric } from './types.ts';
import { normalizeDigits } from './year-phrase.ts';
import { findQuantities, type Quantity } from './quantities.ts';

const CLAUSE_PUNCT = new Set([...',，。；;：:！!？?\n\r']);
// The bounding word right before a number: `超8万座`, `约1200万户`, `降至20%`, `不少于2000个`.
const PRE_QUALIFIER =
  /(超过|超出|不少于|不低于|不超过|不高于|不多于|低于|高于|大于|小于|多于|少于|降至|降到|压缩至|压缩到|压减至|压减到|缩短至|缩短到|降低到|降低至|下降到|下降至|控制在|提高到|提高至|提升到|提升至|增至|增加到|增加至|增长到|增长至|保持在|稳定在|达到|突破|提高|提升|下降|降低|减少|共计|合计|总计|累计|超|约|近|逾|达|共)\s*$/;
// Words that link subject and number without bounding it: `5G站址为6.7万个`.
const COPULA = /(为|是|在|有)\s*$/;
// Clause-level words that qualify every number after them: `累计建成3.89万个`, `力争建成…3.4万根`.
const CLAUSE_QUALIFIER = /累计|力争/g;
const LEAD_FILLER =
  /^(?:[-—–•·●\s]+|(?:力争|争取|确保)?(?:到|至)?(?:\d{4}\s*年?\s*[-—–~～至]\s*)?\d{4}年(?:年底|年末|底|末)?|全市|全省|全区|全县|全国|我市|我省|我区|我国|其中|力争|争取|确保|计划|预计|共|累计(?=建|培|完|新|打|实|推|形|发|引|创|认|改|部|开|布|支|扶|树|研|制)|建成|建设|新建|新增|培育|打造|形成|推动|带动|实现|完成|发展|引进|创建|认定|改造|部署|开通|布局|推广|支持|扶持|树立|研制|制定|建立)/;
const TRAIL_FILLER = /(?:数量|总数|总量)$/;
// Adverbs between subject and verb: `行政村5G通达率预计达到80%`, `5G基站累计达到10万个`
const TRAIL_ADVERB = /(?:预计|将要|将|要|力争|争取|有望|基本|累计|平均)+$/;
// `比2020年提高0.6个百分点`: a comparison with a base year; the subject is the metric before it
const COMPARED = /^(?:比|较|同比|与)\s*(?:\d{4}\s*年(?:底|末)?|上年|去年)?(?:相比)?/;
// A name after the number starts with a noun, not with a new predicate: `1500个,` vs `3.89万个5G基站`.
const VERB_START = /^(?:实现|完成|达到|建成|覆盖|以上|以下|左右|增长|提升|提高|下降|降低|并|且|同时|等)/;
// `提出了2项量化指标`, `从三个方面`, `5条措施`: the document counting its own parts, not a goal
const META = /^.{0,6}(?:指标|方面|原则|措施|条款)/;
const CONNECTOR_TAIL = /[、和及与并且或,，\s]+$|(?:以及|等)$/;

function clean(name: string): string {
  let s = name.trim();
  for (let i = 0; i < 6; i++) {
    const m = LEAD_FILLER.exec(s);
    if (!m || m[0].length === 0) break;
    s = s.slice(m[0].length);
  }
  s = s.replace(/^[、的]/, '').replace(CONNECTOR_TAIL, '').replace(/的$/, '');
  const t = s.replace(TRAIL_FILLER, '');
  return (t.length > 0 ? t : s).trim();
}

// Text after the quantity, up to the clause end or the next quantity: `3.89万个5G基站`.
function nameAfter(text: string, q: Quantity, next: Quantity | undefined): string {
  const stop = next ? next.start : text.length;
  let end = q.tailEnd;
  while (end < stop && !CLAUSE_PUNCT.has(text[end])) end++;
  const raw = text.slice(q.tailEnd, end).replace(/^的/, '');
  // `建成县级物流配送中心20个、乡镇商贸中心150个`: after 、 comes the next item, not this one's name
  if (raw.length === 0 || VERB_START.test(raw) || /^[)）\]】"”、]/.test(raw)) return '';
  return clean(raw);
}

export function parseMetrics(statement: string): Metric[] {
  const text = normalizeDigits(statement);
  return metricsAt(text, findQuantities(text)).map((x) => x.metric);
}

const MAX_NAME = 60;

// Another quantity later in the same clause: `年产值5亿元以上的企业达到30家` counts 企业 (30家)
function countedLater(text: string, q: Quantity, next: Quantity | undefined): boolean {
  if (!next) return false;
  for (let i = q.tailEnd; i < next.start; i++) if (CLAUSE_PUNCT.has(text[i])) return false;
  return true;
}
const THRESHOLD_BEFORE = /(?:超过|超|过|逾|上)$/; // a subject further than this from its number is no metric name

/** The metrics of `text` (ASCII digits) for quantities already found, each with its quantity. */
export function metricsAt(text: string, qs: Quantity[]): Array<{ quantity: Quantity; metric: Metric }> {
  const found: Array<{ quantity: Quantity; metric: Metric }> = [];
  const out: Metric[] = [];
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    const prevEnd = Math.max(k > 0 ? qs[k - 1].tailEnd : 0, q.start - MAX_NAME);
    let left = q.start;
    while (left > prevEnd && !CLAUSE_PUNCT.has(text[left - 1])) left--;
    let region = text.slice(left, q.start);

    let adjacent: string | null = null;
    const pre = PRE_QUALIFIER.exec(region);
    if (pre) {
      adjacent = pre[1];
      region = region.slice(0, region.length - pre[0].length);
    } else {
      const cop = COPULA.exec(region);
      if (cop) region = region.slice(0, region.length - cop[0].length);
    }
    let clauseWord: string | null = null;
    for (const m of region.matchAll(CLAUSE_QUALIFIER)) clauseWord = m[0];

    // `年产值超5亿元的企业30家`: a bound inside a noun phrase (超X的, X以上的) picks out what is
    // counted; it is no target of its own
    // …but only where the clause goes on to count them: `完成75%以上的确权登记` is itself the goal
    const counted = countedLater(text, q, qs[k + 1]);
    if (counted && THRESHOLD_BEFORE.test(text.slice(Math.max(0, q.start - 2), q.start)) && text[q.tailEnd] === '的') continue;
    if (counted && /^(?:以上|以下)的/.test(text.slice(q.end, q.end + 3))) continue;
    const after = nameAfter(text, q, qs[k + 1]);
    const compared = COMPARED.exec(region.trim());
    if (compared && compared[0].length > 0) region = region.trim().slice(compared[0].length);
    const adverbs = TRAIL_ADVERB.exec(region.replace(/[的]$/, ''))?.[0] ?? '';
    // `PUE值平均低于1.3` is an average: the name says so up front (平均设计PUE值)
    const before = (adverbs.includes('平均') ? '平均' : '') + clean(region.replace(/[的]$/, '').slice(0, region.replace(/[的]$/, '').length - adverbs.length));
    const name = after || before || (compared && compared[0].length > 0 && out.length > 0 ? out[out.length - 1].name : '');
    if (META.test(name)) continue;
    const qualifier = q.post ?? adjacent ?? q.approx ?? clauseWord ?? null;
    const metric: Metric = { name, value: q.value, unit: q.unit, qualifier };
    if (q.valueMax != null) metric.valueMax = q.valueMax;
    out.push(metric);
    found.push({ quantity: q, metric });
  }
  return found;
}
