// Issue 6 "Isolation": two workspaces (a Slack team and a Discord guild) follow the same plan, in
// channels with the same id; neither can read, answer from, or write to the other's members,
// progress or schedules — through dispatch, through the scheduler and through the progress functions.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import type { Store } from '../../src/store/open.ts';
import type { ManualClock } from '../../src/core/clock.ts';
import { listMembers, unitsOfMember, addMember } from '../../src/progress/members.ts';
import { recordProgress } from '../../src/progress/record.ts';
import { followedPlans, setSchedule, unfollow } from '../../src/progress/follow.ts';
import { excuseUnit } from '../../src/progress/excuse.ts';
import { silentUnits } from '../../src/progress/remind.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { readLedger } from '../../src/store/ledger-reader.ts';
import { chatter, memoryPoster, openPromptThread, reportRows, savePlans, PLAN } from './support/world.ts';

const A = 'T-slack-team';
const B = 'G-discord-guild';
const SECRET = '机密：用地审批尚待市规划局批复';

/** B is a Discord guild, or (platformB 'slack') a second Slack team whose ids collide with A's. */
async function twoWorkspaces(store: Store, clock: ManualClock, platformB: 'slack' | 'discord' = 'discord') {
  const [planId] = savePlans(store);
  const threadA = await openPromptThread(store, clock, A, 'C1', memoryPoster('slack'));
  const threadB = await openPromptThread(store, clock, B, 'C1', memoryPoster(platformB));
  const a = chatter(store, clock, { platform: 'slack', tenant: A, channel: 'C1', user: 'alice' });
  const b = chatter(store, clock, { platform: platformB, tenant: B, channel: 'C1', user: 'bob' });
  await a('/duban join 市交通运输局');
  expect((await a(`任务4 滞后 30% ${SECRET}`, { thread: threadA }))?.text).toMatch(/已记录/);
  return { planId, threadA, threadB, a, b };
}

describe('two workspaces, one plan', () => {
  test('GIVEN A has a member and a report THEN B sees neither: members, digest, prompt, ledger', async ({ store, clock }) => {
    const { planId, b } = await twoWorkspaces(store, clock);
    expect(listMembers(store, A).map((m) => m.user)).toEqual(['alice']);
    expect(listMembers(store, B)).toEqual([]);
    expect(unitsOfMember(store, B, 'alice')).toEqual([]);

    const week = '2022-W10';
    const digestB = buildDigest(store, { tenant: B, planId, week, now: clock.now(), timezone: 'Asia/Shanghai' });
    expect(digestB.units.reported).toEqual([]);
    expect(JSON.stringify(digestB)).not.toContain(SECRET);
    expect(digestB.statusCounts['滞后']).toBe(0);
    const digestA = buildDigest(store, { tenant: A, planId, week, now: clock.now(), timezone: 'Asia/Shanghai' });
    expect(digestA.statusCounts['滞后']).toBe(1);

    // Through dispatch: B's coordinator asks for the digest, B's user asks about the task.
    const coordB = await b('/duban digest', { user: 'bob-coord', isCoordinator: true });
    expect(coordB?.text).toBeTruthy();
    expect(JSON.stringify(coordB)).not.toContain(SECRET);
    expect(JSON.stringify(coordB)).not.toContain('滞后 30');
    for (const q of ['任务4的进展如何', '推动5G赋能交通 进度', '哪些任务滞后']) {
      const reply = await b(q);
      expect(JSON.stringify(reply), q).not.toContain(SECRET);
    }
    expect(readLedger(store, { tenant: B }).find((r) => r.taskId === '4')?.status).toBeNull();
    expect(readLedger(store, { tenant: A }).find((r) => r.taskId === '4')?.status).toBe('滞后');
  });

  test("GIVEN a second Slack team whose channel and prompt thread ids equal A's THEN B's replies are B's alone", async ({ store, clock }) => {
    const { threadA, threadB, b } = await twoWorkspaces(store, clock, 'slack');
    expect(threadB).toBe(threadA); // the same channel id and thread ts in two teams
    // Not a member in B yet: refused, and nothing lands in A although A has a member in that unit.
    await b('任务4 已完成 100%', { thread: threadB, messageId: 'same-ts-1' });
    expect(reportRows(store)).toHaveLength(1);
    await b('/duban join 市交通运输局');
    expect((await b('任务4 推进中 50%', { thread: threadB, messageId: 'same-ts-2' }))?.text).toMatch(/已记录/);
    expect(reportRows(store, 'tenant = ?', A).map((r) => r.status)).toEqual(['滞后']);
    expect(reportRows(store, 'tenant = ?', A).map((r) => r.percent)).toEqual([30]);
    expect(reportRows(store, 'tenant = ?', B).map((r) => r.percent)).toContain(50);
  });

  test("GIVEN B's coordinator THEN they cannot write A's progress, members, schedule, follows or excuses", async ({ store, clock }) => {
    const { planId } = await twoWorkspaces(store, clock);
    const before = {
      reports: reportRows(store, 'tenant = ?', A),
      follows: followedPlans(store, A, 'C1'),
    };
    // B's coordinator reports for the unit: stored under B only.
    const r = recordProgress(store, { tenant: B, user: 'bob-coord', isCoordinator: true, platform: 'discord', sourceMessageId: 'd-1', at: clock.now(), plan: PLAN, unit: '市交通运输局', task: '4', status: '已完成' });
    expect(r.status).toBe('recorded');
    // B adds a member and changes its schedule, unfollows, excuses the unit: none of it reaches A.
    addMember(store, { tenant: B, user: 'mallory', unit: '市交通运输局', by: 'bob-coord', isCoordinator: true, now: clock.now() });
    setSchedule(store, { tenant: B, channel: 'C1', digest: '周六 20:00', timezone: 'Asia/Shanghai', now: clock.now() });
    excuseUnit(store, { tenant: B, unit: '市交通运输局', week: '2022-W10', by: 'bob-coord', isCoordinator: true, now: clock.now() });
    unfollow(store, { tenant: B, channel: 'C1', plan: planId, now: clock.now() });

    expect(reportRows(store, 'tenant = ?', A)).toEqual(before.reports);
    expect(listMembers(store, A).map((m) => m.user)).toEqual(['alice']);
    expect(followedPlans(store, A, 'C1')).toEqual(before.follows);
    expect(followedPlans(store, A, 'C1')[0]).toMatchObject({ digestDay: 5, digestTime: '16:00' });
    expect(silentUnits(store, { tenant: A, planId, week: '2022-W10' }).excused.size).toBe(0);
    expect(readLedger(store, { tenant: A }).find((x) => x.taskId === '4')?.status).toBe('滞后');
  });

  test("GIVEN both follow the plan THEN the scheduler posts each workspace's digest to it alone, built from its own reports", async ({ store, clock }) => {
    await twoWorkspaces(store, clock);
    const poster = memoryPoster('slack');
    const posterB = memoryPoster('discord');
    const { startScheduler } = await import('../../src/progress/scheduler.ts');
    const { commandList } = await import('../../commands/index.ts');
    clock.set('2022-03-11T09:00:00Z'); // Friday 17:00 local: digests due
    const s = startScheduler({ deps: { store, clock, commands: commandList }, posters: [poster, posterB], tickMs: 0 });
    await s.tick();
    s.stop();
    const digestA = poster.posted.find((p) => p.key.endsWith('/digest'));
    const digestB = posterB.posted.find((p) => p.key.endsWith('/digest'));
    expect(digestA?.target.tenant).toBe(A);
    expect(digestB?.target.tenant).toBe(B);
    expect(poster.posted.every((p) => p.target.tenant === A)).toBe(true);
    expect(posterB.posted.every((p) => p.target.tenant === B)).toBe(true);
    expect(JSON.stringify(digestB?.reply)).not.toContain('用地审批');
  });
});
