// Phrases of a clause, split at punctuation, with their offsets: the unit the status and figure
// readers look inside (完成了主体工程，正在进行设备调试 → 完成了主体工程 | 正在进行设备调试).
export interface Piece {
  text: string;
  /** Offset in the clause. */
  at: number;
}

// White space does not break a phrase: 完成度 90, 任务4 推进中 60%.
const BREAK = /[，,。；;！!？?：:（）()【】\[\]、]+/gu;

// The status and figure readers split the same clause texts: the last few splits are kept
// (the pieces are never changed by their readers).
const recent = new Map<string, readonly Piece[]>();

export function splitPieces(text: string): readonly Piece[] {
  const known = recent.get(text);
  if (known) return known;
  const out = piecesOf(text);
  if (recent.size >= 16) recent.clear();
  recent.set(text, out);
  return out;
}

function piecesOf(text: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of allMatches(text, BREAK)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), at: last });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), at: last });
  return out;
}

/**
 * The matches of a global pattern, as text.matchAll(re) gives them. matchAll builds a copy of the
 * pattern on every call (its species constructor), which cost 10–20 times the search itself on a
 * short phrase (bench); this runs the pattern itself, from lastIndex 0, and collects the matches
 * before any is used, so a caller may run the same pattern again while going through them.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/**
 * The matches of `sticky` (a /y pattern) in text, as matchAll would give them for the same pattern
 * made global, found by trying it only where `starts` (a /g character class holding every first
 * character it can match) finds one. A pattern that opens with an optional alternation (已|全部|…)?
 * is otherwise tried at every character (COMPLETION was most of the status stage's time).
 */
export function matchesAt(text: string, starts: RegExp, sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  starts.lastIndex = 0;
  for (let s = starts.exec(text); s; s = starts.exec(text)) {
    sticky.lastIndex = s.index;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      starts.lastIndex = m.index + m[0].length;
    }
  }
  return out;
}

/** True when the words just before `at` deny what follows: 未滞后 / 没有延期 / 不存在滞后. */
export function deniedBefore(text: string, at: number): boolean {
  return /(?:未|无|没有|没|不|并未|不存在|未出现|没出现|未发生)$/u.test(text.slice(Math.max(0, at - 3), at));
}
