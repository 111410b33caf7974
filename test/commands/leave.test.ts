// Leave (issue 15): /duban leave 到11月30日 and 请假到… in a prompt's thread excuse a member from
// reminders; the digest shows 请假, and a unit whose every member is away is not missing.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { say } from '../support/chat.ts';
import { seedPlan } from '../progress/plan-fixture.ts';
import { joinUnit } from '../../src/progress/members.ts';
import { buildReminder } from '../../src/progress/remind.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { renderDigestMarkdown } from '../../src/digest/render-text.ts';
import { leavesOn } from '../../src/store/schedule-reader.ts';
import { takeThreadReply } from '../../src/progress/take-reply.ts';
import { readLeaveArg, readLeaveInChat } from '../../src/progress/reply/leave-text.ts';

describe('leave', () => {
  test('GIVEN 到11月30日 / 请假到… / 销假 THEN dates resolved against today (a past month is next year)', () => {
    expect(readLeaveArg('到11月30日', '2024-10-08')).toEqual({ until: '2024-11-30' });
    expect(readLeaveArg('至2025年1月3日', '2024-10-08')).toEqual({ until: '2025-01-03' });
    expect(readLeaveArg('3月底', '2024-12-08')).toEqual({ until: '2025-03-31' });
    expect(readLeaveArg('销假', '2024-10-08')).toEqual({ back: true });
    expect(readLeaveArg('下次再说', '2024-10-08')).toBeNull();
    expect(readLeaveInChat('我请假到11月30日，期间由李四代填', '2024-10-08')).toEqual({ until: '2024-11-30' });
    expect(readLeaveInChat('任务3 推进中 60%，预计11月30日完成', '2024-10-08')).toBeNull();
  });

  test('GIVEN the only member of a unit on leave THEN no reminder for it, 请假 in the digest, not missing; 销假 THEN missing again', async ({ store, clock }) => {
    const planId = seedPlan(store);
    joinUnit(store, { tenant: 'T1', user: 'U1', unit: '广州市工业和信息化局', now: clock.now() });
    joinUnit(store, { tenant: 'T1', user: 'U2', unit: '市发展改革委', now: clock.now() });
    joinUnit(store, { tenant: 'T1', user: 'U3', unit: '市发展改革委', now: clock.now() });
    const before = buildReminder(store, { tenant: 'T1', planId, week: '2022-W10' });
    expect(before.units.map((u) => u.unit)).toContain('广州市工业和信息化局');

    const reply = await say(store, clock, '/duban leave 到3月31日', { user: 'U1' });
    expect(reply!.text).toContain('已登记请假至 2022-03-31');
    expect(leavesOn(store, 'T1', '2022-03-09').get('U1')).toBe('2022-03-31');
    // In a prompt's thread: 请假到… is leave, not progress.
    const r = takeThreadReply(store, { tenant: 'T1', user: 'U2', channel: 'C1', thread: 't1', sourceMessageId: 'm1', at: clock.now(), text: '请假到3月20日' });
    expect(r.text).toContain('已登记请假至 2022-03-20');
    expect(r.reportIds).toEqual([]);

    const reminder = buildReminder(store, { tenant: 'T1', planId, week: '2022-W10' });
    expect(reminder.units.map((u) => u.unit)).not.toContain('广州市工业和信息化局');
    // 市发展改革委 still has U3 at work: reminded, without U2.
    expect(reminder.units.find((u) => u.unit === '市发展改革委')?.members).toEqual(['U3']);

    const d = buildDigest(store, { tenant: 'T1', planId, week: '2022-W10', now: clock.now() });
    expect(d.units.missing.map((m) => m.unit)).not.toContain('广州市工业和信息化局');
    expect(d.units.missing.map((m) => m.unit)).toContain('市发展改革委');
    expect(d.units.onLeave).toEqual([
      { unitId: expect.any(Number), unit: '广州市工业和信息化局', members: [{ user: 'U1', until: '2022-03-31' }], whole: true },
      { unitId: expect.any(Number), unit: '市发展改革委', members: [{ user: 'U2', until: '2022-03-20' }], whole: false },
    ]);
    expect(renderDigestMarkdown(d)).toContain('请假：广州市工业和信息化局 至 2022-03-31；市发展改革委（U2） 至 2022-03-20');

    expect((await say(store, clock, '/duban leave 销假', { user: 'U1' }))!.text).toContain('已销假');
    expect(buildDigest(store, { tenant: 'T1', planId, week: '2022-W10', now: clock.now() }).units.missing.map((m) => m.unit)).toContain('广州市工业和信息化局');
  });
});
