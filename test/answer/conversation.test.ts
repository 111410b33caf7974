// Follow-ups and picks per conversation (issue 10): the state is in the store, keyed by
// conversation, and expires after 30 minutes of the injected clock.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { answerQuestion } from '../../src/answer/index.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { loadGold, withGoldFile } from './gold-store.ts';

const at = (iso: string) => new Date(iso);

/** The gold plans, and 谁牵头推动5G赋能交通 asked at 01:00 in conversation `key`. */
function askedWhoLeads(store: Store, key: string): void {
  loadGold(store);
  answerQuestion(store, '谁牵头推动5G赋能交通？', { conversation: key, now: at('2022-03-07T01:00:00Z') });
}

describe('conversation', () => {
  test('GIVEN 谁牵头推动5G赋能交通 THEN 那配合单位呢 answers the same task\'s supporting units', ({ store }) => {
    const key = 'console:console:console:dm';
    askedWhoLeads(store, key);
    const a = answerQuestion(store, '那配合单位呢？', { conversation: key, now: at('2022-03-07T01:05:00Z') });
    expect(a.intent).toBe('supports');
    expect(a.units).toContain('天河区政府');
    expect(a.units).not.toContain('市交通运输局');
  });

  test('GIVEN 它2022年的目标呢 after a task THEN the targets of that task\'s plan for 2022', ({ store }) => {
    const key = 'k';
    askedWhoLeads(store, key);
    const a = answerQuestion(store, '它2022年的目标呢？', { conversation: key, now: at('2022-03-07T01:01:00Z') });
    expect(a.intent).toBe('target');
    expect(a.targets.length).toBeGreaterThan(0);
    expect(a.targets.every((t) => t.year === 2022 && t.plan === '广州市加快5G应用创新发展三年行动计划')).toBe(true);
  });

  test('GIVEN a follow-up 31 minutes later THEN it stands alone (no such task)', ({ store }) => {
    askedWhoLeads(store, 'k');
    const a = answerQuestion(store, '那配合单位呢？', { conversation: 'k', now: at('2022-03-07T01:31:00Z') });
    expect(a.units).toEqual([]);
  });

  test('GIVEN another conversation key THEN no follow-up across conversations', ({ store }) => {
    askedWhoLeads(store, 'a');
    expect(answerQuestion(store, '那配合单位呢？', { conversation: 'b', now: at('2022-03-07T01:01:00Z') }).units).toEqual([]);
  });

  test('GIVEN 任务1谁牵头 THEN a numbered list; `2` picks the second; the state survives reopening the store', () => {
    withGoldFile((file, first) => {
      const list = answerQuestion(first, '任务1谁牵头', { conversation: 'k', now: at('2022-03-07T01:00:00Z') });
      expect(list.text).toMatch(/1\. .*\n2\. /);
      const second = /2\. 【([^】]+)】(\S+)/.exec(list.text)!;
      first.close();
      const store = openStore(file);
      const a = answerQuestion(store, '第二个', { conversation: 'k', now: at('2022-03-07T01:02:00Z') });
      expect(a.intent).toBe('lead');
      expect(a.tasks.map((t) => t.title)).toEqual([second[2]]);
      store.close();
    });
  });

  test('GIVEN a list of a unit\'s tasks THEN 第二个呢 asks about its second task', ({ store }) => {
    loadGold(store);
    const list = answerQuestion(store, '市教育局牵头哪些任务？', { conversation: 'k', now: at('2022-03-07T01:00:00Z') });
    const a = answerQuestion(store, '第二个呢', { conversation: 'k', now: at('2022-03-07T01:01:00Z') });
    expect(a.found).toBe(true);
    expect(a.tasks).toEqual([list.tasks[1]]);
  });
});
