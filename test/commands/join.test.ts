import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';
import { unitsOfMember } from '../../src/progress/members.ts';

describe('/duban join', () => {
  test('GIVEN join 市工信局 THEN confirmed with the plan’s name and stored for this tenant only', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban join 市工信局', { platform: 'slack', tenant: 'T1', user: 'U7' });
    expect(reply!.text).toContain('已加入 市工业和信息化局');
    expect(unitsOfMember(store, 'T1', 'U7').map((m) => m.unit)).toEqual(['市工业和信息化局']);
    expect(unitsOfMember(store, 'T2', 'U7')).toEqual([]);
    expect((await say(store, clock, '/duban 加入 市工业和信息化局', { platform: 'slack', tenant: 'T1', user: 'U7' }))!.text).toContain('你已是');
  });

  test('GIVEN an unknown unit THEN unknown_unit, nothing stored', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban join 火星管理局', { user: 'U8' });
    expect(reply!.text).toContain('找不到单位');
    expect(unitsOfMember(store, 'T1', 'U8')).toEqual([]);
  });
});
