// An outbox retry builds a weekly prompt again: the ladder's steps recorded by the first build
// (once per task and level, ever) must still be in it, so the parts resent say what the sent ones said.
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { importPlanFile } from '../../src/plans/import-plans.ts';
import { joinUnit } from '../../src/progress/members.ts';
import { recordProgress } from '../../src/progress/record.ts';
import { buildWeeklyPrompt } from '../../src/progress/prompt.ts';
import { ladderStepsOfPlan } from '../../src/store/schedule-reader.ts';

const plan = join(import.meta.dirname, '..', 'fixtures', 'schedule', 'holiday-plan-2024-2025.txt');
const at = (local: string) => new Date(`${local}+08:00`);

describe('the weekly prompt built twice in one week', () => {
  test('GIVEN task 1 yellow at the W40 prompt THEN a second build of that prompt names it again, and no step is recorded twice', async ({ store }) => {
    const imported = await importPlanFile(store, plan, at('2024-09-22T20:00:00'));
    const planId = imported.planId!;
    joinUnit(store, { tenant: 'T1', user: 'U1', unit: '市政务服务数据管理局', now: at('2024-09-22T20:00:00') });
    expect(recordProgress(store, { tenant: 'T1', user: 'U1', platform: 'console', sourceMessageId: 'r1', at: at('2024-09-23T10:00:00'), text: '任务1 推进中 20%' }).status).toBe('recorded');
    const input = { tenant: 'T1', planId, week: '2024-W40', now: at('2024-09-30T09:05:00'), timezone: 'Asia/Shanghai' };
    const first = buildWeeklyPrompt(store, input);
    const steps = ladderStepsOfPlan(store, 'T1', planId);
    expect(steps.length).toBeGreaterThan(0);
    const again = buildWeeklyPrompt(store, { ...input, now: at('2024-09-30T10:05:00') });
    expect(again.text).toBe(first.text);
    expect(ladderStepsOfPlan(store, 'T1', planId)).toEqual(steps);
  });
});
