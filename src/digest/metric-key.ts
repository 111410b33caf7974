// One metric under two names (issue 13: `5G基站` / `建成5G基站`, `5G用户` / `5G用户数`, 行业专网 /
// 5G行业专网) is one line of the digest's targets. A name's key drops the verb before the noun and
// the counting word after it; an increment (新增5G工厂, 新建基站) keeps a mark, so it never merges
// with a running total (累计建成5G基站).
import { toSimplified } from '../text/script.ts';

// 累计建成5G基站 → 5G基站; 建设智慧灯杆 → 智慧灯杆; 培育5G应用示范项目 → 5G应用示范项目.
const LEADING_VERBS = /^(?:累计|全市|建成|建设|新建|新增|发展|完成|培育|打造|实现|达到|推动|部署|开通|形成|拥有)+/u;
// 新增5G工厂 / 每年新建 / 年均新增: counts additions, not a total.
const INCREMENT = /^(?:每年|年均|年度)?(?:新增|新建)/u;
// 5G用户数 → 5G用户; 基站数量 → 基站; 用户总数 → 用户 (at least two characters stay).
const TRAILING_COUNT = /(?:总数|数量|个数|数)$/u;

/** The comparable key of a metric name: simplified, no punctuation, verbs and counting words off; `+` marks an increment. */
export function metricKey(name: string): string {
  const plain = toSimplified(name).replace(/[\s\p{P}\p{S}]/gu, '');
  const increment = INCREMENT.test(plain);
  let noun = plain.replace(/^(?:每年|年均|年度)/u, '').replace(LEADING_VERBS, '');
  if (noun.length < 2) noun = plain;
  const bare = noun.replace(TRAILING_COUNT, '');
  return `${increment ? '+' : ''}${bare.length >= 2 ? bare : noun}`;
}

const SCALE: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

/** 万户 → 户: the counted thing; null for no unit. */
export function baseUnit(unit: string | null | undefined): string | null {
  const u = (unit ?? '').replace(/^[千万亿]+/u, '');
  return u || null;
}

/** A unit without one is compatible with any; 户 and 万户 are one; 个 and 座 are not. */
export function unitsCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = baseUnit(a);
  const y = baseUnit(b);
  return x === null || y === null || x === y;
}

/** A value in base units (1000 万户 → 10,000,000 户). */
export function inBaseUnits(value: number, unit: string | null | undefined): number {
  let n = value;
  for (const c of /^[千万亿]*/u.exec(unit ?? '')?.[0] ?? '') n *= SCALE[c];
  return n;
}

/**
 * Two names of one target in the same year with the same figure: one key's characters all within
 * the other's (行业专网 in 5G行业专网, 示范应用项目 in 5G应用示范项目). Increments and totals never.
 */
export function sameTargetNamedTwice(a: string, b: string): boolean {
  if (a.startsWith('+') !== b.startsWith('+')) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.replace('+', '').length < 3) return false;
  const chars = new Set(long);
  return [...short].every((c) => chars.has(c));
}
