// The answer index kept beside the store (src/answer/index-file.ts): written after a build, read
// back after a restart with the same answers, ignored once the plans change.
import { describe, expect } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, tempDir } from '../support/fixtures.ts';
import { answerQuestion } from '../../src/answer/index.ts';
import { readIndexFile } from '../../src/answer/index-file.ts';
import { openStore } from '../../src/store/open.ts';
import { savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';
import { withGoldFile } from './gold-store.ts';

describe('answer index file', () => {
  test('GIVEN a first question THEN the index file is written; after reopening THEN the same answers', () => {
    withGoldFile((file, first) => {
      const qs = ['谁牵头推动5G赋能交通？', '充电桩那项是哪几家单位负责的', '到2023年5G基站要建多少？'];
      const before = qs.map((q) => answerQuestion(first, q));
      expect(existsSync(`${file}.answer-index`)).toBe(true);
      first.close();
      const store = openStore(file);
      expect(qs.map((q) => answerQuestion(store, q))).toEqual(before);
      store.close();
    });
  });

  test('GIVEN a new plan saved THEN the stale file is not used (the new task is found)', () => {
    withGoldFile((file, first) => {
      answerQuestion(first, '谁牵头推动5G赋能交通？');
      first.close();
      const store = openStore(file);
      savePlan(store, { plan: { title: '深圳市量子计算行动计划', period: null, issuers: ['深圳市科技局'], issuedOn: null, docNumber: null, kind: 'plan', about: null, script: 'simplified' }, targets: [], tasks: [{ id: '1', path: [], title: '建设量子计算中心', kind: 'task', leads: ['市科技创新委'], supports: [], responsible: [], clauses: [], deadlines: [] }] } satisfies SavablePlan, { name: 'q', sha256: 'q' });
      expect(answerQuestion(store, '谁牵头建设量子计算中心？').units).toEqual(['市科技创新委']);
      store.close();
    });
  });

  test('GIVEN a damaged file THEN null, not a throw', () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'x.answer-index');
      writeFileSync(path, Buffer.from([9, 0, 0, 0, 1, 2, 3]));
      expect(readIndexFile(path, 'g')).toBeNull();
      expect(readIndexFile(join(dir, 'missing'), 'g')).toBeNull();
    } finally {
      cleanup();
    }
  });
});
