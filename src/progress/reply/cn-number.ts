// Small Chinese numerals as replies write them in shares and ordinals: 六 → 6, 十二 → 12, 六十 → 60,
// 九十五 → 95, 一百 → 100 (百分之六十, 三分之二, 七成). Larger amounts in replies are written in
// digits (新建3座, 1000万户); the ingest's quantity reader handles those.
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export const CN_NUMERAL = '[零〇一二两三四五六七八九十百]';

export function smallChineseNumber(s: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (s === '百' || s === '一百') return 100;
  if (!/^[零〇一二两三四五六七八九十]{1,3}$/u.test(s)) return null;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? DIGITS[s] ?? null : null;
  const tens = i === 0 ? 1 : DIGITS[s[0]] ?? NaN;
  const ones = i === s.length - 1 ? 0 : DIGITS[s[i + 1]] ?? NaN;
  const n = tens * 10 + ones;
  return Number.isFinite(n) ? n : null;
}
