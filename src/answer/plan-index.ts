// The current plans in memory for the answerer, rebuilt when a plan version is saved
// (PlanReader.generation()): plans by id, a bigram inverted index over search_fts (titles, bodies,
// clauses, deadlines; the FTS5 table stays the store's source of truth), and the targets with
// their match keys. Answers then cost no SQL scan: p99 < 10 ms over 200 plans (src/bench/store.ts).
import type { PlanReader, SearchHit } from '../store/plan-reader.ts';
import type { StoredPlan, StoredTarget } from '../store/rows.ts';
import { matchKey } from '../store/short-name.ts';
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
  targets: Array<StoredTarget & { key: string }>;
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
  const targets = reader.targets().map((t) => ({ ...t, key: matchKey(`${t.text}${t.metrics.map((m) => m.name).join('')}`) }));
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

/** Documents sharing at least `minShare` of the topic's bigrams, with that share (recall). */
export function candidates(index: PlanIndex, topic: Set<string>, minShare: number): Array<{ doc: IndexedDoc; recall: number }> {
  if (topic.size === 0) return [];
  // A typed array, not a Map: a bigram such as 5g is in nearly every document of 200 plans.
  const counts = scratch(index);
  const touched: number[] = [];
  for (const b of topic) {
    for (const i of index.postings.get(b) ?? []) {
      if (counts[i]++ === 0) touched.push(i);
    }
  }
  const need = Math.max(1, Math.ceil(topic.size * minShare - 1e-9));
  const out: Array<{ doc: IndexedDoc; recall: number }> = [];
  for (const i of touched) {
    if (counts[i]! >= need) out.push({ doc: index.docs[i]!, recall: counts[i]! / topic.size });
    counts[i] = 0;
  }
  return out;
}

const scratches = new WeakMap<PlanIndex, Uint16Array>();
function scratch(index: PlanIndex): Uint16Array {
  let a = scratches.get(index);
  if (!a) {
    a = new Uint16Array(index.docs.length);
    scratches.set(index, a);
  }
  return a;
}
