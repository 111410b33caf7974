// Locates the numbers of a statement that count something, with multiplier, unit and range:
// `8万座`, `3.89万个`, `10-20个`, `60%`, `1000PF`, `12亿`, `100多家`. Rejects digits that are part
// of a name or a date: 5G, IPv6, L3, 4K/8K, 2035年, 第3, 165号, 700MHz, 110千伏, 3:7.
// One regex pass; every look-ahead is a sticky regex or a character test at a fixed index (no slices,
// no retries), so the scan stays linear and cheap on a 200 KB wall of digits.

export interface Quantity {
  start: number; // first digit
  end: number; // after the unit
  tailEnd: number; // after 以上/左右 and a bracketed gloss `(含储备站址)`
  value: number;
  valueMax: number | null;
  unit: string | null;
  post: string | null; // 以上 / 以内 / 以下 / 左右 …
  approx: string | null; // 100多个 → 多, 100余家 → 余
}

// 1,000个 with a thousands separator only where a unit follows: plans also write `,` between clauses
const NUMBER = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?=[万亿千个家座户项种%元人台套辆吨])|(?<![\d.])\d+(?:\.\d+)?/g;
const MULTIPLIER: Array<[string, number]> = [
  ['万亿', 12], ['千亿', 11], ['百亿', 10], ['千万', 7], ['百万', 6], ['亿', 8], ['万', 4], ['千', 3],
];
// 千 is a multiplier unless it starts a unit of its own (千瓦, 千米, 千伏 …)
const NOT_THOUSAND = /^千(?:瓦|米|伏|克|兆|卡|帕|赫|字节)/;
// 兆 after a number is a bandwidth (100兆宽带), never 10^6 or 10^12 in a plan
// Longest first. Units after which the number is a specification, not a goal, are in NOT_UNITS.
const UNITS = [
  // `压缩至1个工作日以内`, `3个月`: a duration, not a count of 个
  '个百分点', '百分点', '个工作日', '工作日', '个月', '平方公里', '平方千米', '平方米', '立方米', '千瓦时', '标准箱', '公里', '千米', '千瓦',
  '兆瓦', '吉瓦', '公顷', '人次', '户次', '架次', '车次', '标箱', '微克', '毫克', '公斤', '千克', '兆', '小时', '分钟', '万人', '%', '‰', '个', '座', '户', '家', '根', '项', '种',
  '所', '条', '台', '套', '部', '件', '名', '人', '元', '吨', '辆', '张', '站', '处', '栋', '亩', '米', '倍',
  '批', '块', '间', '床', '艘', '架', '列', '片', '支', '款', '场', '次', '类', '篇', '本', '位', '首', '门',
  '份', '册', '枚', '组', '对', '只', '头', '株', '棵', '幅', '集', '轮', '宗', '笔', '例', '起', '天', '周',
  'EFLOPS', 'PFLOPS', 'TFLOPS', 'Tbps', 'Gbps', 'Mbps', 'kWh', 'GW', 'MW', 'kW', 'KW', 'TB', 'PB', 'EB',
  'GB', 'PF', 'EF', 'TEU', 'km', 'M',
];
// Units by first character, longest first: one Map look-up instead of a scan of the list per number
const UNITS_BY_FIRST = new Map<string, string[]>();
for (const u of UNITS) UNITS_BY_FIRST.set(u[0], [...(UNITS_BY_FIRST.get(u[0]) ?? []), u]);
// 700MHz, 110千伏, 2035年, 10月, 8日, 165号, 3级, 第二代 … : the number names, it does not count
const NOT_UNITS = /(?:[GMk]?Hz|MHZ|兆赫|赫兹|千伏|kV|KV|年|月|日|号|级|代|届|版|期|周年|时代|维|nm|纳米)/y;
const PER = /\/(?:立方米|平方米|平方公里|万人|千人|百人|人|年|天|日|小时|吨|公里|户|秒|千瓦时|kWh)/y;
const POST = /(?:以上|以内|以下|之内|左右|上下|以来)/y;
const GLOSS = /[(（][^()（）]{0,30}[)）]/y;
const RANGE = /\s*(?:[-—–~～]|至)\s*(\d+(?:\.\d+)?)/y;
const PERIOD_AFTER = /\s*[-—–~～至]\s*\d{4}/y; // 2021-2023: the first year of a period
const RATIO_AFTER = /[:：/]\s*\d/y; // 3:7, 1/3

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
function isLatin(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}
function isHan(c: string | undefined): boolean {
  return c !== undefined && c >= '\u4e00' && c <= '\u9fff';
}

function scale(digits: string, exp: number): number {
  if (exp === 0) return Number(digits);
  // Number('3.89e4') is exactly 38900, where 3.89 * 10000 is 38900.000000000004; whole numbers
  // multiply exactly
  return digits.includes('.') ? Number(`${digits}e${exp}`) : Number(digits) * 10 ** exp;
}

interface Tail {
  exp: number;
  unit: string | null;
  approx: string | null;
  length: number;
  rejected: boolean;
}

function readTail(text: string, from: number): Tail {
  let i = from;
  let exp = 0;
  if (!(text[i] === '千' && NOT_THOUSAND.test(text.slice(i, i + 3)))) {
    for (const [word, e] of MULTIPLIER) {
      if (text.startsWith(word, i)) {
        exp = e;
        i += word.length;
        break;
      }
    }
  }
  let approx: string | null = null;
  if (text[i] === '多' || text[i] === '余') {
    approx = text[i];
    i++;
  }
  const restAt = i;
  const length = (): number => i - from;
  if (sticky(NOT_UNITS, text, restAt)) return { exp, unit: null, approx, length: length(), rejected: true };
  let unit: string | null = null;
  for (const u of UNITS_BY_FIRST.get(text[restAt] ?? '') ?? []) {
    if (text.startsWith(u, restAt)) {
      // 'M' and 'PF' must not run into a longer Latin word (1000Mbps is matched above, 5MHz rejected)
      if (isLatin(u[0]) && isLatin(text[restAt + u.length])) continue;
      unit = u;
      i += u.length;
      // 30微克/立方米, 5000元/吨: a rate keeps its denominator
      const per = text[i] === '/' ? sticky(PER, text, i) : null;
      if (per) {
        unit += per[0];
        i += per[0].length;
      }
      break;
    }
  }
  const c = text[restAt];
  // A Latin letter right after the digits that is no unit: 5G, 4K, 3D, 10GPON
  if (unit === null && exp === 0 && (isLatin(c) || c === '+')) return { exp, unit, approx, length: length(), rejected: true };
  // A Han character that is no unit: 7大量化指标, 类别1的, 360度 — the digits are part of a word
  if (unit === null && isHan(c) && !sticky(POST, text, restAt) && !sticky(RANGE, text, restAt)) {
    return { exp, unit, approx, length: length(), rejected: true };
  }
  return { exp, unit, approx, length: length(), rejected: false };
}

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  let skipUntil = 0;
  // exec, not matchAll: matchAll copies the pattern on every call, dearer than the scan of a short
  // phrase (the reply reader calls this once a phrase). Nothing below runs NUMBER itself.
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const start = m.index;
    if (start < skipUntil) continue;
    const digits = m[0].includes(',') ? m[0].replace(/,/g, '') : m[0];
    const afterNum = start + m[0].length;
    if (notAQuantity(text, start, afterNum)) continue;
    let tail = readTail(text, afterNum);
    if (tail.rejected) continue;
    let end = afterNum + tail.length;
    // `1.完善5G公众网络`, `2、`, `(3)`: a list number, not a quantity
    if (tail.unit === null && tail.exp === 0 && '.．、)）'.includes(text[end] ?? 'x') && !/\d/.test(text[end + 1] ?? '')) continue;
    let high: { digits: string; exp: number } | null = null;
    const range = readRange(text, end, digits, tail);
    if (range && 'periodTo' in range) {
      skipUntil = range.periodTo; // 2021-2023年: a period, its second year not read again
      continue;
    }
    if (range) {
      ({ tail, end } = range);
      high = range.high;
      skipUntil = end;
    }
    if (digits.length === 4 && tail.unit === null && tail.exp === 0 && sticky(PERIOD_AFTER, text, afterNum)) continue;
    const { post, tailEnd } = readAfter(text, end);
    out.push({
      start,
      end,
      tailEnd,
      value: scale(digits, tail.exp),
      valueMax: high === null ? null : scale(high.digits, high.exp),
      unit: tail.unit,
      post,
      approx: tail.approx,
    });
  }
  return out;
}

// IPv6, L3, R15, F5G, Cat1 / 第3 / +1 / 3:7 and 1/3
function notAQuantity(text: string, start: number, afterNum: number): boolean {
  const prev = text[start - 1];
  if (isLatin(prev) || prev === '第' || prev === '+' || prev === '/') return true;
  if ((prev === ':' || prev === '：') && /\d/.test(text[start - 2] ?? '')) return true;
  return text[afterNum] === '+' || sticky(RATIO_AFTER, text, afterNum) !== null;
}

// 10-20个, 2—3个, 3至5家, 1万-2万个, 10%-20%: the second number and the tail they share, or
// where a period (`2021-2023年`) ends
type Range = { high: { digits: string; exp: number }; tail: Tail; end: number } | { periodTo: number };

function readRange(text: string, end: number, lowDigits: string, tail: Tail): Range | null {
  const range = sticky(RANGE, text, end);
  if (!range || (tail.unit !== null && tail.unit !== '%')) return null;
  const highAfter = end + range[0].length; // just after the second number (sticky: range[0] starts at end)
  const highTail = readTail(text, highAfter);
  if (highTail.rejected) return { periodTo: highAfter };
  // `1-2万` shares the 万; `5千-1万` has one each; `20-10个` is no range
  const lowExp = tail.exp || highTail.exp;
  const upExp = highTail.exp || tail.exp;
  const rising = scale(range[1], upExp) >= scale(lowDigits, lowExp);
  if (!((highTail.unit !== null || highTail.exp !== 0 || tail.unit !== null) && rising)) return null;
  return {
    high: { digits: range[1], exp: upExp },
    tail: { ...tail, exp: lowExp, unit: highTail.unit ?? tail.unit, approx: tail.approx ?? highTail.approx },
    end: highAfter + highTail.length,
  };
}

// `以上` `左右` after the quantity, then a gloss in brackets
function readAfter(text: string, end: number): { post: string | null; tailEnd: number } {
  let tailEnd = end;
  let post: string | null = null;
  const p = sticky(POST, text, tailEnd);
  if (p && p[0] !== '以来') {
    post = p[0];
    tailEnd += p[0].length;
  }
  const g = text[tailEnd] === '(' || text[tailEnd] === '（' ? sticky(GLOSS, text, tailEnd) : null;
  if (g) tailEnd += g[0].length;
  return { post, tailEnd };
}
