// Acceptance of issue 10: the generated paraphrase set on the gold plans. The held-back template
// families (odd index, paraphrase-templates.ts) must pass at 95% or more; the figures are printed.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { answerQuestion } from '../../src/answer/index.ts';
import { loadGold } from './gold-store.ts';
import { generateParaphrases } from './paraphrases.ts';
import { failures } from './score-paraphrase.ts';

describe('paraphrase set', () => {
  test('GIVEN every template × gold fact THEN at least 3,000 questions and held-back families ≥ 95%', { timeout: 300_000 }, ({ store }) => {
    loadGold(store);
    const set = generateParaphrases();
    expect(set.length).toBeGreaterThanOrEqual(3000);
    const now = new Date('2021-09-15T02:00:00Z');
    const score = { tune: [0, 0], held: [0, 0] };
    for (const q of set) {
      const a = answerQuestion(store, q.q, { now });
      const ok = failures(q, a).length === 0;
      const s = q.held ? score.held : score.tune;
      s[1]!++;
      if (ok) s[0]!++;
    }
    const pct = ([p, n]: number[]) => (100 * p! / n!).toFixed(1);
    console.log(`paraphrases: tune ${score.tune[0]}/${score.tune[1]} (${pct(score.tune)}%), held ${score.held[0]}/${score.held[1]} (${pct(score.held)}%)`);
    expect(score.held[0]! / score.held[1]!).toBeGreaterThanOrEqual(0.95);
  });
});
