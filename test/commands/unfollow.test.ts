import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';
import { followedPlans } from '../../src/progress/follow.ts';

describe('/duban unfollow', () => {
  test('GIVEN unfollow THEN removed; again THEN says it was not followed', async ({ store, clock }) => {
    loadGoldPlans(store);
    await say(store, clock, '/duban follow 开封市加快5G产业发展三年行动计划', { isCoordinator: true, channel: 'C9' });
    expect((await say(store, clock, '/duban unfollow 开封市加快5G产业发展三年行动计划', { isCoordinator: true, channel: 'C9' }))!.text).toContain('已取消关注');
    expect(followedPlans(store, 'T1', 'C9')).toHaveLength(0);
    expect((await say(store, clock, '/duban unfollow 开封市加快5G产业发展三年行动计划', { isCoordinator: true, channel: 'C9' }))!.text).toContain('并未关注');
  });
});
