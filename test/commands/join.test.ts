import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';
import { unitsOfMember } from '../../src/progress/members.ts';

describe('/duban join', () => {
  test('GIVEN join 广州市工信局 THEN confirmed with the plan’s name and stored for this tenant only', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban join 广州市工信局', { platform: 'slack', tenant: 'T1', user: 'U7' });
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

  // Issue 12: 广州 and 开封 both have a 市工业和信息化局; they are two units.
  test('GIVEN 市工信局 in 广州 and 开封 plans and no follow THEN ambiguous, naming both cities; nothing stored', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban join 市工信局', { platform: 'slack', tenant: 'T3', user: 'U9' });
    expect(reply!.text).toContain('市工业和信息化局（广州市）');
    expect(reply!.text).toContain('市工业和信息化局（开封市）');
    expect(unitsOfMember(store, 'T3', 'U9')).toEqual([]);
  });

  test('GIVEN a workspace following the 开封 plan THEN join 市工信局 joins 开封市’s unit, not 广州市’s', async ({ store, clock }) => {
    loadGoldPlans(store);
    await say(store, clock, '/duban follow 开封市加快5G产业发展三年行动计划', { platform: 'slack', tenant: 'T4', user: 'boss', isCoordinator: true });
    expect((await say(store, clock, '/duban join 市工信局', { platform: 'slack', tenant: 'T4', user: 'U1' }))!.text).toContain('已加入 市工业和信息化局（开封市）');
    await say(store, clock, '/duban join 广州市工信局', { platform: 'slack', tenant: 'T4', user: 'U2' });
    const [kaifeng] = unitsOfMember(store, 'T4', 'U1');
    const [guangzhou] = unitsOfMember(store, 'T4', 'U2');
    expect(kaifeng!.unit).toBe('市工业和信息化局');
    expect(guangzhou!.unit).toBe('市工业和信息化局');
    expect(kaifeng!.unitId).not.toBe(guangzhou!.unitId);
  });
});
