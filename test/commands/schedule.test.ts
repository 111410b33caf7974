import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';
import { followedPlans } from '../../src/progress/follow.ts';

describe('/duban schedule', () => {
  test('GIVEN a coordinator sets schedule prompt:周二 10:00 THEN stored; a member THEN refused', async ({ store, clock }) => {
    loadGoldPlans(store);
    await say(store, clock, '/duban follow 广州市加快5G应用创新发展三年行动计划', { isCoordinator: true, channel: 'C9' });
    const refused = await say(store, clock, '/duban schedule prompt:周二 10:00', { channel: 'C9' });
    expect(refused!.text).toContain('仅限协调人');
    const reply = await say(store, clock, '/duban schedule prompt:周二 10:00 digest:周五 17:30', { channel: 'C9', isCoordinator: true });
    expect(reply!.text).toContain('征询 周二 10:00');
    expect(followedPlans(store, 'T1', 'C9')[0]).toMatchObject({ promptDay: 2, promptTime: '10:00', digestTime: '17:30' });
  });

  test('GIVEN /duban schedule with no option (help marks every option optional) THEN the channel\'s schedule, not 缺少必填项', async ({ store, clock }) => {
    loadGoldPlans(store);
    const none = await say(store, clock, '/duban schedule', { channel: 'C9', isCoordinator: true });
    expect(none!.text).toContain('/duban follow');
    await say(store, clock, '/duban follow 广州市加快5G应用创新发展三年行动计划', { isCoordinator: true, channel: 'C9' });
    await say(store, clock, '/duban schedule prompt:周二 10:00', { channel: 'C9', isCoordinator: true });
    const shown = await say(store, clock, '/duban schedule', { channel: 'C9', isCoordinator: true });
    expect(shown!.text).not.toContain('缺少必填项');
    expect(shown!.text).toContain('征询 周二 10:00');
    expect(shown!.text).toContain('/duban schedule prompt:');
  });

  test('GIVEN a schedule in a channel that follows nothing THEN says to follow first', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban schedule prompt:周一 09:00', { channel: 'C-none', isCoordinator: true });
    expect(reply!.text).toContain('/duban follow');
  });
});
