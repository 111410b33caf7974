// The keys texts are compared by: a question against stored titles, bodies and clauses.
import { toSimplified } from './script.ts';

export const PUNCT = /[\s\u3000"“”'‘’()（）《》〈〉【】\[\]、,，。;；:：·.!！?？_+＋\-—]/g;

/**
 * Text as the search index and the answerer compare it (input already Simplified: converting twice
 * turns 显著 into 显着): lower case, letters and digits
 * only, without 的/和/与/及 between Han characters (推进智慧医疗领域的5G应用推广 ≈ 推进智慧医疗领域5G应用推广).
 * Also what makes any question safe to put in an FTS5 query: no quotes, operators or brackets survive.
 */
export function matchKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/(?<=[\u4e00-\u9fff])[的和与及](?=[\u4e00-\u9fff])/g, '');
}

/** Title or text as a matching key: Simplified, lower case, no spaces or punctuation. */
export function textKey(s: string): string {
  return toSimplified(s).toLowerCase().replace(PUNCT, '');
}
