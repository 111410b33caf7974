import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';
import { replyWithGold } from '../support/gold-reply.ts';

describe('/duban target', () => {
  test('GIVEN target 5G基站 year:2022 plan:广州市推进新型基础设施建设实施方案 THEN the 2022 base-station target', async ({ store, clock }) => {
    expect(await replyWithGold(store, clock, '/duban target 5G基站 year:2022 plan:广州市推进新型基础设施建设实施方案')).toContain('3.89万个5G基站');
  });

  test('GIVEN year:1999 THEN bad_option (outside 2000–2100)', async ({ store, clock }) => {
    expect((await say(store, clock, '/duban target year:1999'))!.text).toContain('选项有误');
  });
});
