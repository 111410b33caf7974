// Packing into platform limits: whole lines, whole mentions, pieces into messages with a count of
// what did not fit.
import { describe, expect, test } from 'vitest';
import { packLines, packPieces, packTokens } from '../../src/text/pack.ts';

describe('packLines', () => {
  test('GIVEN lines THEN chunks of whole lines ≤ max; an over-long line cut with …', () => {
    expect(packLines(['aaa', 'bbb', 'cc'], 7)).toEqual(['aaa\nbbb', 'cc']);
    expect(packLines(['x'.repeat(10)], 4)).toEqual(['xxx…']);
  });
});

describe('packTokens', () => {
  test('GIVEN 7 mentions THEN batches by count and by characters, never splitting one', () => {
    const ids = Array.from({ length: 7 }, (_, i) => `<@U${i}>`);
    expect(packTokens(ids, 1000, 3).map((b) => b.length)).toEqual([3, 3, 1]);
    const byChars = packTokens(ids, 12, 100);
    expect(byChars.every((b) => b.join(' ').length <= 12)).toBe(true);
    expect(byChars.flat()).toEqual(ids);
  });
});

describe('packPieces', () => {
  const piece = (chars: number, breakBefore = false) => ({ item: chars, chars, lines: 1, breakBefore });
  test('GIVEN pieces over the budget THEN new messages; a thread piece starts one; past the cap the lines are counted, nothing after a gap', () => {
    const budget = { items: 10, chars: 10 };
    expect(packPieces([piece(6), piece(6), piece(2), piece(1, true)], budget, budget, 5).messages).toEqual([[6], [6, 2], [1]]);
    const capped = packPieces([piece(6), piece(6), piece(6), piece(1)], budget, budget, 2);
    expect(capped.messages).toEqual([[6], [6]]);
    expect(capped.droppedLines).toBe(2);
  });
});
