// Periods relative to now in Asia/Shanghai, weeks from Monday.
import { describe, expect, test } from 'vitest';
import { parsePeriod } from '../../src/answer/period.ts';

// Monday 2022-03-07 09:00 Shanghai.
const now = new Date('2022-03-07T01:00:00Z');

describe('parsePeriod', () => {
  test('GIVEN 本周 THEN Monday to Sunday', () => expect(parsePeriod('本周到期的任务', now)).toMatchObject({ from: '2022-03-07', to: '2022-03-13' }));
  test('GIVEN 下周 THEN the next Monday to Sunday', () => expect(parsePeriod('下周到期', now)).toMatchObject({ from: '2022-03-14', to: '2022-03-20' }));
  test('GIVEN 下个月 THEN April', () => expect(parsePeriod('下个月到期的任务', now)).toMatchObject({ from: '2022-04-01', to: '2022-04-30' }));
  test('GIVEN 今年 THEN the year', () => expect(parsePeriod('今年到期', now)).toMatchObject({ from: '2022-01-01', to: '2022-12-31' }));
  test('GIVEN 2020年10月 THEN that month', () => expect(parsePeriod('2020年10月到期的任务', now)).toMatchObject({ from: '2020-10-01', to: '2020-10-31' }));
  test('GIVEN a UTC evening that is already the next month in Shanghai THEN Shanghai decides', () => {
    expect(parsePeriod('本月', new Date('2022-03-31T17:00:00Z'))).toMatchObject({ from: '2022-04-01', to: '2022-04-30' });
  });
  test('GIVEN Sunday late evening in Shanghai THEN still that week', () => {
    expect(parsePeriod('本周', new Date('2022-03-13T15:30:00Z'))).toMatchObject({ from: '2022-03-07', to: '2022-03-13' });
  });
  test('GIVEN no period THEN null', () => expect(parsePeriod('智慧燃气表什么时候完成', now)).toBeNull());
});

describe('a year asked with a short question between it and the verb', () => {
  test('GIVEN 2020年有哪些任务到期 THEN the whole of 2020', () => {
    expect(parsePeriod('2020年有哪些任务到期', new Date('2020-10-10T00:00:00Z'))).toMatchObject({ from: '2020-01-01', to: '2020-12-31' });
  });
});
