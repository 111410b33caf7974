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
  for (const m of text.matchAll(BREAK)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), at: last });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), at: last });
  return out;
}

/** True when the words just before `at` deny what follows: 未滞后 / 没有延期 / 不存在滞后. */
export function deniedBefore(text: string, at: number): boolean {
  return /(?:未|无|没有|没|不|并未|不存在|未出现|没出现|未发生)$/u.test(text.slice(Math.max(0, at - 3), at));
}
