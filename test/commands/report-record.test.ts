// Reports recorded through dispatch: options, free text in a prompt thread, duplicates, membership.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';
import { claimPost, markSent } from '../../src/progress/outbox.ts';
import { planReader } from '../../src/store/plan-reader.ts';
import type { Store } from '../../src/store/open.ts';

function reportCount(store: Store): number {
  return (store.reader.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
}

async function member(store: Store, clock: Parameters<typeof say>[1], user = 'U1', unit = '市农业农村局') {
  loadGoldPlans(store);
  // Follow first: 市农业农村局 is in the 广州 and the 开封 plans, and the follow says which city (issue 12).
  await say(store, clock, '/duban follow 广州市加快5G应用创新发展三年行动计划', { isCoordinator: true, platform: 'slack' });
  await say(store, clock, `/duban join ${unit}`, { user, platform: 'slack' });
}

describe('/duban report recording', () => {
  test('GIVEN a member reports task:6 status:推进中 percent:60 THEN recorded and confirmed', async ({ store, clock }) => {
    await member(store, clock);
    const reply = await say(store, clock, '/duban report task:6 status:推进中 percent:60 note:新建智慧农场2个', { platform: 'slack' });
    expect(reply!.text).toContain('（市农业农村局）');
    expect(reply!.text).toContain('已记录：任务6 推进中 60%');
    expect(reply!.ephemeral).toBe(false);
    expect(reportCount(store)).toBe(1);
  });

  test('GIVEN a free-text reply in the weekly prompt thread THEN routed to report and recorded once, even redelivered', async ({ store, clock }) => {
    await member(store, clock);
    const planId = planReader(store).plans().find((p) => p.title.startsWith('广州市加快5G'))!.id;
    const key = { tenant: 'T1', channel: 'C1', planId, week: '2022-W10', kind: 'prompt' as const };
    claimPost(store, key, clock.now());
    markSent(store, key, '1646614800.000100', { thread: '1646614800.000100', now: clock.now() });
    const event = { platform: 'slack' as const, thread: '1646614800.000100', eventId: 'Ev-thread-1', messageId: '1646618400.000200' };
    const reply = await say(store, clock, '已完成60%，新增5G智慧农场3个', event);
    expect(reply!.text).toContain('（市农业农村局）');
    expect(reportCount(store)).toBe(1);
    // Slack retries the event (same event_id): nothing at all.
    expect(await say(store, clock, '已完成60%，新增5G智慧农场3个', event)).toBeNull();
    // The same message delivered under another event id (Discord resume): recorded once.
    const again = await say(store, clock, '已完成60%，新增5G智慧农场3个', { ...event, eventId: 'Ev-thread-2' });
    expect(again!.text).toContain('未重复记录');
    expect(reportCount(store)).toBe(1);
  });

  test('GIVEN a non-member reports for a unit THEN refused; a coordinator THEN recorded on behalf', async ({ store, clock }) => {
    await member(store, clock);
    const refused = await say(store, clock, '/duban report unit:市农业农村局 task:6 percent:20', { platform: 'slack', user: 'U99' });
    expect(refused!.text).toContain('不是 市农业农村局 的成员');
    expect(refused!.ephemeral).toBe(true);
    expect(reportCount(store)).toBe(0);
    const coord = await say(store, clock, '/duban report unit:市农业农村局 task:6 percent:20', { platform: 'slack', user: 'U99', isCoordinator: true });
    expect(coord!.text).toContain('协调人代填');
    expect(reportCount(store)).toBe(1);
  });

  test('GIVEN an unknown task number THEN unknown_task, nothing stored', async ({ store, clock }) => {
    await member(store, clock);
    const reply = await say(store, clock, '/duban report task:99 percent:20', { platform: 'slack' });
    expect(reply!.text).toContain('找不到任务 99');
    expect(reportCount(store)).toBe(0);
  });
});
