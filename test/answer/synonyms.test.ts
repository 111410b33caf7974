// Domain synonyms (src/answer/synonyms.ts): a topic in the asker's word finds the plan's word.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { answerQuestion } from '../../src/answer/index.ts';
import { topicVariants } from '../../src/answer/synonyms.ts';
import { loadGold } from './gold-store.ts';

describe('synonyms', () => {
  test('GIVEN 人才保障 THEN the variants hold 人才支撑, the topic itself first', () => {
    expect(topicVariants('加强资金人才保障')).toEqual(expect.arrayContaining(['加强资金人才保障', '加强资金人才支撑']));
    expect(topicVariants('加强资金人才保障')[0]).toBe('加强资金人才保障');
  });

  test('GIVEN 人才保障谁牵头 THEN the task the plan calls 加强资金人才支撑', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '人才保障谁牵头');
    expect(a.tasks.map((t) => t.title)).toContain('加强资金人才支撑');
    expect(a.units).toContain('市财政局');
  });
});
