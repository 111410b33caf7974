// Retrieval of the tasks a topic names, over titles, bodies, clauses and deadline texts: FTS5
// trigram candidates (search_fts), then a bigram score with a threshold. Below it, nothing: the
// answer says the plans hold no such task rather than guessing (issue 3 "Retrieval").
import type { PlanReader, SearchHit } from '../store/plan-reader.ts';
import { bigrams, recall, titleScore, trigramQuery } from './text-match.ts';

/** A task must score at least this to be an answer; see test/answer/resolve-task.test.ts. */
export const TASK_THRESHOLD = 0.6;
// How much each kind of text counts against a title: a clause is an assignment of its own, a
// deadline names the work, a body mentions many things in passing.
const WEIGHT: Record<SearchHit['kind'], number> = { title: 1, clause: 0.92, deadline: 0.92, target: 0.8, body: 0.8 };
const PRIORITY: Record<SearchHit['kind'], number> = { title: 4, clause: 3, deadline: 2, target: 1, body: 0 };

export interface TaskMatch {
  taskId: number;
  planId: number;
  score: number;
  via: SearchHit['kind'];
  refId: number | null; // the clause or deadline that matched
}

/**
 * Tasks matching `topicKey` (a matchKey), best first, one per plan, those within 90% of the best.
 * `planIds` narrows the search to the plans the question names.
 */
export function resolveTasks(reader: PlanReader, topicKey: string, planIds?: Set<number> | null, maxPlans = 8): TaskMatch[] {
  const query = trigramQuery(topicKey);
  if (!query) return [];
  const topic = bigrams(topicKey);
  const best = new Map<number, TaskMatch>();
  for (const hit of reader.search(query, 400)) {
    if (planIds && !planIds.has(hit.planId)) continue;
    const raw = hit.kind === 'title' ? titleScore(topic, topicKey, hit.text) : recall(topic, topicKey, hit.text);
    const score = raw * WEIGHT[hit.kind];
    const prev = best.get(hit.taskId);
    if (!prev || score > prev.score + 1e-9 || (Math.abs(score - prev.score) < 1e-9 && PRIORITY[hit.kind] > PRIORITY[prev.via])) {
      best.set(hit.taskId, { taskId: hit.taskId, planId: hit.planId, score, via: hit.kind, refId: hit.refId });
    }
  }
  const ranked = [...best.values()].filter((m) => m.score >= TASK_THRESHOLD).sort((a, b) => b.score - a.score || PRIORITY[b.via] - PRIORITY[a.via] || a.taskId - b.taskId);
  if (!ranked.length) return [];
  const top = ranked[0]!.score;
  const perPlan = new Map<number, TaskMatch>();
  for (const m of ranked) {
    if (m.score < top * 0.9) break;
    if (!perPlan.has(m.planId)) perPlan.set(m.planId, m);
    if (perPlan.size >= maxPlans) break;
  }
  return [...perPlan.values()];
}
