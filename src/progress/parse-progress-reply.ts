// Reads a free-text progress reply (a thread reply or `/duban report text:…`): status words, a
// percentage, task references, numbers for the plan's target metrics and "no change". Pure; bounded
// time (regexes without nested quantifiers, input capped). Traditional input is read as Simplified.
import { stripInvisible } from '../text/invisible.ts';
import { toSimplified } from '../text/script.ts';

export const STATUSES = ['未开始', '推进中', '已完成', '滞后', '受阻'] as const;
export type ProgressStatus = (typeof STATUSES)[number];

export interface ParseContext {
  tasks: Array<{ id: string; title: string }>;
  metrics: Array<{ name: string; unit: string | null }>;
}

export interface MetricValue {
  name: string;
  value: number;
  unit: string | null;
}

export type ParseCode =
  | 'empty'
  | 'noise'
  | 'too_long'
  | 'percent_over_100'
  | 'percent_negative'
  | 'bad_date'
  | 'unknown_task';

export type ParsedReply =
  | { ok: true; status?: ProgressStatus; percent?: number; taskRefs: string[]; metricValues: MetricValue[]; note: string; noChange: boolean }
  | { ok: false; code: ParseCode; message: string };

export const MAX_REPLY_CHARS = 2000;

const EMPTY_CONTEXT: ParseContext = { tasks: [], metrics: [] };

function fail(code: ParseCode, message: string): ParsedReply {
  return { ok: false, code, message };
}

/** NFKC (full-width digits and ％ → ASCII), Simplified, no control or zero-width characters. */
export function normalizeReply(text: string): string {
  return toSimplified(stripInvisible(text).normalize('NFKC')).trim();
}

// Status words, strongest first: a reply that says 滞后 and 未完成 is 滞后, not 已完成.
const STATUS_PATTERNS: Array<[ProgressStatus, RegExp]> = [
  // 受阻 / 阻塞 / 卡住 / blocked
  ['受阻', /受阻|阻塞|卡住|卡在|无法推进|blocked/i],
  // 滞后 / 延期 / 延迟 / 推迟 / 落后 / 逾期 / 未按期 / delayed / behind
  ['滞后', /滞后|延期|延迟|延误|推迟|落后于?计划|逾期|未按期|进度缓慢|delayed|behind schedule|late\b/i],
  // 未开始 / 尚未开始 / 未启动 / 还没开始 / not started
  ['未开始', /未开始|尚未开始|还没(?:有)?开始|没有开始|未启动|尚未启动|not started/i],
  // 推进中 / 进行中 / 正在推进 / 实施中 / 按计划推进 / in progress / ongoing
  ['推进中', /推进中|进行中|正在推进|正在进行|正在实施|实施中|建设中|按计划推进|有序推进|稳步推进|in progress|ongoing|on track/i],
  // 已完成 / 完成 / 已办结 / 全部完成 / done / completed — but not 未完成 / 没完成 / 尚未完成
  ['已完成', /已完成|已办结|已落实|全部完成|(?<![未没尚])完成|completed|\bdone\b|finished/i],
];

// 本周无新进展 / 无进展 / 暂无进展 / 没有新进展 / 无变化 / no change / nothing new
const NO_CHANGE = /(?:本周|这周|本週)?(?:无|暂无|没有|没)新?(?:进展|进度|变化|更新)|no (?:change|progress|update)s?|nothing new/i;

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 三 → 3, 十二 → 12, 二十 → 20, 九十九 → 99; digits pass through. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十]{1,3}$/.test(s)) return null;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? CN_DIGITS[s] ?? null : null;
  const tens = i === 0 ? 1 : CN_DIGITS[s[0]] ?? NaN;
  const ones = i === s.length - 1 ? 0 : CN_DIGITS[s[i + 1]] ?? NaN;
  const n = tens * 10 + ones;
  return Number.isFinite(n) ? n : null;
}

const MULTIPLIERS: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

/** How many base units one of `unit` is: 万个 → 1e4, 亿元 → 1e8, 家 → 1. */
function unitScale(unit: string | null): number {
  const m = unit ? /^(千|万|亿)/.exec(unit) : null;
  return m ? MULTIPLIERS[m[1]] : 1;
}

function stripKey(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, '');
}

// Verbs a plan puts before a metric's noun: 新增5G工厂 → 5G工厂, 建成5G基站 → 5G基站.
const METRIC_VERBS = /^(?:累计|新增|新建|建成|建设|打造|培育|推动|实现|达到|完成|开通|部署|引进|形成|突破|超过)+/;

function metricVariants(name: string): string[] {
  const base = stripKey(toSimplified(name));
  const bare = base.replace(METRIC_VERBS, '');
  const out = new Set([base, bare]);
  // 5G基站 → 基站: people drop the technology prefix in a reply (建成基站1200个).
  const noPrefix = bare.replace(/^[A-Za-z0-9]+/, '');
  if (noPrefix.length >= 2) out.add(noPrefix);
  return [...out].filter((v) => v.length >= 2).sort((a, b) => b.length - a.length);
}

// A number with an optional 千/万/亿 and unit, right after a metric's name: 12家, 1200个, 1.2万个, 达到30亿元.
const NUMBER_AFTER = /^[^\d\n,，;；。]{0,6}?(\d+(?:\.\d+)?)\s*((?:千|万|亿){0,2})\s*([\u4e00-\u9fffA-Za-z]{0,3})/;

function readMetrics(text: string, metrics: ParseContext['metrics']): MetricValue[] {
  const flat = text.replace(/\s+/g, '');
  const out: MetricValue[] = [];
  const taken: Array<[number, number]> = [];
  for (const metric of metrics) {
    for (const variant of metricVariants(metric.name)) {
      let from = 0;
      let found = false;
      while (!found) {
        const at = flat.indexOf(variant, from);
        if (at < 0) break;
        from = at + 1;
        const end = at + variant.length;
        if (taken.some(([s, e]) => at < e && end > s)) continue;
        const m = NUMBER_AFTER.exec(flat.slice(end));
        if (!m) continue;
        // 1.2万亿元: multipliers compound.
        const raw = [...m[2]].reduce((n, c) => n * MULTIPLIERS[c], Number(m[1]));
        const value = raw / unitScale(metric.unit);
        out.push({ name: metric.name, value: Math.round(value * 1e6) / 1e6, unit: metric.unit });
        taken.push([at, end + m[0].length]);
        found = true;
      }
      if (found) break;
    }
  }
  return out;
}

// 同比增长15% / 占比超过50% / 普及率60% / 下降-5%: the figure measures something else.
const RATE_BEFORE = /(?:增长|增速|下降|降低|提升|提高|占比|比重|率)(?:了|为|达到?|超过?|约)?[-−负]?\s*$/;

function readPercent(text: string): { percent?: number; error?: ParsedReply } {
  // -5% / 负5% / 进度：−5%: a sign that starts the figure. Not the dash of a range (60%-80%, 60-80%)
  // nor a change rate (同比增长-5%), which is a metric, not the task's progress.
  const neg = /(?:^|[\s，,。;；:(（]|进度|完成度?|为|是|达到?)(?:-|−|负)\s*(\d+(?:\.\d+)?)\s*%/.exec(text);
  if (neg && !RATE_BEFORE.test(text.slice(Math.max(0, neg.index - 4), neg.index + 1))) {
    return { error: fail('percent_negative', `进度不能为负数（-${neg[1]}%）：请填 0–100 之间的百分比。`) };
  }
  // 60% / 百分之六十 / 进度80 / 完成八成; a percentage right after 增长/占比/率 is a rate, not progress.
  const candidates: number[] = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*%/g)) {
    if (RATE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    candidates.push(Number(m[1]));
  }
  for (const m of text.matchAll(/百分之([零〇一二两三四五六七八九十百]{1,4}|\d+)/g)) {
    const n = m[1] === '一百' || m[1] === '百' ? 100 : chineseNumber(m[1]);
    if (n != null) candidates.push(n);
  }
  for (const m of text.matchAll(/(?:进度|完成度|完成率|完成了?)\s*(?:为|达到?|是|:)?\s*(\d{1,3}(?:\.\d+)?)(?![\d.%万亿千个家项])/g)) candidates.push(Number(m[1]));
  for (const m of text.matchAll(/完成\s*([一二三四五六七八九十])成/g)) candidates.push((chineseNumber(m[1]) ?? 0) * 10);
  if (!candidates.length) return {};
  const over = candidates.find((n) => n > 100);
  if (over != null) return { error: fail('percent_over_100', `进度不能超过 100%（${over}%）：请填 0–100 之间的百分比。`) };
  return { percent: Math.round(candidates[0] * 10) / 10 };
}

function readDates(text: string): ParsedReply | null {
  // 2022年13月 / 2022年0月 / 3月32日: a date that does not exist.
  for (const m of text.matchAll(/(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g)) {
    const month = Number(m[2]);
    const day = m[3] ? Number(m[3]) : 1;
    if (month < 1 || month > 12 || day < 1 || day > 31) return fail('bad_date', `日期“${m[0]}”不存在，请检查月份（1–12）和日期。`);
  }
  return null;
}

// Normalised titles, computed once per context (a plan has hundreds of tasks; replies are many).
const titleCache = new WeakMap<ParseContext['tasks'], Array<[string, string]>>();
function titleKeys(tasks: ParseContext['tasks']): Array<[string, string]> {
  let keys = titleCache.get(tasks);
  if (!keys) {
    keys = tasks.map((t) => [t.id, stripKey(toSimplified(t.title))] as [string, string]).filter(([, k]) => k.length >= 4);
    titleCache.set(tasks, keys);
  }
  return keys;
}

function readTaskRefs(text: string, tasks: ParseContext['tasks']): { refs: string[]; unknown?: string } {
  const refs: string[] = [];
  const add = (id: string) => {
    if (!refs.includes(id)) refs.push(id);
  };
  const raw: string[] = [];
  // 任务3 / 任务 3.2 / task 3 / #3
  for (const m of text.matchAll(/(?:任务|task\s*|#)\s*(?:第\s*)?(\d{1,3}(?:\.\d{1,2})?|[一二三四五六七八九十]{1,3})(?!\s*[%万亿千个家])/gi)) raw.push(m[1]);
  // 第3项 / 第三项 / 第3条 / 第12个任务
  for (const m of text.matchAll(/第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:项|条|个任务|号任务)/g)) raw.push(m[1]);
  // "3. 已完成" / "3、推进中" / "(3) …" at the start of a line
  for (const m of text.matchAll(/(?:^|\n)\s*[(（]?(\d{1,3})\s*[.、．)）](?!\d)/g)) raw.push(m[1]);
  for (const r of raw) {
    const id = /^\d/.test(r) ? r : String(chineseNumber(r) ?? r);
    if (tasks.length && !tasks.some((t) => t.id === id)) return { refs, unknown: id };
    add(id);
  }
  // A task's title written out (at least 4 characters of it, punctuation ignored).
  const flat = stripKey(text);
  for (const [id, title] of titleKeys(tasks)) if (flat.includes(title)) add(id);
  return { refs };
}

/** Understands one progress reply. ctx lists the plan's tasks and target metrics (both optional). */
export function parseProgressReply(input: string, ctx: ParseContext = EMPTY_CONTEXT): ParsedReply {
  if (typeof input !== 'string' || !input.trim()) return fail('empty', '内容为空：请写明进展，如“任务3 推进中 60%”或“本周无新进展”。');
  if (input.length > MAX_REPLY_CHARS * 4) return fail('too_long', `内容过长（${input.length} 字）：请精简到 ${MAX_REPLY_CHARS} 字以内。`);
  const text = normalizeReply(input);
  if (text.length > MAX_REPLY_CHARS) return fail('too_long', `内容过长（${text.length} 字）：请精简到 ${MAX_REPLY_CHARS} 字以内。`);
  // Only emoji, punctuation or symbols: nothing to record.
  const meaningful = text.replace(/[\s\p{P}\p{S}\p{Extended_Pictographic}\p{M}]/gu, '');
  if (!meaningful) return fail('noise', '没有读到进展内容：请写明状态（推进中/已完成/滞后/受阻/未开始）、百分比或“本周无新进展”。');

  const dateError = readDates(text);
  if (dateError) return dateError;
  const pct = readPercent(text);
  if (pct.error) return pct.error;
  const tasks = readTaskRefs(text, ctx.tasks);
  if (tasks.unknown) return fail('unknown_task', `找不到任务 ${tasks.unknown}：本规划的任务编号为 ${summarizeIds(ctx.tasks.map((t) => t.id))}。`);

  const noChange = NO_CHANGE.test(text);
  let status: ProgressStatus | undefined;
  for (const [s, re] of STATUS_PATTERNS) {
    if (re.test(text)) {
      status = s;
      break;
    }
  }
  let percent = pct.percent;
  // 已完成60%: "finished 60 percent" is progress, not completion.
  if (status === '已完成' && percent != null && percent < 100) status = '推进中';
  if (status === undefined && percent === 100) status = '已完成';
  if (status === '已完成' && percent === undefined) percent = 100;
  const metricValues = readMetrics(text, ctx.metrics);

  const understood = status !== undefined || percent !== undefined || metricValues.length > 0 || noChange || tasks.refs.length > 0;
  // A note alone is a report only when it says something (more than a word or two).
  if (!understood && meaningful.length < 4) {
    return fail('noise', '没有读到进展内容：请写明状态（推进中/已完成/滞后/受阻/未开始）、百分比或“本周无新进展”。');
  }
  // The note keeps the writer's own script and punctuation.
  return { ok: true, status, percent, taskRefs: tasks.refs, metricValues, note: stripInvisible(input).trim(), noChange: noChange && status === undefined && percent === undefined };
}

function summarizeIds(ids: string[]): string {
  if (!ids.length) return '（无）';
  return ids.length > 12 ? `${ids.slice(0, 12).join('、')}…` : ids.join('、');
}
