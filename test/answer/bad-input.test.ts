// What a person can type never throws: help or found:false, text within one chat message.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { answerQuestion } from '../../src/answer/index.ts';
import { loadGold } from './gold-store.ts';

const CASES: Array<[string, string]> = [
  ['empty', ''],
  ['spaces', '   \t  '],
  ['10,000 characters', '谁牵头'.repeat(3334)],
  ['10,000 random Han', Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('')],
  ['emoji', '😀🚀👍'],
  ['emoji in a question', '谁牵头😀量子🚀？'],
  ['control characters', '\u0000\u0007谁牵头\u001b[31m\u202e交通\u200b'],
  ['SQL', '" OR 1=1 --'],
  ['SQL drop', "'; DROP TABLE plans; --"],
  ['FTS NEAR', 'NEAR('],
  ['FTS star', '*'],
  ['FTS operators', '5G* AND NOT "赋能" OR ^交通 NEAR(a b'],
  ['FTS column filter', 'text:推动 {kind}: -title'],
  ['lone surrogate', '\ud800谁牵头'],
];

describe('bad input', () => {
  for (const [name, q] of CASES) {
    test(`GIVEN ${name} THEN help or found:false, no exception`, ({ store }) => {
      loadGold(store);
      const a = answerQuestion(store, q);
      expect(a.intent === 'help' || a.found === false, `${a.intent} ${a.found}`).toBe(true);
      expect(a.text.length).toBeGreaterThan(0);
      expect(a.text.length).toBeLessThanOrEqual(2000);
      expect(a.question).toBe(q);
    });
  }

  test('GIVEN SQL in a question THEN the plans are still there afterwards', ({ store }) => {
    loadGold(store);
    answerQuestion(store, "'; DROP TABLE plans; --");
    expect(answerQuestion(store, '谁牵头推动5G赋能交通？').found).toBe(true);
  });
});
