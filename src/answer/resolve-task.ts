// Retrieval of the tasks a topic names, over titles, bodies, clauses and deadline texts (the rows
// of search_fts, held as a bigram index by plan-index.ts), scored, with a threshold. Below it,
// nothing: the answer says the plans hold no such task rather than guessing (issue 3 "Retrieval").
import type { PlanReader, SearchHit } from '../store/plan-reader.ts';
import { bigrams } from './text-match.ts';
import { candidates, docsOfText, planIndex, topicWeights, type PlanIndex } from './plan-index.ts';
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

/** How close to the best a task must score to be kept: pickPerPlan and closeCandidates look no lower. */
const NEAR_BEST = 0.9;

type ScoredText = { text: number; kind: SearchHit['kind']; score: number; order: number };

/** Each candidate text's score (it depends on the text and its kind only), those at the threshold, best first. */
function scoreTexts(index: PlanIndex, topicKey: string): ScoredText[] {
  const topic = bigrams(topicKey);
  const absent = absentWord(index, topicKey);
  // One bigram (完成, 5g, 智慧) says nothing about which task: only a title that is exactly it.
  const tooShort = topic.size < 2;
  // Recall is weighted (plan-index.ts topicWeights). A title scores 0.75·recall + 0.25·precision:
  // below 0.47 recall it cannot reach the threshold.
  const scoreOf = (kind: SearchHit['kind'], text: string, recall: number): number | null => {
    if (tooShort && !(kind === 'title' && text === topicKey)) return null;
    // A title that contains the whole topic, or the topic the whole title, is recall 1.
    const r = text.includes(topicKey) ? 1 : recall;
    const raw = kind === 'title' ? 0.75 * r + 0.25 * titlePrecision(topic, text) : r;
    if (r < 1 && !alnumTokensIn(topicKey, text)) return null;
    let score = raw * WEIGHT[kind];
    if (r < 1 && score >= TASK_THRESHOLD && (absent || longestMiss(topicKey, text) >= 3)) score *= 0.75;
    return score;
  };
  const out: ScoredText[] = [];
  for (const { text, recall, order } of candidates(index, topicWeights(index, topicKey), 0.45)) {
    const kind = index.docs[docsOfText(index, text)[0]!]!.kind;
    const score = scoreOf(kind, index.distinct.texts[text]!, recall);
    if (score !== null && score >= TASK_THRESHOLD) out.push({ text, kind, score, order });
  }
  return out.sort((a, b) => b.score - a.score || PRIORITY[b.kind] - PRIORITY[a.kind] || a.order - b.order);
}

/**
 * The tasks at or above the threshold and within 90% of the best, best first (score, then the
 * kind of text that matched, then task id). Ranked by distinct text: a text 400 plans repeat is
 * scored once, and only the texts near the best are spread to their tasks.
 */
export function rankTasks(reader: PlanReader, topicKey: string, planIds?: Set<number> | null): TaskMatch[] {
  if (bigrams(topicKey).size === 0) return [];
  const index = planIndex(reader);
  const best = new Map<number, TaskMatch>();
  let top = 0;
  for (const t of scoreTexts(index, topicKey)) {
    if (t.score < top * NEAR_BEST) break;
    // Texts come best first (then by kind): a task keeps the first text that reaches it.
    for (const d of docsOfText(index, t.text)) {
      const doc = index.docs[d]!;
      if ((planIds && !planIds.has(doc.planId)) || best.has(doc.taskId)) continue;
      best.set(doc.taskId, { taskId: doc.taskId, planId: doc.planId, score: t.score, via: doc.kind, refId: doc.refId });
      top ||= t.score;
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || PRIORITY[b.via] - PRIORITY[a.via] || a.taskId - b.taskId);
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
