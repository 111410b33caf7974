// Dates of plan metadata → ISO: a signature date (2021年10月8日, 二〇二一年十月八日) and an article's
// front-matter date (2021-07-13, Tue, 13 Jul 2021 11:52:05 GMT). Only real calendar dates.

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  // 十 = 10, 十二 = 12, 二十 = 20, 三十一 = 31
  const m = /^([一二三])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[2] ? DIGITS[m[2]] : 0);
  if (s.length === 1 && s in DIGITS) return DIGITS[s];
  return null;
}

function chineseYear(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  let n = 0;
  for (const ch of s) {
    if (!(ch in DIGITS)) return null;
    n = n * 10 + DIGITS[ch];
  }
  return s.length === 4 ? n : null;
}

export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 2021年10月8日 / 二〇二一年十月八日 → 2021-10-08; null when it is no calendar date. */
export function chineseDateToIso(text: string): string | null {
  const m = /([\d〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日/.exec(text);
  if (!m) return null;
  const y = chineseYear(m[1]);
  const mo = chineseNumber(m[2]);
  const d = chineseNumber(m[3]);
  return y !== null && mo !== null && d !== null ? isoDate(y, mo, d) : null;
}

const BEIJING_OFFSET_MS = 8 * 3600_000; // China keeps UTC+8 all year

/**
 * A front-matter date → the calendar day in China, where these articles are published: a time
 * with a zone (Tue, 13 Jul 2021 11:52:05 GMT, 2021-07-13T20:00:00Z) is moved to UTC+8; a bare
 * date (2021-07-13, 2021/7/13, 2021年7月13日) is taken as written.
 */
export function frontMatterDateToIso(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  const cn = chineseDateToIso(s);
  if (cn) return cn;
  const bare = /^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?$/.exec(s);
  if (bare) return isoDate(Number(bare[1]), Number(bare[2]), Number(bare[3]));
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + BEIJING_OFFSET_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
