import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';
import { followedPlans } from '../../src/progress/follow.ts';

describe('/duban follow', () => {
  test('GIVEN follow 广州市加快5G应用 THEN the channel follows it with the default schedule', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban follow 广州市加快5G应用创新发展三年行动计划', { isCoordinator: true, channel: 'C9' });
    expect(reply!.text).toContain('本频道已关注《广州市加快5G应用创新发展三年行动计划》');
    expect(reply!.text).toContain('周一 09:00');
    expect(followedPlans(store, 'T1', 'C9')).toHaveLength(1);
    expect(followedPlans(store, 'T2', 'C9')).toHaveLength(0);
  });

});

describe('/duban follow permissions', () => {
  test('GIVEN a member (not a coordinator) THEN refused, nothing followed', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban follow 广州市加快5G应用创新发展三年行动计划', { channel: 'C8' });
    expect(reply!.ephemeral).toBe(true);
    expect(followedPlans(store, 'T1', 'C8')).toHaveLength(0);
  });
});
