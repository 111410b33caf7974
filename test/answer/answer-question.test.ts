// answerQuestion over the gold plans: each intent, both scripts, abbreviations, several plans,
// plans that name no unit, and questions the plans cannot answer.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { answerQuestion } from '../../src/answer/index.ts';
import { loadGold } from './gold-store.ts';

describe('answerQuestion', () => {
  test('GIVEN 谁牵头推动5G赋能交通 THEN the four leads, cited as 广州5G应用 · 任务4', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '谁牵头推动5G赋能交通？');
    expect(a.intent).toBe('lead');
    expect(a.found).toBe(true);
    expect(a.units).toEqual(['市工业和信息化局', '市交通运输局', '市公交集团', '广州地铁集团']);
    expect(a.tasks).toEqual([{ plan: '广州市加快5G应用创新发展三年行动计划', id: '4', title: '推动5G赋能交通' }]);
    expect(a.text).toContain('广州5G应用 · 任务4');
  });

  test('GIVEN a question in Traditional THEN the reply is in Traditional and units stay Simplified', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '誰牽頭推動5G賦能交通？');
    expect(a.units).toContain('市工业和信息化局');
    expect(a.text).toContain('市工業和信息化局');
    expect(a.text).not.toContain('市工业和信息化局');
  });

  test('GIVEN the abbreviation 市卫健委 THEN the tasks of 市卫生健康委 in every plan', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '市卫健委牵头哪些任务？');
    expect(a.intent).toBe('unit_tasks');
    expect(a.units).toContain('市卫生健康委');
    expect(a.tasks.map((t) => t.title)).toEqual(expect.arrayContaining(['推进智慧医疗领域的5G应用推广', '智慧医疗']));
  });

  test('GIVEN 市发改委 THEN both spellings 市发展改革委 and 市发展改革委员会 are the one unit', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '市发改委负责哪些任务？');
    expect(a.units).toEqual(expect.arrayContaining(['市发展改革委', '市发展改革委员会']));
    expect(a.tasks.map((t) => t.title)).toContain('推进“5G+智慧医疗”');
  });

  test('GIVEN a topic in two plans THEN one answer each, naming the plan', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '工业互联网谁牵头？');
    expect(new Set(a.tasks.map((t) => t.plan)).size).toBe(2);
    expect(a.units).toEqual(['市工业和信息化局']);
    expect(a.text).toContain('广州新基建');
    expect(a.text).toContain('扬帆计划');
  });

  test('GIVEN a task whose plan names no unit THEN units [] and the issuers named', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '扬帆行动计划中谁牵头5G+智慧电力？');
    expect(a.found).toBe(true);
    expect(a.units).toEqual([]);
    expect(a.text).toContain('工业和信息化部');
  });

  test('GIVEN a task in no plan THEN found false and a plain "not in the plans I hold"', ({ store }) => {
    loadGold(store);
    for (const q of ['谁牵头量子计算机整机研制？', '海底隧道建设的配合单位', '市量子局牵头哪些任务？']) {
      const a = answerQuestion(store, q);
      expect(a.found, q).toBe(false);
      expect(a.units, q).toEqual([]);
      expect(a.text, q).toContain('我掌握的计划里没有');
    }
  });

  test('GIVEN a near-miss that swaps the word that matters THEN found false, not the look-alike task', ({ store }) => {
    loadGold(store);
    for (const q of ['谁牵头推动5G赋能金融？', '谁牵头推进智慧养老领域的5G应用推广', '打造5G新零售由谁牵头', '智慧体育谁牵头']) {
      expect(answerQuestion(store, q).found, q).toBe(false);
    }
  });

  test('GIVEN a task asked with words dropped or varied THEN still that task', ({ store }) => {
    loadGold(store);
    const cases: Array<[string, string]> = [
      ['5G赋能交通谁牵头', '推动5G赋能交通'],
      ['建设行业专网谁牵头', '建设5G行业专网'],
      ['推进智慧教育5G应用推广谁牵头', '推进智慧教育领域的5G应用推广'],
      ['广州5G应用任务4谁牵头', '推动5G赋能交通'],
    ];
    for (const [q, title] of cases) expect(answerQuestion(store, q).tasks.map((t) => t.title), q).toContain(title);
  });

  test('GIVEN a target for something no plan sets THEN found false (6G is not 5G)', ({ store }) => {
    loadGold(store);
    for (const q of ['到2022年要建成多少个6G基站', '2022年量子计算中心要建多少', '谁牵头6G网络建设']) expect(answerQuestion(store, q).found, q).toBe(false);
    expect(answerQuestion(store, '到2023年5G基站要建多少？').text).toContain('8万');
  });

  test('GIVEN a year no plan has THEN found false', ({ store }) => {
    loadGold(store);
    for (const q of ['2019年的目标是什么？', '到2030年5G基站要建多少？']) expect(answerQuestion(store, q).found, q).toBe(false);
  });

  test('GIVEN targets by plan and year THEN the figures of that plan only', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '广州5G应用计划2022年的目标是什么？');
    expect(a.intent).toBe('target');
    expect(a.targets.every((t) => t.plan === '广州市加快5G应用创新发展三年行动计划' && t.year === 2022)).toBe(true);
    expect(a.text).toContain('1000万');
    const b = answerQuestion(store, '到2022年广州要建成多少充电桩？');
    expect(b.text).toContain('5.5万');
  });

  test('GIVEN 下个月到期的任务 THEN deadlines of the next month in Asia/Shanghai', ({ store }) => {
    loadGold(store);
    // 2020-09-30 20:00 UTC is already 2020-10-01 in Shanghai: 下个月 is November, none due.
    expect(answerQuestion(store, '下个月到期的任务', { now: new Date('2020-09-30T20:00:00Z') }).found).toBe(false);
    const a = answerQuestion(store, '下个月到期的任务', { now: new Date('2020-09-15T00:00:00Z') });
    expect(a.found).toBe(true);
    expect(a.tasks.map((t) => t.title)).toEqual(['统筹5G基站规划布局']);
  });

  test('GIVEN a plan overview question THEN task count, period and issuer', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '开封的计划有多少项任务？');
    expect(a.intent).toBe('plan');
    expect(a.text).toContain('22项');
    expect(a.text).toContain('2020–2022');
    expect(a.text).toContain('开封市人民政府');
  });

  test('GIVEN a clause-level topic THEN the clause units answer', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '5G独立组网由谁牵头推进？');
    expect(a.units).toContain('各基础电信运营企业');
    expect(a.units).not.toContain('广州移动');
  });

  test('GIVEN structured options THEN the same answer as the free question', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '', { intent: 'supports', task: '推动5G赋能制造' });
    expect(a.units).toContain('白云区政府');
  });

  test('GIVEN 开封市加快产业发展方案2021年的目标 (the topic only repeats the plan name) THEN that year\'s targets, not "no target"', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '开封市加快产业发展方案2021年的目标');
    expect(a.intent).toBe('target');
    expect(a.found).toBe(true);
    expect(a.targets.every((t) => t.year === 2021 && t.plan === '开封市加快5G产业发展三年行动计划')).toBe(true);
    expect(a.text).toContain('2500');
  });
});
