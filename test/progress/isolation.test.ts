// Two workspaces following the same plan never see or change each other's members, reports,
// schedules, excuses or prompt threads (issue 6 isolation).
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { joinUnit, listMembers } from '../../src/progress/members.ts';
import { follow, setSchedule, followedPlans } from '../../src/progress/follow.ts';
import { recordProgress } from '../../src/progress/record.ts';
import { excuseUnit } from '../../src/progress/excuse.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { buildReminder } from '../../src/progress/remind.ts';
import { duePosts } from '../../src/progress/schedule.ts';
import { markSent, claimPost } from '../../src/progress/outbox.ts';
import { promptOfThread } from '../../src/store/progress-reader.ts';
import { seedPlan } from './plan-fixture.ts';

describe('isolation between workspaces', () => {
  test('members, reports, digests, schedules and excuses stay in their tenant', ({ store, clock }) => {
    const planId = seedPlan(store);
    joinUnit(store, { tenant: 'A', user: 'alice', unit: '市工信局', now: clock.now() });
    joinUnit(store, { tenant: 'B', user: 'bob', unit: '市交通运输局', now: clock.now() });
    expect(listMembers(store, 'A').map((m) => m.user)).toEqual(['alice']);
    expect(listMembers(store, 'B').map((m) => m.user)).toEqual(['bob']);

    // alice is a member in A only: in B she cannot report, even for the same unit.
    expect(recordProgress(store, { tenant: 'A', user: 'alice', sourceMessageId: 'm1', at: clock.now(), text: '任务1 滞后 20%' }).status).toBe('recorded');
    expect(recordProgress(store, { tenant: 'B', user: 'alice', sourceMessageId: 'm2', at: clock.now(), unit: '市工信局', text: '任务1 已完成' }).code).toBe('not_a_member');

    const a = buildDigest(store, { tenant: 'A', planId, week: '2022-W10', now: clock.now() });
    const b = buildDigest(store, { tenant: 'B', planId, week: '2022-W10', now: clock.now() });
    expect(a.statusCounts['滞后']).toBe(1);
    expect(b.statusCounts['滞后']).toBe(0);
    expect(a.units.reported.map((u) => u.unit)).toEqual(['广州市工业和信息化局']);
    expect(b.units.reported).toEqual([]);
    expect(b.units.expected).toBe(1); // only B's own member unit
    expect(JSON.stringify(b)).not.toContain('alice');

    // Schedules: same channel id in both workspaces, different schedules.
    follow(store, { tenant: 'A', channel: 'C', plan: planId, now: clock.now() });
    follow(store, { tenant: 'B', channel: 'C', plan: planId, timezone: 'America/New_York', now: clock.now() });
    setSchedule(store, { tenant: 'B', channel: 'C', prompt: '周二 10:00', now: clock.now() });
    expect(followedPlans(store, 'A', 'C')[0]).toMatchObject({ promptDay: 1, promptTime: '09:00', timezone: 'Asia/Shanghai' });
    expect(followedPlans(store, 'B', 'C')[0]).toMatchObject({ promptDay: 2, promptTime: '10:00', timezone: 'America/New_York' });

    // Excusing in A does not excuse in B.
    excuseUnit(store, { tenant: 'A', by: 'boss', isCoordinator: true, unit: '市交通运输局', week: '2022-W10', now: clock.now() });
    joinUnit(store, { tenant: 'A', user: 'carol', unit: '市交通运输局', now: clock.now() });
    expect(buildReminder(store, { tenant: 'A', planId, week: '2022-W10' }).units.map((u) => u.unit)).toEqual([]);
    expect(buildReminder(store, { tenant: 'B', planId, week: '2022-W10' }).units.map((u) => u.unit)).toEqual(['市交通运输局']);

    // Posts and prompt threads: A's sent prompt is not B's, and A's thread id means nothing in B.
    clock.set('2022-03-15T15:00:00Z');
    const dueA = duePosts(store, clock.now(), { tenant: 'A' });
    expect(dueA.every((d) => d.key.tenant === 'A')).toBe(true);
    const promptA = dueA.find((d) => d.kind === 'prompt')!;
    expect(claimPost(store, promptA.key, clock.now())).toBe('claimed');
    markSent(store, promptA.key, 'ts-1', { thread: 'ts-1', now: clock.now() });
    expect(promptOfThread(store, 'A', 'C', 'ts-1')).toEqual({ planId, week: '2022-W11' });
    expect(promptOfThread(store, 'B', 'C', 'ts-1')).toBeNull();
    expect(duePosts(store, clock.now(), { tenant: 'B' }).some((d) => d.kind === 'prompt')).toBe(true);
  });
});
