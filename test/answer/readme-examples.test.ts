// The README's question examples (issue 10 "Done when"): every one is answered from the seeds'
// plans, found, with the intent its wording asks for. Read from the README itself, so a new
// example is checked too.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { answerQuestion } from '../../src/answer/index.ts';
import { loadGold } from './gold-store.ts';
import { planReader } from '../../src/store/plan-reader.ts';
import { upsertFollow } from '../../src/store/progress-writer.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
// `谁牵头推动5G赋能交通？` and `@duban 谁牵头智慧医疗？` as code spans; echo "谁牵头智慧医疗" | npx duban chat.
const examples = [
  ...[...readme.matchAll(/`(?:@duban )?([^`/@]*[？?])`/g)].map((m) => m[1]!),
  ...[...readme.matchAll(/echo "([^"]+)"/g)].map((m) => m[1]!),
  ...[...readme.matchAll(/duban ask "([^"]+)"/g)].map((m) => m[1]!),
];

describe('README question examples', () => {
  test('GIVEN the README THEN it has question examples to check', () => expect(examples.length).toBeGreaterThanOrEqual(5));
  // In README order, in one conversation: a follow-up example comes right after the question it follows.
  test('GIVEN each example in turn THEN found, with the asked intent', ({ store }) => {
    loadGold(store);
    const gz = planReader(store).plans().find((p) => p.title === '广州市加快5G应用创新发展三年行动计划')!;
    upsertFollow(store, { tenant: 'console', channel: 'console', planId: gz.id, platform: 'console', timezone: 'Asia/Shanghai', at: 0 });
    for (const q of examples) {
      const a = answerQuestion(store, q, { now: new Date('2022-03-07T01:00:00Z'), tenant: 'console', conversation: 'readme' });
      expect(a.found, `${q}: ${a.text}`).toBe(true);
      const askBack = /请回复编号/.test(a.text);
      if (/谁牵头/.test(q)) {
        expect(a.intent, q).toBe('lead');
        if (!askBack) expect(a.units.length, q).toBeGreaterThan(0);
      }
      if (/配合单位呢/.test(q)) expect(a.intent, q).toBe('supports');
      if (/牵头了哪些/.test(q)) expect(a.intent, q).toBe('unit_tasks');
      if (/多少|目标/.test(q)) expect(a.intent, q).toBe('target');
      if (/逾期|填报|进展/.test(q)) expect(a.intent, q).toBe('progress');
    }
  });
});
