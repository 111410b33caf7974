import { describe, expect, test } from 'vitest';
import { readMetrics } from '../../../src/progress/reply/metrics.ts';

describe('metrics', () => {
  test('GIVEN 本周新建5G基站3座，累计建成22座 THEN the increment and the running total, both named 5G基站', () => {
    expect(readMetrics('本周新建5G基站3座，累计建成22座').map((m) => [m.name, m.value, m.unit, m.cumulative])).toEqual([
      ['5G基站', 3, '座', false],
      ['5G基站', 22, '座', true],
    ]);
  });
  test('GIVEN 新增用户1000万户 THEN value and unit as written: 1000 万户', () => {
    expect(readMetrics('新增用户1000万户')[0]).toMatchObject({ value: 1000, unit: '万户', cumulative: false });
  });
  test('GIVEN 同比增长5% THEN a metric in %, not progress', () => {
    expect(readMetrics('全市5G用户同比增长5%')[0]).toMatchObject({ value: 5, unit: '%' });
  });
  test('GIVEN a duration, a date, a task number THEN no metric', () => {
    expect(readMetrics('任务3 进度滞后约2周，预计6月30日完成')).toEqual([]);
  });
});

describe('metrics: Chinese numerals and counting words the ingest does not know', () => {
  // 三万户 reads as 3万户 does (the multiplier stays with the unit); 第二十个 is an ordinal, 两个站点 a
  // word, 一个月 a duration.
  test.each([
    ['累计建成污水管网四十五条', [[45, '条', true]]],
    ['本月新装路灯三百盏', [[300, '盏', false]]],
    ['累计覆盖用户三万户', [[3, '万户', true]]],
    ['第二十个站点开通，还差两个站点，约一个月', []],
  ])('GIVEN %s THEN %j', (text, want) => {
    expect(readMetrics(text).map((m) => [m.value, m.unit, m.cumulative])).toEqual(want);
  });
});

describe('metrics: running totals and task numbers (probe, issue 11)', () => {
  test('GIVEN 截至目前，任务8已建成5G基站356座 THEN cumulative (the sentence counts to date)', () => {
    expect(readMetrics('截至目前,任务8已建成5G基站356座')[0]).toMatchObject({ value: 356, unit: '座', cumulative: true });
  });
  test('GIVEN 已累计建成基站1200个 / 已建成站点42个 THEN cumulative; 本周新建3个 stays an increment', () => {
    expect(readMetrics('任务6已累计建成基站1200个')[0]).toMatchObject({ value: 1200, cumulative: true });
    expect(readMetrics('已建成站点42个')[0]).toMatchObject({ value: 42, cumulative: true });
    expect(readMetrics('截至目前,本周新建3个')[0]).toMatchObject({ value: 3, cumulative: false });
  });
  test('GIVEN 任务5项目已投入运行 THEN no metric (5 is the task number)', () => {
    expect(readMetrics('任务5项目已投入运行')).toEqual([]);
  });
});
