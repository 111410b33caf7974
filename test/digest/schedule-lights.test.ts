// 序时进度 lights (issue 15), hand-computed: expected = elapsed share of the span (both ends counted),
// gap = expected − actual, yellow from 10 points behind, red beyond 30 or past the deadline.
import { describe, expect, test } from 'vitest';
import { expectedShare, lightOfGap, planStart, scheduleReading, taskActual } from '../../src/digest/schedule-lights.ts';

const t = { yellow: 10, red: 30 };

describe('序时进度', () => {
  test('GIVEN a year span THEN 2022-06-30 is 181/365 ≈ 50, the first day 0, the last 100', () => {
    expect(expectedShare('2022-01-01', '2022-12-31', '2022-06-30')).toBe(50);
    expect(expectedShare('2022-01-01', '2022-12-31', '2021-12-31')).toBe(0);
    expect(expectedShare('2022-01-01', '2022-12-31', '2022-12-31')).toBe(100);
    expect(expectedShare('2022-01-01', '2022-12-31', '2023-05-01')).toBe(100);
    // 2024-01-02 → 2025-06-30 is 546 days; 2024-09-27 is day 270 → 49.45 → 49.
    expect(expectedShare('2024-01-02', '2025-06-30', '2024-09-27')).toBe(49);
  });

  test('GIVEN gaps THEN green below 10, yellow 10–30, red beyond 30; thresholds per plan', () => {
    expect(lightOfGap(9.9, t)).toBe('green');
    expect(lightOfGap(-20, t)).toBe('green');
    expect(lightOfGap(10, t)).toBe('yellow');
    expect(lightOfGap(30, t)).toBe('yellow');
    expect(lightOfGap(30.1, t)).toBe('red');
    expect(lightOfGap(15, { yellow: 5, red: 12 })).toBe('red');
  });

  test('GIVEN the example of the issue (45 expected, 30 reported) THEN gap 15, yellow; past the deadline THEN red; nothing reported THEN grey; 已完成 THEN green', () => {
    const base = { start: '2022-01-01', end: '2022-12-31', thresholds: t, done: false, reported: true };
    const at45 = '2022-06-13'; // 164/365 = 44.9 → 45
    expect(scheduleReading({ ...base, today: at45, actual: 30 })).toEqual({ expected: 45, actual: 30, gap: 15, light: 'yellow', overdue: false });
    expect(scheduleReading({ ...base, today: '2023-01-02', actual: 90 })).toMatchObject({ light: 'red', overdue: true });
    expect(scheduleReading({ ...base, today: at45, actual: null, reported: false })).toMatchObject({ expected: 45, light: 'grey' });
    expect(scheduleReading({ ...base, today: '2023-01-02', actual: 100, done: true })).toMatchObject({ light: 'green', overdue: false, actual: 100 });
    // A span with no dates: no expectation, grey.
    expect(scheduleReading({ ...base, start: null, end: null, today: at45, actual: 30 })).toMatchObject({ expected: null, gap: null, light: 'grey' });
  });

  test('GIVEN a status without a figure THEN 已完成 = 100, 未开始 = 0, 推进中 unknown', () => {
    expect(taskActual('已完成', null)).toBe(100);
    expect(taskActual('未开始', null)).toBe(0);
    expect(taskActual('推进中', null)).toBeNull();
    expect(taskActual('推进中', 35)).toBe(35);
  });

  test('GIVEN a plan issued inside its period THEN its clock starts on the day it was issued', () => {
    expect(planStart({ period: { start: 2021, end: 2023 }, issuedOn: '2021-10-08' })).toBe('2021-10-08');
    expect(planStart({ period: { start: 2021, end: 2023 }, issuedOn: '2020-12-20' })).toBe('2021-01-01');
    expect(planStart({ period: null, issuedOn: '2022-03-01' })).toBe('2022-03-01');
  });
});
