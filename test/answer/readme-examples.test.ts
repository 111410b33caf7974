// The README's question examples (issue 10 "Done when"): every one is answered from the seeds'
// plans, found, with the intent its wording asks for. Read from the README itself, so a new
// example is checked too.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { answerQuestion } from '../../src/answer/index.ts';
import { loadGold } from './gold-store.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
// `谁牵头推动5G赋能交通？` and `@duban 谁牵头智慧医疗？` as code spans; echo "谁牵头智慧医疗" | npx duban chat.
const examples = [
  ...[...readme.matchAll(/`(?:@duban )?([^`/@]*[？?])`/g)].map((m) => m[1]!),
  ...[...readme.matchAll(/echo "([^"]+)"/g)].map((m) => m[1]!),
  ...[...readme.matchAll(/duban ask "([^"]+)"/g)].map((m) => m[1]!),
];

describe('README question examples', () => {
  test('GIVEN the README THEN it has question examples to check', () => expect(examples.length).toBeGreaterThanOrEqual(5));
  for (const q of examples) {
    test(`GIVEN ${q} THEN found, with the asked intent`, ({ store }) => {
      loadGold(store);
      const a = answerQuestion(store, q, { now: new Date('2022-03-07T01:00:00Z') });
      expect(a.found, a.text).toBe(true);
      if (/谁牵头/.test(q)) {
        expect(a.intent).toBe('lead');
        expect(a.units.length).toBeGreaterThan(0);
      }
      if (/牵头了哪些/.test(q)) expect(a.intent).toBe('unit_tasks');
      if (/多少|目标/.test(q)) expect(a.intent).toBe('target');
    });
  }
});
