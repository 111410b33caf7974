import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';
import { thresholdsOf } from '../../src/store/schedule-reader.ts';
import { resolvePlan } from '../../src/progress/resolve.ts';

describe('/duban thresholds', () => {
  test('GIVEN a coordinator sets 黄灯:5 红灯:20 THEN stored for the followed plan; shown alone; a member refused; red below yellow refused', async ({ store, clock }) => {
    loadGoldPlans(store);
    await say(store, clock, '/duban follow 广州市加快5G应用创新发展三年行动计划', { isCoordinator: true, channel: 'C9' });
    const planId = resolvePlan(store, '广州市加快5G应用创新发展三年行动计划').id;
    expect((await say(store, clock, '/duban thresholds', { channel: 'C9', isCoordinator: true }))!.text).toContain('落后序时进度 10 个百分点起黄灯，超过 30 个百分点红灯');
    expect((await say(store, clock, '/duban thresholds yellow:5', { channel: 'C9' }))!.text).toContain('仅限协调人');
    const set = await say(store, clock, '/duban thresholds 黄灯:5 红灯:20', { channel: 'C9', isCoordinator: true });
    expect(set!.text).toContain('已更新亮灯阈值');
    expect(thresholdsOf(store, 'T1', planId)).toEqual({ yellow: 5, red: 20 });
    // Only red: yellow stays.
    await say(store, clock, '/duban thresholds red:25', { channel: 'C9', isCoordinator: true });
    expect(thresholdsOf(store, 'T1', planId)).toEqual({ yellow: 5, red: 25 });
    expect((await say(store, clock, '/duban thresholds yellow:40 red:20', { channel: 'C9', isCoordinator: true }))!.text).toMatch(/黄 ≤ 红/);
    expect(thresholdsOf(store, 'T1', planId)).toEqual({ yellow: 5, red: 25 });
    // Another workspace is untouched.
    expect(thresholdsOf(store, 'T2', planId)).toBeNull();
  });
});
