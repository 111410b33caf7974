import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';
import { followedPlans } from '../../src/progress/follow.ts';

describe('/duban follow, unfollow, schedule', () => {
  test('GIVEN follow 广州市加快5G应用 THEN the channel follows it with the default schedule', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban follow 广州市加快5G应用创新发展三年行动计划', { channel: 'C9' });
    expect(reply!.text).toContain('本频道已关注《广州市加快5G应用创新发展三年行动计划》');
    expect(reply!.text).toContain('周一 09:00');
    expect(followedPlans(store, 'T1', 'C9')).toHaveLength(1);
    expect(followedPlans(store, 'T2', 'C9')).toHaveLength(0);
  });

  test('GIVEN a coordinator sets schedule prompt:周二 10:00 THEN stored; a member THEN refused', async ({ store, clock }) => {
    loadGoldPlans(store);
    await say(store, clock, '/duban follow 广州市加快5G应用创新发展三年行动计划', { channel: 'C9' });
    const refused = await say(store, clock, '/duban schedule prompt:周二 10:00', { channel: 'C9' });
    expect(refused!.text).toContain('仅限协调人');
    const reply = await say(store, clock, '/duban schedule prompt:周二 10:00 digest:周五 17:30', { channel: 'C9', isCoordinator: true });
    expect(reply!.text).toContain('征询 周二 10:00');
    expect(followedPlans(store, 'T1', 'C9')[0]).toMatchObject({ promptDay: 2, promptTime: '10:00', digestTime: '17:30' });
    expect((await say(store, clock, '/duban schedule', { channel: 'C9', isCoordinator: true }))!.text).toContain('缺少必填项');
  });

  test('GIVEN unfollow THEN removed; again THEN says it was not followed', async ({ store, clock }) => {
    loadGoldPlans(store);
    await say(store, clock, '/duban follow 开封市加快5G产业发展三年行动计划', { channel: 'C9' });
    expect((await say(store, clock, '/duban unfollow 开封市加快5G产业发展三年行动计划', { channel: 'C9' }))!.text).toContain('已取消关注');
    expect(followedPlans(store, 'T1', 'C9')).toHaveLength(0);
    expect((await say(store, clock, '/duban unfollow 开封市加快5G产业发展三年行动计划', { channel: 'C9' }))!.text).toContain('并未关注');
  });
});
