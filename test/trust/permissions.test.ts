// Issue 6 "Permissions": only a unit's members report for it; a coordinator may report for any unit,
// and the report is logged as on behalf. Through dispatch (commands, thread replies) and through
// recordProgress; the reports table is checked after each refusal.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { recordProgress } from '../../src/progress/record.ts';
import { leaveUnit } from '../../src/progress/members.ts';
import { errorMessage } from '../../src/core/errors.ts';
import { chatter, openPromptThread, reportRows, savePlans, PLAN } from './support/world.ts';

const INTERNAL = errorMessage('internal', undefined);

describe('who may report for a unit', () => {
  test('GIVEN a user in no unit THEN a report is refused with how to join, and nothing is stored', async ({ store, clock }) => {
    savePlans(store);
    const chat = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'stranger' });
    for (const text of ['/duban report task:4 status:推进中 percent:60', '/duban report task:4 percent:60 unit:市交通运输局']) {
      const reply = await chat(text);
      expect(reply?.text).toMatch(/join|加入/);
      expect(reply?.text).not.toBe(INTERNAL);
      expect(reply?.ephemeral).toBe(true);
    }
    expect(reportRows(store)).toHaveLength(0);
  });

  test('GIVEN a member of 市交通运输局 THEN they may not report for 市工业和信息化局', async ({ store, clock }) => {
    savePlans(store);
    const chat = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'U-transport' });
    await chat('/duban join 市交通运输局');
    const reply = await chat('/duban report task:4 percent:90 unit:市工信局');
    expect(reply?.text).toMatch(/不是.*成员|not a member/);
    expect(reportRows(store)).toHaveLength(0);
    // Their own unit: recorded, not on behalf.
    expect((await chat('/duban report task:4 percent:20'))?.text).toMatch(/已记录：.*（市交通运输局）/);
    expect(reportRows(store)).toMatchObject([{ reporter: 'U-transport', on_behalf: 0, percent: 20 }]);
  });

  test('GIVEN a member of 市交通运输局 THEN they may not report on a task their unit has no part in', async ({ store, clock }) => {
    savePlans(store);
    const chat = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'U-transport' });
    await chat('/duban join 市交通运输局');
    // 任务13 推进智慧教育领域的5G应用推广: led by 市教育局 alone; 市交通运输局 is not named in it.
    const reply = await chat('/duban report task:13 status:已完成');
    expect(reply?.text, 'a unit reported 已完成 on a task it has no part in').not.toMatch(/已记录/);
    expect(reportRows(store)).toHaveLength(0);
  });

  test('GIVEN a coordinator who is no member THEN they report for the unit, logged as on behalf', async ({ store, clock }) => {
    savePlans(store);
    const coord = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'coord', isCoordinator: true });
    const reply = await coord('/duban report task:4 status:滞后 percent:30 unit:市交通运输局 note:用地审批未完成');
    expect(reply?.text).toMatch(/已记录：.*（市交通运输局，协调人代填）/);
    expect(reportRows(store)).toMatchObject([{ reporter: 'coord', on_behalf: 1, status: '滞后', percent: 30 }]);
    // Without naming the unit a coordinator is asked which one; nothing stored.
    expect((await coord('/duban report task:4 percent:40'))?.text).toMatch(/unit/);
    expect(reportRows(store)).toHaveLength(1);
  });

  test('GIVEN a member who left the unit THEN their next report is refused', async ({ store, clock }) => {
    savePlans(store);
    const chat = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'U-left' });
    await chat('/duban join 市交通运输局');
    expect((await chat('/duban report task:4 percent:10'))?.text).toMatch(/已记录/);
    leaveUnit(store, { tenant: 'T1', user: 'U-left', unit: '市交通运输局' });
    expect((await chat('/duban report task:4 percent:99'))?.text).toMatch(/加入|join/);
    expect(reportRows(store).map((r) => r.percent)).toEqual([10]);
  });

  test('GIVEN a non-member replying in the weekly prompt thread THEN nothing is stored and they are told to join', async ({ store, clock }) => {
    savePlans(store);
    const thread = await openPromptThread(store, clock, 'T1', 'C1');
    const chat = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'passer-by', thread });
    const reply = await chat('任务4 已完成');
    expect(reply?.text).toMatch(/加入|join/);
    expect(reportRows(store)).toHaveLength(0);
  });

  test('GIVEN a member of the unit in another workspace THEN that membership gives no right here', async ({ store, clock }) => {
    savePlans(store);
    await chatter(store, clock, { tenant: 'T2', user: 'U-shared' })('/duban join 市交通运输局');
    const here = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'U-shared' });
    expect((await here('/duban report task:4 percent:50'))?.text).toMatch(/加入|join/);
    const direct = recordProgress(store, { tenant: 'T1', user: 'U-shared', platform: 'slack', sourceMessageId: 'x1', at: clock.now(), plan: PLAN, task: '4', unit: '市交通运输局', percent: 50 });
    expect(direct.status).toBe('rejected');
    expect(reportRows(store)).toHaveLength(0);
  });

  test('GIVEN a user who is not a coordinator THEN digest, import and schedule are refused politely', async ({ store, clock }) => {
    savePlans(store);
    const chat = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'U1' });
    for (const text of ['/duban digest', '/duban import', '/duban schedule digest:周五 16:00']) {
      const reply = await chat(text);
      expect(reply?.text, text).toMatch(/仅限协调人|coordinators only/);
      expect(reply?.ephemeral).toBe(true);
    }
  });
});
