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
