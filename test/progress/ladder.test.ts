// The 督办 ladder's levels (issue 15) from the lights of the weeks just ended, newest first.
import { describe, expect, test } from 'vitest';
import { ladderLevels } from '../../src/progress/ladder.ts';
import type { ScheduleEntry } from '../../src/digest/types.ts';

const e = (light: ScheduleEntry['light'], overdue = false): ScheduleEntry => ({
  task: '1', title: 't', expected: 50, actual: 20, gap: 30, light, start: '2024-01-02', deadline: '2025-06-30', overdue, unit: null,
});

describe('ladderLevels', () => {
  test('GIVEN green or grey last week THEN nothing; yellow THEN named; red once THEN named only', () => {
    expect(ladderLevels([e('green'), e('red'), e('red')])).toEqual([]);
    expect(ladderLevels([e('grey')])).toEqual([]);
    expect(ladderLevels([e('yellow'), e('green')])).toEqual(['yellow']);
    expect(ladderLevels([e('red'), e('yellow'), undefined])).toEqual(['yellow']);
  });

  test('GIVEN red two weeks THEN the lead is told; three weeks THEN 督办单; past the deadline THEN 督办单 at once', () => {
    expect(ladderLevels([e('red'), e('red'), e('yellow')])).toEqual(['yellow', 'lead']);
    expect(ladderLevels([e('red'), e('red'), e('red')])).toEqual(['yellow', 'lead', 'coordinator']);
    expect(ladderLevels([e('red', true), e('green'), undefined])).toEqual(['yellow', 'coordinator']);
    expect(ladderLevels([undefined, e('red'), e('red')])).toEqual([]);
  });
});
