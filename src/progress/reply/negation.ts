// Stage 3: the spans a negation covers, so that 未完成 / 尚未完成 / 还没完成 / 没有全部完成 never
// read as 已完成 (issue 11: `还未完成，预计下月完成` was stored as finished). A negation covers the
// completion verb it precedes within a few characters of the same phrase.
import { matchesAt } from './pieces.ts';
import type { ReplyDoc } from './types.ts';

// 未 / 尚未 / 还未 / 仍未 / 没 / 没有 / 还没(有) / 未能 / 不能 / 无法 / 不 + (按期/如期/全部/彻底)? + 完成/建成/竣工/完工/办结/投用/到位,
// and the chat verbs: 还没弄完 / 没做完 / 没搞定.
export const NEGATED_COMPLETION =
  /(?:尚未|还未|仍未|并未|未能|不能|无法|难以|还没有|还没|没有|没能|没|未|不)(?:能|够|按期|如期|按时|全部|全面|彻底|完全|最终)?(?:完成|建成|竣工|完工|办结|投用|投运|结束|验收|[弄搞做干办整]完|[弄搞]好|搞定|(?:办理)?完毕|落实到位|交付)/uy;
// Every first character NEGATED_COMPLETION can match.
export const NEGATION_STARTS = /[尚还仍并未不无难没]/gu;

// Every negation above holds one of these characters: most replies have none.
const NEGATION_CHAR = /[未不无难没]/u;

export function findNegated(text: string): Array<[number, number]> {
  // Filled one way whether empty or not (one kind of array for the status stage's code, bench).
  const spans: Array<[number, number]> = [];
  if (!NEGATION_CHAR.test(text)) return spans;
  for (const m of matchesAt(text, NEGATION_STARTS, NEGATED_COMPLETION)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function negation(doc: ReplyDoc): ReplyDoc {
  return { ...doc, negated: findNegated(doc.text) };
}

/** True when [at, at+len) lies inside a negated span. */
export function isNegated(negated: Array<[number, number]>, at: number, len = 1): boolean {
  return negated.some(([s, e]) => at >= s && at + len <= e);
}
