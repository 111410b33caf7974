// Stage 6: the quantities a reply reports, for the plan's targets table (reply-json.md): value and
// unit as written, multiplier kept (1000万户 → 1000 万户: issue 11 wants `1000万户`, never 10000000;
// plan-metrics.ts converts to the plan's unit), a Chinese numeral read (两千个 → 2000 个);
// cumulative (累计建成22座) or an increment (本周新建3座).
// A figure with no noun of its own takes the previous one's (新建5G基站3座，累计22座 → 5G基站).
// A growth rate (同比增长5%) is a metric, not progress. Durations (约两周, 3个月) and dates are not.
import { findQuantities } from '../../ingest/quantities.ts';
import { CN_NUMERAL, chineseNumber } from './cn-number.ts';
import { allMatches, splitPieces } from './pieces.ts';
import type { ReplyDoc, ReplyMetric } from './types.ts';

// 累计 / 总计 / 合计 / 共计 / 已达 / 达到 / 总数: the running total.
const CUMULATIVE = /累计|累积|总计|合计|共计|总数|总量|总规模|已达|达到?|共有|共建|截至目前|目前已/u;
// 本周新增 / 新建 / 当月: an increment, even when it says 达 (本周新增企业达30家).
const INCREMENT = /新增|新建|本周|本月|当月|上周|新开通|新落地/u;
const NOT_METRIC_UNITS = new Set(['个工作日', '工作日', '个月', '小时', '分钟', '天', '周', '百分点', '个百分点', '倍']);
const GROWTH = /(?:同比|环比)?(?:增长|增速|增幅|下降|降低|减少|提升|提高|上升|上涨|回落)[^，,。；;\d]{0,3}$/u;
// Words before the noun that say what was done or when, not what is counted.
const LEAD_WORDS = /^(?:本周|本月|上周|当月|今年|今年以来|截至目前|截止目前|目前|累计|累积|总计|合计|共计|共|已经|已|全市|新增|新建|建成|完成|开通|部署|引进|培育|打造|实现|达到|达|新开通|新落地|落地|签约|发放|覆盖|改造|推广|开展|组织|服务|建设|和|及|并|等)+/u;

// 截至目前，… / 截至4月，… / 截止5月底 / 到目前为止 / 迄今: what the sentence counts is a running total.
const TO_DATE = /截至|截止|到目前为止|至今|迄今|目前为止/u;

/** The sentence up to a piece (截至目前，任务8已建成… → 截至目前，). */
function sentenceBefore(text: string, at: number): string {
  const end = at - 1;
  return text.slice(Math.max(text.lastIndexOf('。', end), text.lastIndexOf('；', end), text.lastIndexOf(';', end)) + 1, at);
}

function nounBefore(before: string): string {
  const tail = /[\p{L}\p{N}]*$/u.exec(before)?.[0] ?? '';
  // 本周新建5G基站 → 5G基站; 累计建成 → ''
  let noun = tail;
  for (let prev = ''; prev !== noun; ) {
    prev = noun;
    noun = noun.replace(LEAD_WORDS, '');
  }
  return noun.replace(/(?:为|达|共|约|近|超过|了)$/u, '');
}

// Counting words the ingest's reader does not know, read here: 路灯860盏, 楼房12幢.
const EXTRA_UNITS = '盏幢杆眼孔';
const COUNT_WORDS = '个座户家项台套条所人名辆张处栋间次根部件站' + EXTRA_UNITS;
// 累计建成充电桩两千个 / 改造老旧小区三十二个 / 一百二十座: a Chinese numeral of ten or more before a
// counting word is a figure (一个 / 两个站点 stay words). Not an ordinal (第三个).
const CN_COUNT = new RegExp(`(?<!第|[\\d.]|${CN_NUMERAL})(${CN_NUMERAL}*[十百千万亿]${CN_NUMERAL}*)(?=[${COUNT_WORDS}])`, 'gu');

/** Chinese numerals before a counting word → digits, so one quantity reader reads both. */
export function digitsForNumerals(text: string): string {
  if (!/[十百千万亿]/u.test(text)) return text;
  return text.replace(CN_COUNT, (m, numeral: string) => {
    // 两万户 → 2万户, as 2万户 is read: the multiplier stays with the unit.
    const [, head, mult] = /^(.+?)([万亿]?)$/u.exec(numeral) ?? [];
    const n = chineseNumber(mult ? head : numeral);
    return n === null ? m : `${n}${mult}`;
  });
}

const EXTRA_UNIT = new RegExp(`[${EXTRA_UNITS}]`, 'u');
const EXTRA_QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?)([千万亿]?)([${EXTRA_UNITS}])`, 'gu');

interface Figure {
  start: number;
  digits: string;
  /** The unit as written after the digits: 万户, 亿元, 个. */
  written: string;
}

const DIGITS = /\d+(?:\.\d+)?/y;
const FIGURE_START = /(?<!\d|(?:任务|第)\s?)\d/u;

function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  for (const q of findQuantities(text)) {
    DIGITS.lastIndex = q.start;
    const digits = DIGITS.exec(text)?.[0];
    if (digits && q.unit !== null) out.push({ start: q.start, digits, written: text.slice(q.start + digits.length, q.end) });
  }
  if (EXTRA_UNIT.test(text)) for (const m of allMatches(text, EXTRA_QUANTITY)) out.push({ start: m.index, digits: m[1], written: m[2] + m[3] });
  return out.sort((a, b) => a.start - b.start);
}

export function readMetrics(text: string): ReplyMetric[] {
  const out: ReplyMetric[] = [];
  let lastName = '';
  const digitText = digitsForNumerals(text);
  // Every figure starts with a digit (Chinese numerals are digits by now): most replies have none.
  if (!/\d/u.test(digitText)) return out;
  for (const piece of splitPieces(digitText)) {
    // A figure starts at a digit after a non-digit, and one right after 任务 / 第 is a task's number
    // (skipped below): a phrase with no other number start (任务3已完成) holds no figure.
    if (!FIGURE_START.test(piece.text)) continue;
    for (const q of figuresOf(piece.text)) {
      const digits = q.digits;
      const before = piece.text.slice(0, q.start);
      // 任务5项目已投入运行: the number is the task's, not a count of 项.
      if (/(?:任务|第)\s?$/u.test(before)) continue;
      if (q.written === '%' || q.written === '‰') {
        if (!GROWTH.test(before)) continue;
      } else if (NOT_METRIC_UNITS.has(q.written)) continue;
      const unit = q.written.replace(/[多余]/gu, '');
      const value = Number(digits);
      const name = nounBefore(before) || lastName;
      if (name) lastName = name;
      const sentence = sentenceBefore(digitText, piece.at);
      const cumulative = /累计|累积|总计|合计|共计/u.test(before) || (!INCREMENT.test(before) && (CUMULATIVE.test(before) || TO_DATE.test(sentence) || /已建成|已完成|已累计/u.test(before)));
      out.push({ text: piece.text, name, value, unit, cumulative });
    }
  }
  return out;
}

export function metrics(doc: ReplyDoc): ReplyDoc {
  return { ...doc, metrics: readMetrics(doc.text) };
}
