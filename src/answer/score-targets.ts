// The targets a topic names (到2023年5G基站要建多少 → 5g基站), scored as task retrieval is
// (plan-index.ts topicWeights). 2,000 plans repeat a few hundred targets word for word: each
// distinct (words, task text) is scored once, and only those near the best are spread to the
// targets the question's filter keeps (its plans, its year).
import type { IndexedTarget } from './index-file.ts';
import { topicWeights, type PlanIndex } from './plan-index.ts';
import { alnumTokensIn, longestMiss } from './resolve-task.ts';

const TARGET_THRESHOLD = 0.55;
const CONTEXT_DISCOUNT = 0.8;
const NEAR_BEST = 0.85;
const MAX_SHOWN = 6;

interface TargetGroup {
  key: string;
  context: string;
  members: number[]; // positions in index.targets, ascending
}

const groupsOf = new WeakMap<PlanIndex, TargetGroup[]>();
/** The index's targets grouped by (key, context), built once per index. */
function targetGroups(index: PlanIndex): TargetGroup[] {
  let groups = groupsOf.get(index);
  if (!groups) {
    const byKey = new Map<string, TargetGroup>();
    index.targets.forEach((t, i) => {
      const k = `${t.key}\u0000${t.context}`;
      const g = byKey.get(k);
      if (g) g.members.push(i);
      else byKey.set(k, { key: t.key, context: t.context, members: [i] });
    });
    groups = [...byKey.values()];
    groupsOf.set(index, groups);
  }
  return groups;
}

/** How well a topic fits a text: weighted recall, 1 when the text holds the whole topic. */
function fitOf(topicKey: string, weights: Map<string, number>): (key: string) => number {
  let total = 0;
  for (const w of weights.values()) total += w;
  return (key) => {
    if (key.includes(topicKey)) return 1;
    if (!alnumTokensIn(topicKey, key)) return 0;
    let hit = 0;
    for (const [b, w] of weights) if (key.includes(b)) hit += w;
    const r = total ? hit / total : 0;
    return longestMiss(topicKey, key) >= 3 ? r * 0.75 : r;
  };
}

/**
 * The targets `keep` admits that the topic names, best first (then in the index's order): at
 * least TARGET_THRESHOLD and within 85% of the best, six at most.
 */
export function scoreTargets(index: PlanIndex, topicKey: string, keep: (t: IndexedTarget) => boolean): IndexedTarget[] {
  // Weighted as task retrieval is: 6G基站 is not 5G基站, 量子计算中心 is no target.
  const fit = fitOf(topicKey, topicWeights(index, topicKey));
  // A target that holds part of the topic may hold the rest in its task's text (新基建方案数据中心PUE
  // 要低于多少: the target says PUE低于1.3, its task 先进算力基础设施 speaks of 数据中心); discounted.
  const score = (g: TargetGroup): number => {
    const own = fit(g.key);
    return own > 0 && g.context ? Math.max(own, fit(`${g.key}|${g.context}`) * CONTEXT_DISCOUNT) : own;
  };
  const ranked = targetGroups(index)
    .map((g) => ({ g, score: score(g) }))
    .filter((x) => x.score >= TARGET_THRESHOLD)
    .sort((a, b) => b.score - a.score);
  const shown: Array<{ at: number; score: number }> = [];
  let best = 0;
  for (const { g, score: s } of ranked) {
    if (s < best * NEAR_BEST) break;
    for (const at of g.members) {
      if (!keep(index.targets[at]!)) continue;
      shown.push({ at, score: s });
      best ||= s;
    }
  }
  return shown
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .slice(0, MAX_SHOWN)
    .map((x) => index.targets[x.at]!);
}
