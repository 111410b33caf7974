// A reply's metrics (value and unit as written) → the plan's target metrics, in the plan's unit:
// 累计建成5G基站1.2万个 against 5G基站 (万个) → 1.2; 1000万户 against 5G用户 (万户) → 1000, shown
// as 1000万户 and never as 10000000. Of two figures for one metric, the running total wins.
import { toSimplified } from '../text/script.ts';
import type { StoredMetric } from './record-input.ts';
import type { ReplyMetric } from './reply/types.ts';

export interface PlanMetric {
  name: string;
  unit: string | null;
}

const MULTIPLIERS: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

/** How many base units one of `unit` is: 万个 → 1e4, 亿元 → 1e8, 家 → 1. */
function unitScale(unit: string | null): number {
  let n = 1;
  for (const c of /^[千万亿]*/.exec(unit ?? '')?.[0] ?? '') n *= MULTIPLIERS[c];
  return n;
}

function baseUnit(unit: string | null): string {
  return (unit ?? '').replace(/^[千万亿]+/, '');
}

function key(s: string): string {
  return toSimplified(s).replace(/[\s\p{P}\p{S}]/gu, '');
}

// Verbs a plan puts before a metric's noun: 新增5G工厂 → 5G工厂, 建成5G基站 → 5G基站.
const METRIC_VERBS = /^(?:累计|新增|新建|建成|建设|打造|培育|推动|实现|达到|完成|开通|部署|引进|形成|突破|超过)+/u;

function variants(name: string): string[] {
  const base = key(name);
  const bare = base.replace(METRIC_VERBS, '');
  const out = new Set([base, bare]);
  // 5G基站 → 基站: people drop the technology prefix in a reply (建成基站1200个).
  const noPrefix = bare.replace(/^[A-Za-z0-9]+/, '');
  if (noPrefix.length >= 2) out.add(noPrefix);
  return [...out].filter((v) => v.length >= 2);
}

function matches(m: ReplyMetric, planMetric: PlanMetric): boolean {
  const text = key(`${m.name}${m.text}`);
  if (!variants(planMetric.name).some((v) => text.includes(v))) return false;
  // 个 against 万个 is fine; 家 against 座 is another thing.
  return !planMetric.unit || !m.unit || baseUnit(m.unit) === baseUnit(planMetric.unit);
}

// 本周新增 / 新建 / 本月: this week's increment. A figure without such a word (建成基站1.2万个) is
// taken as the running total, and so is one that repeats the target's own verb (target 新增5G工厂
// 100家, reply 新增5G工厂12家: the target counts additions).
const INCREMENT = /新增|新建|本周|本月|当月|上周|新开通/u;

function isRunningTotal(m: ReplyMetric, pm: PlanMetric): boolean {
  if (m.cumulative) return true;
  const verb = /^(?:新增|新建)/u.exec(key(pm.name))?.[0];
  return verb ? !/本周|本月|当月|上周/u.test(m.text) : !INCREMENT.test(m.text);
}

export function toPlanMetrics(read: ReplyMetric[], plan: PlanMetric[]): StoredMetric[] {
  const out: StoredMetric[] = [];
  for (const pm of plan) {
    const hits = read.filter((m) => m.unit !== '%' && matches(m, pm));
    const best = hits.find((m) => m.cumulative) ?? hits.find((m) => isRunningTotal(m, pm)) ?? hits[0];
    if (!best) continue;
    const value = (best.value * unitScale(best.unit)) / unitScale(pm.unit);
    out.push({ name: pm.name, value: Math.round(value * 1e6) / 1e6, unit: pm.unit, cumulative: isRunningTotal(best, pm) });
  }
  return out;
}
