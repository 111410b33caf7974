// The current plans in memory for the answerer, rebuilt when a plan version is saved
// (PlanReader.generation()): plans by id, a bigram inverted index over search_fts (titles, bodies,
// clauses, deadlines; the FTS5 table stays the store's source of truth), and the targets with
// their match keys. Answers then cost no SQL scan: p99 < 10 ms over 200 plans (src/bench/store.ts).
import type { PlanReader, SearchHit } from '../store/plan-reader.ts';
import type { StoredPlan, StoredTarget } from '../store/rows.ts';
import { matchKey } from '../text/match-key.ts';
import { bigrams } from './text-match.ts';

export interface IndexedDoc {
  text: string; // matchKey()ed
  kind: SearchHit['kind'];
  planId: number;
  taskId: number;
  refId: number | null;
}

export interface PlanIndex {
  generation: string;
  plans: Map<number, StoredPlan>;
  docs: IndexedDoc[];
  postings: Map<string, Int32Array>; // typed: a major GC does not walk millions of entries
  /** key: the target's own words; context: its task's title and body (数据中心 … PUE低于1.3 says 数据中心 only in the body). */
  targets: Array<StoredTarget & { key: string; context: string }>;
  /** unit id → the tasks it is assigned (task level), in plan and task order. */
  unitTasks: Map<number, UnitTask[]>;
}

export interface UnitTask {
  taskId: number;
  planId: number;
  number: string;
  title: string;
  role: 'lead' | 'support' | 'responsible';
}

// A bigram across a Latin/digit and a Han character.
const SCRIPT_SEAM = /^(?:[a-z0-9][\u4e00-\u9fff]|[\u4e00-\u9fff][a-z0-9])$/;

const cache = new WeakMap<PlanReader, PlanIndex>();

export function planIndex(reader: PlanReader): PlanIndex {
  const generation = reader.generation();
  const hit = cache.get(reader);
  if (hit && hit.generation === generation) return hit;
  const plans = new Map(reader.plans().map((p) => [p.id, p]));
  const docs = reader.searchRows() as IndexedDoc[];
  const lists = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const b of bigrams(d.text)) {
      const list = lists.get(b);
      if (list) list.push(i);
      else lists.set(b, [i]);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [b, list] of lists) postings.set(b, Int32Array.from(list));
  const targets = reader.targets().map((t) => {
    const task = t.taskId != null ? reader.task(t.taskId) : null;
    return { ...t, key: matchKey(`${t.text}${t.metrics.map((m) => m.name).join('')}`), context: task ? matchKey(`${task.title}${task.body ?? ''}`) : '' };
  });
  const unitTasks = new Map<number, UnitTask[]>();
  for (const a of reader.currentAssignments()) {
    const list = unitTasks.get(a.unitId) ?? [];
    list.push({ taskId: a.taskId, planId: a.planId, number: a.number, title: a.title, role: a.role });
    unitTasks.set(a.unitId, list);
  }
  const index = { generation, plans, docs, postings, targets, unitTasks };
  cache.set(reader, index);
  return index;
}

/**
 * How much each bigram of a topic counts (topic parts joined by '|'): rarer in the plans counts
 * more (idf), and later in a part counts more, since a Chinese task phrase ends in what it is
 * about (推动5G赋能|金融 differs from 推动5G赋能|制造 where it matters; 推动/加快 at the front are
 * often left out). A bigram no plan holds counts as the rarest: mostly a word the plans lack.
 */
export function topicWeights(index: PlanIndex, topicKey: string): Map<string, number> {
  const n = Math.max(1, index.docs.length);
  const weights = new Map<string, number>();
  const unseen: Array<[string, number]> = [];
  for (const part of topicKey.split('|')) {
    const count = part.length - 1;
    for (let i = 0; i < count; i++) {
      const b = part.slice(i, i + 2);
      const pos = count > 1 ? 0.5 + i / (count - 1) : 1;
      const df = index.postings.get(b)?.length ?? 0;
      // 数据中心PUE: 心p and e低 only join two words written without a space; unseen, they say nothing.
      if (df === 0 && SCRIPT_SEAM.test(b)) continue;
      if (df === 0) unseen.push([b, pos]);
      else weights.set(b, Math.max(weights.get(b) ?? 0, Math.log(1 + n / df) * pos));
    }
  }
  const seen = [...weights.values()];
  // As rare as the rarest word the plans do hold: log(1 + n/1).
  const rare = Math.log(1 + n);
  for (const [b, pos] of unseen) weights.set(b, Math.max(weights.get(b) ?? 0, rare * pos));
  return weights;
}

/** Documents holding at least `minShare` of the topic's weight, with that share (weighted recall). */
export function candidates(index: PlanIndex, weights: Map<string, number>, minShare: number): Array<{ doc: IndexedDoc; recall: number }> {
  let total = 0;
  for (const w of weights.values()) total += w;
  if (total <= 0) return [];
  // A typed array, not a Map: a bigram such as 5g is in nearly every document of 200 plans.
  const sums = scratch(index);
  const touched: number[] = [];
  for (const [b, w] of weights) {
    for (const i of index.postings.get(b) ?? []) {
      if (sums[i] === 0) touched.push(i);
      sums[i]! += w;
    }
  }
  const out: Array<{ doc: IndexedDoc; recall: number }> = [];
  for (const i of touched) {
    const share = sums[i]! / total;
    if (share >= minShare) out.push({ doc: index.docs[i]!, recall: share });
    sums[i] = 0;
  }
  return out;
}

const scratches = new WeakMap<PlanIndex, Float64Array>();
function scratch(index: PlanIndex): Float64Array {
  let a = scratches.get(index);
  if (!a) {
    a = new Float64Array(index.docs.length);
    scratches.set(index, a);
  }
  return a;
}
