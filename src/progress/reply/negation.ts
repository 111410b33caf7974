// Stage 3: the spans a negation covers, so that 未完成 / 尚未完成 / 还没完成 / 没有全部完成 never
// read as 已完成 (issue 11: `还未完成，预计下月完成` was stored as finished). A negation covers the
// completion verb it precedes within a few characters of the same phrase.
import { matchesAt } from './pieces.ts';
import type { ReplyDoc } from './types.ts';

// 未 / 尚未 / 还未 / 仍未 / 暂未 / 没 / 没有 / 还没(有) / 未能 / 不能 / 无法 / 不 + up to two of
// (能/按期/如期/全部/彻底/正式…) + a completion verb, the put-to-use ones included, and what is
// chained to it: 还未全部建成投用 / 尚未建成并投入使用 / 未交付使用 / 没有上线运行 (a match that stopped at
// 建成 left 投用 outside the span, and the reply read as 已完成). Chat verbs: 还没弄完 / 没做完 / 没搞定.
const NEGATOR = '(?:尚未|还未|仍未|并未|暂未|未能|不能|无法|难以|还没有|还没|没有|没能|没|未|不)';
const NEGATED_ADVERB = '(?:能|够|按期|如期|按时|全部|全面|彻底|完全|最终|正式|完整|整体)';
const NEGATED_VERB =
  '(?:完成|建成投用|建成投运|建成|竣工|完工|办结|投用|投运|投产|结束|验收|投入使用|投入运行|投入运营|投入营运|交付使用|交付|上线运行|上线|运行|运营|结项|通过(?:竣工)?验收|[弄搞做干办整]完|[弄搞]好|搞定|(?:办理)?完毕|落实到位)';
const CHAINED_VERB = '(?:(?:并|和|及|且)?(?:投入使用|投入运行|投用|投运|交付使用|验收|运行|使用|上线))?';
export const NEGATED_COMPLETION = new RegExp(`${NEGATOR}${NEGATED_ADVERB}?${NEGATED_ADVERB}?${NEGATED_VERB}${CHAINED_VERB}`, 'uy');
// Every first character NEGATED_COMPLETION can match.
export const NEGATION_STARTS = /[尚还仍并暂未不无难没]/gu;

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
