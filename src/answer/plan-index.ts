// The current plans in memory for the answerer, rebuilt when a plan version is saved
// (PlanReader.generation()): plans by id, a bigram inverted index over search_fts (titles, bodies,
// clauses, deadlines; the FTS5 table stays the store's source of truth), and the targets with
// their match keys. Answers then cost no SQL scan: p99 < 10 ms over 200 plans (src/bench/store.ts).
import type { PlanReader } from '../store/plan-reader.ts';
import type { Store } from '../store/open.ts';
import { changeStamp } from '../store/answer-reader.ts';
import type { StoredPlan } from '../store/rows.ts';
import { matchKey } from '../text/match-key.ts';
import { createHash } from 'node:crypto';
import { bigrams } from './text-match.ts';
import { readIndexFile, writeIndexFile, type IndexedDoc, type IndexedTarget, type Snapshot } from './index-file.ts';

export type { IndexedDoc } from './index-file.ts';

export interface PlanIndex {
  generation: string;
  plans: Map<number, StoredPlan>;
  docs: IndexedDoc[];
  postings: Map<string, Int32Array>; // typed: a major GC does not walk millions of entries
  /** key: the target's own words; context: its task's title and body (数据中心 … PUE低于1.3 says 数据中心 only in the body). */
  targets: IndexedTarget[];
  /** unit id → the tasks it is assigned (task level), in plan and task order. */
  readonly unitTasks: Map<number, UnitTask[]>;
  /** The distinct texts: many plans repeat a text word for word; each is matched and scored once. */
  distinct: DistinctTexts;
}

/**
 * Documents grouped by (kind, text). `postings` lists distinct ids; the documents of distinct id u
 * are docsByText[starts[u] … starts[u+1]), ascending. Document frequencies stay those of `postings`
 * over documents (PlanIndex.postings), so the weights and scores are unchanged.
 */
export interface DistinctTexts {
  texts: string[];
  postings: Map<string, Int32Array>;
  starts: Int32Array;
  docsByText: Int32Array;
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
const files = new WeakMap<PlanReader, string>();

/** Keep this reader's index in a file beside its store (index-file.ts); not for ':memory:'. */
export function keepIndexFile(reader: PlanReader, storeFile: string): void {
  if (storeFile !== ':memory:' && !files.has(reader)) files.set(reader, `${storeFile}.answer-index`);
}

const pinned = new WeakMap<PlanReader, string>();
const stamped = new WeakMap<PlanReader, { stamp: string; generation: string }>();

/**
 * The plans' generation, asked of the store only when its change stamp moved (a commit since):
 * the generation query counts 2,000 plans, a third of a millisecond on every question otherwise.
 */
export function currentGeneration(store: Store, reader: PlanReader): string {
  const stamp = changeStamp(store);
  const hit = stamped.get(reader);
  if (hit?.stamp === stamp) return hit.generation;
  const generation = reader.generation();
  stamped.set(reader, { stamp, generation });
  return generation;
}

/** Every cache keyed by the generation reads this one for the question being answered. */
export function withPinnedGeneration<T>(reader: PlanReader, generation: string, run: () => T): T {
  pinned.set(reader, generation);
  try {
    return run();
  } finally {
    pinned.delete(reader);
  }
}

/** The generation pinned for this question, else the store's. */
export function generationOf(reader: PlanReader): string {
  return pinned.get(reader) ?? reader.generation();
}

export function planIndex(reader: PlanReader): PlanIndex {
  const generation = generationOf(reader);
  const hit = cache.get(reader);
  if (hit && hit.generation === generation) return hit;
  const file = files.get(reader);
  const plans = reader.plans();
  // The file must be of these very plan versions (a store deleted and imported again reuses ids).
  const key = `${generation}:${createHash('sha1').update(plans.map((p) => `${p.id}:${p.versionId}:${p.sha256}`).join('|')).digest('hex')}`;
  const stored = file ? readIndexFile(file, key) : null;
  const built = stored ?? buildIndex(reader, key);
  if (file && !stored) {
    try {
      writeIndexFile(file, built);
    } catch {
      // A read-only directory: the index stays in memory only.
    }
  }
  let unitTasks: Map<number, UnitTask[]> | null = null;
  const index: PlanIndex = {
    ...built,
    generation,
    plans: new Map(plans.map((p) => [p.id, p])),
    distinct: distinctTexts(built.docs),
    // Built on the first unit question only: at 2,000 plans it is 150,000 rows a "who leads" question never needs.
    get unitTasks() {
      unitTasks ??= tasksByUnit(reader);
      return unitTasks;
    },
  };
  cache.set(reader, index);
  return index;
}

function buildIndex(reader: PlanReader, generation: string): Snapshot {
  const docs = reader.searchRows() as IndexedDoc[];
  // A task's dated targets describe it too (充电桩那项 is 智慧能源: 到2022年建成约5.5万个充电桩).
  const storedTargets = reader.targets();
  for (const t of storedTargets) if (t.taskId != null) docs.push({ text: matchKey(t.text), kind: 'target', planId: t.planId, taskId: t.taskId, refId: t.id });
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
  // A target's context is its task's title and body, taken from the rows already read (one SQL
  // read per target made the first question after a restart cost seconds at 2,000 plans).
  const context = new Map<number, string>();
  for (const d of docs) if (d.kind === 'title' || d.kind === 'body') context.set(d.taskId, `${context.get(d.taskId) ?? ''}${d.text}`);
  const targets = storedTargets.map((t) => ({ ...t, key: matchKey(`${t.text}${t.metrics.map((m) => m.name).join('')}`), context: t.taskId != null ? (context.get(t.taskId) ?? '') : '' }));
  return { generation, docs, postings, targets };
}

function distinctTexts(docs: IndexedDoc[]): DistinctTexts {
  const ids = new Map<string, number>();
  const textOf = new Int32Array(docs.length);
  const texts: string[] = [];
  docs.forEach((d, i) => {
    const key = `${d.kind}\u0000${d.text}`;
    let u = ids.get(key);
    if (u === undefined) {
      u = texts.length;
      ids.set(key, u);
      texts.push(d.text);
    }
    textOf[i] = u;
  });
  // Counting sort: each text's documents, ascending.
  const starts = new Int32Array(texts.length + 1);
  for (const u of textOf) starts[u + 1]!++;
  for (let u = 0; u < texts.length; u++) starts[u + 1]! += starts[u]!;
  const fill = starts.slice(0, texts.length);
  const docsByText = new Int32Array(docs.length);
  textOf.forEach((u, i) => {
    docsByText[fill[u]!++] = i;
  });
  const lists = new Map<string, number[]>();
  texts.forEach((text, u) => {
    for (const b of bigrams(text)) {
      const list = lists.get(b);
      if (list) list.push(u);
      else lists.set(b, [u]);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [b, list] of lists) postings.set(b, Int32Array.from(list));
  return { texts, postings, starts, docsByText };
}

function tasksByUnit(reader: PlanReader): Map<number, UnitTask[]> {
  const out = new Map<number, UnitTask[]>();
  for (const a of reader.currentAssignments()) {
    const list = out.get(a.unitId) ?? [];
    list.push({ taskId: a.taskId, planId: a.planId, number: a.number, title: a.title, role: a.role });
    out.set(a.unitId, list);
  }
  return out;
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
  // As rare as the rarest word the plans do hold: log(1 + n/1).
  const rare = Math.log(1 + n);
  for (const [b, pos] of unseen) weights.set(b, Math.max(weights.get(b) ?? 0, rare * pos));
  return weights;
}

/**
 * The distinct texts (PlanIndex.distinct) holding at least `minShare` of the topic's weight, with
 * that share (weighted recall) and `order`, the rank of the bigram that met the text first (ties
 * between two texts of one task resolve by it). A text repeated by 400 plans is one candidate:
 * its documents are looked at only if it ranks near the top (resolve-task.ts).
 */
export function candidates(index: PlanIndex, weights: Map<string, number>, minShare: number): Array<{ text: number; recall: number; order: number }> {
  let total = 0;
  for (const w of weights.values()) total += w;
  if (total <= 0) return [];
  // Max-score pruning: the most common bigrams (5g, 推进) are skipped while together they weigh less
  // than minShare, since a text holding only them cannot qualify; the texts found through the
  // rarer ones are then checked for the skipped ones by text. Same result, a fraction of the work
  // where 5g is in nearly every text.
  const byDf = [...weights].sort((a, b) => (index.postings.get(b[0])?.length ?? 0) - (index.postings.get(a[0])?.length ?? 0));
  const skipped: Array<[string, number]> = [];
  let skippedWeight = 0;
  for (const [b, w] of byDf) {
    if (skippedWeight + w >= minShare * total) break;
    skipped.push([b, w]);
    skippedWeight += w;
  }
  const skip = new Set(skipped.map(([b]) => b));
  const { texts, postings } = index.distinct;
  // A typed array, not a Map: per-text sums over the rarer bigrams; `firstBy`: which bigram met it first.
  const sums = scratch(index);
  const touched: number[] = [];
  const firstBy: number[] = [];
  let k = 0;
  for (const [b, w] of weights) {
    if (skip.has(b)) continue;
    for (const u of postings.get(b) ?? []) {
      if (sums[u] === 0) {
        touched.push(u);
        firstBy.push(k);
      }
      sums[u]! += w;
    }
    k++;
  }
  const out: Array<{ text: number; recall: number; order: number }> = [];
  touched.forEach((u, t) => {
    let sum = sums[u]!;
    sums[u] = 0;
    const text = texts[u]!;
    for (const [b, w] of skipped) if (text.includes(b)) sum += w;
    const share = sum / total;
    if (share >= minShare) out.push({ text: u, recall: share, order: firstBy[t]! });
  });
  return out;
}

/** The documents (indexes into PlanIndex.docs) of distinct text `u`, ascending. */
export function docsOfText(index: PlanIndex, u: number): Int32Array {
  const { starts, docsByText } = index.distinct;
  return docsByText.subarray(starts[u]!, starts[u + 1]!);
}

const scratches = new WeakMap<PlanIndex, Float64Array>();
function scratch(index: PlanIndex): Float64Array {
  let a = scratches.get(index);
  if (!a) {
    a = new Float64Array(index.distinct.texts.length);
    scratches.set(index, a);
  }
  return a;
}

const byPlan = new WeakMap<PlanIndex, Map<number, IndexedTarget[]>>();
/** A plan's targets in the index's order, grouped once per index (not a filter over 2,000 plans' targets). */
export function targetsOfPlan(index: PlanIndex, planId: number): IndexedTarget[] {
  let plans = byPlan.get(index);
  if (!plans) {
    plans = new Map();
    for (const t of index.targets) {
      const list = plans.get(t.planId);
      if (list) list.push(t);
      else plans.set(t.planId, [t]);
    }
    byPlan.set(index, plans);
  }
  return plans.get(planId) ?? [];
}
