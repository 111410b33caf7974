// Chinese numerals as replies write them: 六 → 6, 十二 → 12, 百分之八十五 → 85, 三十二个 → 32,
// 一百二十座 → 120, 两千个 → 2000, 一万二千户 → 12000. The reading itself is nzh's (a maintained
// package, issue 11: no hand-written numeral parser); two things it does not read are mended first:
// 两 (两千 → 0 in nzh) is written 二, and the colloquial 一万二 (= 一万二千) gets its unit back.
import nzh from 'nzh/cn';

/** One character of a Chinese numeral, for building patterns (百分之(…), (…)成, (…)个). */
export const CN_NUMERAL = '[零〇一二两三四五六七八九十百千万亿]';
const WHOLE = /^[零〇一二两三四五六七八九十百千万亿]+$/u;

// 一万二 / 三千五 / 两百五: a trailing digit after 万/千/百 counts the next unit down.
const NEXT_UNIT: Record<string, string> = { 亿: '千万', 万: '千', 千: '百', 百: '十' };

function mend(s: string): string {
  const t = s.replace(/两/gu, '二');
  const m = /([亿万千百])([一二三四五六七八九])$/u.exec(t);
  return m && t.length > 2 ? t + NEXT_UNIT[m[1]] : t;
}

// nzh.decodeS takes ~4 µs a call (it builds its tables each time), and replies repeat the same few
// numerals (七成, 任务三, 十二月): each numeral is read by nzh once and remembered.
const known = new Map<string, number | null>();
const KNOWN_LIMIT = 2000;

/** A numeral in digits or Chinese → its value; null when the text is no numeral. */
export function chineseNumber(s: string): number | null {
  if (/^\d+(?:\.\d+)?$/u.test(s)) return Number(s);
  if (!WHOLE.test(s)) return null;
  let n = known.get(s);
  if (n === undefined) {
    n = readNumeral(s);
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(s, n);
  }
  return n;
}

function readNumeral(s: string): number | null {
  const n = Number(nzh.decodeS(mend(s)));
  // nzh reads what it cannot parse as 0; only 零 / 〇 are really 0.
  if (!Number.isFinite(n) || (n === 0 && !/^[零〇]+$/u.test(s))) return null;
  return n;
}
