// Retrieval of the tasks a topic names, over titles, bodies, clauses and deadline texts (the rows
// of search_fts, held as a bigram index by plan-index.ts), scored, with a threshold. Below it,
// nothing: the answer says the plans hold no such task rather than guessing (issue 3 "Retrieval").
import type { PlanReader, SearchHit } from '../store/plan-reader.ts';
import { bigrams } from './text-match.ts';
import { candidates, planIndex, topicWeights, type IndexedDoc, type PlanIndex } from './plan-index.ts';
import { segment } from './segment.ts';

/** A task must score at least this to be an answer; see test/answer/answer-question.test.ts. */
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
 * The longest run of consecutive topic bigrams the text lacks. Three in a row mean a whole word of
 * the question is absent (推进智慧|养老|领域… against 推进智慧政务领域…): not the same task, however
 * much of the phrasing around it matches. One or two are a dropped or varied character (智慧/智能
 * 燃气表, 建设|5G|行业专网).
 */
export function longestMiss(topicKey: string, text: string): number {
  let longest = 0;
  for (const part of topicKey.split('|')) {
    let run = 0;
    for (let i = 0; i + 1 < part.length; i++) {
      run = text.includes(part.slice(i, i + 2)) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
  }
  return longest;
}

/** Every Latin-and-digit token of the topic (5g, 6g, l4, xgpon) is in the text: 6G is not 5G. */
export function alnumTokensIn(topicKey: string, text: string): boolean {
  for (const token of topicKey.match(/[a-z0-9]*[a-z][a-z0-9]*/g) ?? []) {
    if (token.length >= 2 && !text.includes(token)) return false;
  }
  return true;
}

function titlePrecision(topic: Set<string>, titleKey: string): number {
  const title = bigrams(titleKey);
  let hit = 0;
  for (const b of title) if (topic.has(b)) hit++;
  return title.size ? hit / title.size : 0;
}

/**
 * Tasks matching `topicKey` (a matchKey, parts joined by '|'), best first, one per plan, those
 * within 90% of the best. `planIds` narrows the search to the plans the question names.
 */
/**
 * A word of the topic (jieba) that no plan text holds anywhere: 核电站建设 has 核电站, which no plan
 * writes (充电站建设 shares 电站建设). Such a question is about something else, however much of its
 * wording the plans share. Looked up through the bigram postings (a document holding the whole word).
 */
// Words of asking, not of a topic: never evidence that the topic is elsewhere.
const ASKING_WORDS = /^(?:负责|牵头|配合|参与|协同|主导|实施|方案|计划|行动|工作|任务|情况|请问|一下|那块|这块|相关|有关|单位|部门)$/;

export function absentWord(index: PlanIndex, topicKey: string): boolean {
  for (const part of topicKey.split('|')) {
    for (const word of segment(part)) {
      if (word.length < 2 || !/^[\u4e00-\u9fff]+$/.test(word) || ASKING_WORDS.test(word)) continue;
      // Through the rarest of its bigrams: some document must hold the whole word.
      const { postings, texts } = index.distinct;
      let rarest: Int32Array | null = null;
      for (let i = 0; i + 1 < word.length; i++) {
        const list = postings.get(word.slice(i, i + 2));
        if (!list) return true;
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      if (rarest && !rarest.some((u) => texts[u]!.includes(word))) return true;
    }
  }
  return false;
}

export function resolveTasks(reader: PlanReader, topicKey: string, planIds?: Set<number> | null, maxPlans = 8): TaskMatch[] {
  return pickPerPlan(rankTasks(reader, topicKey, planIds), maxPlans);
}

/**
 * Two or three tasks of one plan that the topic fits about equally and none well (a score under
 * 0.9, within 3% of each other): which one is meant is a question to ask back, not a guess.
 */
export function closeCandidates(ranked: TaskMatch[]): TaskMatch[] {
  const [first, second] = ranked;
  if (!first || !second || first.score >= 0.9 || second.planId !== first.planId || second.score < first.score * 0.97) return [];
  return ranked.filter((m) => m.planId === first.planId && m.score >= first.score * 0.97).slice(0, 3);
}

/** Every task at or above the threshold, best first. */
export function rankTasks(reader: PlanReader, topicKey: string, planIds?: Set<number> | null): TaskMatch[] {
  const topic = bigrams(topicKey);
  if (topic.size === 0) return [];
  const index = planIndex(reader);
  const absent = absentWord(index, topicKey);
  const best = new Map<number, TaskMatch>();
  // Recall is weighted (plan-index.ts topicWeights). A title scores 0.75·recall + 0.25·precision:
  // below 0.47 recall it cannot reach the threshold.
  // One bigram (完成, 5g, 智慧) says nothing about which task: only a title that is exactly it.
  const tooShort = topic.size < 2;
  // A score depends on the text and its kind only: a text repeated by many plans is scored once.
  const scored = new Map<number, number | null>();
  const scoreOf = (doc: IndexedDoc, recall: number): number | null => {
    if (tooShort && !(doc.kind === 'title' && doc.text === topicKey)) return null;
    // A title that contains the whole topic, or the topic the whole title, is recall 1.
    const r = doc.text.includes(topicKey) ? 1 : recall;
    const raw = doc.kind === 'title' ? 0.75 * r + 0.25 * titlePrecision(topic, doc.text) : r;
    if (r < 1 && !alnumTokensIn(topicKey, doc.text)) return null;
    let score = raw * WEIGHT[doc.kind];
    if (r < 1 && score >= TASK_THRESHOLD && (absent || longestMiss(topicKey, doc.text) >= 3)) score *= 0.75;
    return score;
  };
  for (const { doc, recall, text } of candidates(index, topicWeights(index, topicKey), 0.45)) {
    if (planIds && !planIds.has(doc.planId)) continue;
    let score = scored.get(text);
    if (score === undefined) {
      score = scoreOf(doc, recall);
      scored.set(text, score);
    }
    if (score === null) continue;
    const prev = best.get(doc.taskId);
    if (!prev || score > prev.score + 1e-9 || (Math.abs(score - prev.score) < 1e-9 && PRIORITY[doc.kind] > PRIORITY[prev.via])) {
      best.set(doc.taskId, { taskId: doc.taskId, planId: doc.planId, score, via: doc.kind, refId: doc.refId });
    }
  }
  return [...best.values()]
    .filter((m) => m.score >= TASK_THRESHOLD)
    .sort((a, b) => b.score - a.score || PRIORITY[b.via] - PRIORITY[a.via] || a.taskId - b.taskId);
}

/** The best task of each plan, those within 90% of the best overall. */
export function pickPerPlan(ranked: TaskMatch[], maxPlans: number): TaskMatch[] {
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
