import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { joinUnit, addMember } from '../../src/progress/members.ts';
import { recordProgress } from '../../src/progress/record.ts';
import { follow } from '../../src/progress/follow.ts';
import { historyOfTask, reportsOfWeek } from '../../src/store/progress-reader.ts';
import { planReader } from '../../src/store/plan-reader.ts';
import { samplePlan, seedPlan } from './plan-fixture.ts';
import { savePlan } from '../../src/store/plan-writer.ts';

describe('joinUnit and recordProgress', () => {
  test('join by alias is confirmed with the plan name', ({ store, clock }) => {
    seedPlan(store);
    const r = joinUnit(store, { tenant: 'T1', user: 'u1', unit: '市工信局', now: clock.now() });
    expect(r.unit).toBe('广州市工业和信息化局');
    expect(() => joinUnit(store, { tenant: 'T1', user: 'u1', unit: '不存在的局', now: clock.now() })).toThrow(/unknown_unit/);
  });

  test('a thread reply is parsed and recorded; the same message again records once', ({ store, clock }) => {
    const planId = seedPlan(store);
    joinUnit(store, { tenant: 'T1', user: 'u1', unit: '市工信局', now: clock.now() });
    const input = { tenant: 'T1', user: 'u1', platform: 'slack', channel: 'C1', sourceMessageId: 'm1', at: clock.now(), text: '任务1 已完成60%，新增5G工厂12家' };
    const first = recordProgress(store, input);
    expect(first.status).toBe('recorded');
    expect(first.understood).toContain('推进中');
    expect(first.understood).toContain('60%');
    const again = recordProgress(store, { ...input, at: new Date(clock.now().getTime() + 5000) });
    expect(again.status).toBe('duplicate');
    const rows = reportsOfWeek(store, 'T1', planId, '2022-W10');
    expect(rows).toHaveLength(1);
    expect(rows[0].metrics).toEqual([{ name: '新增5G工厂', value: 12, unit: '家', cumulative: true }]);
    // The same message id in another workspace is another message.
    joinUnit(store, { tenant: 'T2', user: 'u1', unit: '市工信局', now: clock.now() });
    expect(recordProgress(store, { ...input, tenant: 'T2' }).status).toBe('recorded');
  });

  test('only members report; a coordinator reports on behalf', ({ store, clock }) => {
    const planId = seedPlan(store);
    const stranger = recordProgress(store, { tenant: 'T1', user: 'x', sourceMessageId: 'a', at: clock.now(), unit: '市工信局', task: 1, status: '推进中' });
    expect(stranger.status).toBe('rejected');
    expect(stranger.code).toBe('not_a_member');
    const coord = recordProgress(store, { tenant: 'T1', user: 'boss', isCoordinator: true, sourceMessageId: 'b', at: clock.now(), unit: '市工信局', task: 1, status: '滞后' });
    expect(coord.status).toBe('recorded');
    expect(coord.understood).toContain('协调人代填');
    const rows = reportsOfWeek(store, 'T1', planId, '2022-W10');
    expect(rows.map((r) => [r.reporter, r.onBehalf])).toEqual([['boss', true]]);
  });

  test('rejects bad percent, unknown task, missing task; stores nothing', ({ store, clock }) => {
    const planId = seedPlan(store);
    addMember(store, { tenant: 'T1', by: 'boss', isCoordinator: true, user: 'u2', unit: '发改委', now: clock.now() });
    const base = { tenant: 'T1', user: 'u2', sourceMessageId: 'z', at: clock.now() };
    expect(recordProgress(store, { ...base, text: '任务2 完成120%' }).code).toBe('percent_over_100');
    expect(recordProgress(store, { ...base, percent: -5, task: 2 }).code).toBe('percent_negative');
    expect(recordProgress(store, { ...base, text: '任务99 推进中' }).code).toBe('unknown_task');
    expect(recordProgress(store, { ...base, text: '2022年13月完成' }).code).toBe('bad_date');
    // 发改委 has no part in task 3 (交通 leads, 工信局 supports).
    expect(recordProgress(store, { ...base, text: '任务3 已完成' }).code).toBe('not_assigned');
    expect(reportsOfWeek(store, 'T1', planId, '2022-W10')).toHaveLength(0);
    // 发改委 leads task 2 only: a reply without a task number is about task 2.
    const ok = recordProgress(store, { ...base, text: '推进中 30%' });
    expect(ok.text).toContain('任务2');
    expect(ok.status).toBe('recorded');
  });

  test('a new report supersedes the last; history is kept and follows the task into a new plan version', ({ store, clock }) => {
    const planId = seedPlan(store);
    joinUnit(store, { tenant: 'T1', user: 'u1', unit: '市工信局', now: clock.now() });
    recordProgress(store, { tenant: 'T1', user: 'u1', sourceMessageId: 'r1', at: clock.now(), text: '任务1 推进中 40%' });
    // A changed plan file: task 1 keeps its title, the order changes.
    const v2 = samplePlan();
    v2.tasks = [v2.tasks[1], v2.tasks[0], ...v2.tasks.slice(2)].map((t, i) => ({ ...t, id: String(i + 1) }));
    savePlan(store, v2, { name: 'plan.txt', sha256: 'sha-2' }, clock.now());
    const task = planReader(store).tasksOfPlan(planId).find((t) => t.title === '加快5G网络建设')!;
    expect(task.number).toBe('2');
    clock.advance(86_400_000);
    expect(recordProgress(store, { tenant: 'T1', user: 'u1', sourceMessageId: 'r2', at: clock.now(), text: '任务2 推进中 70%' }).status).toBe('recorded');
    const unitId = planReader(store).unitsByAlias('市工信局')[0].id;
    const history = historyOfTask(store, 'T1', unitId, task.taskKeyId);
    expect(history.map((h) => h.percent)).toEqual([40, 70]);
  });

  test('a note or "no change" on a task keeps its last status; a late report for an earlier week goes into history', ({ store, clock }) => {
    const planId = seedPlan(store);
    joinUnit(store, { tenant: 'T1', user: 'u1', unit: '市工信局', now: clock.now() });
    recordProgress(store, { tenant: 'T1', user: 'u1', sourceMessageId: 'n1', at: clock.now(), text: '任务1 滞后 20%' });
    clock.advance(7 * 86_400_000);
    expect(recordProgress(store, { tenant: 'T1', user: 'u1', sourceMessageId: 'n2', at: clock.now(), text: '任务1 本周无新进展' }).week).toBe('2022-W11');
    const [w11] = reportsOfWeek(store, 'T1', planId, '2022-W11');
    expect([w11.status, w11.percent, w11.noChange]).toEqual(['滞后', 20, true]);
    // Backdated to W10 after W11 exists: recorded, but W11 stays the latest.
    recordProgress(store, { tenant: 'T1', user: 'u1', sourceMessageId: 'n3', at: clock.now(), week: '2022-W10', text: '任务1 推进中 25%' });
    const latest = store.reader.prepare('SELECT week FROM reports WHERE tenant = ? AND superseded_by IS NULL AND task_key_id IS NOT NULL').all('T1');
    expect(latest).toEqual([{ week: '2022-W11' }]);
  });

  test('a member of two units who names a task reports for the unit that has a part in it', ({ store, clock }) => {
    seedPlan(store);
    joinUnit(store, { tenant: 'T1', user: 'u9', unit: '市发展改革委', now: clock.now() });
    joinUnit(store, { tenant: 'T1', user: 'u9', unit: '市交通运输局', now: clock.now() });
    // 发改委 leads 2 and supports 1; 交通 leads 3 and supports 2: only 交通 has a part in task 3.
    expect(recordProgress(store, { tenant: 'T1', user: 'u9', sourceMessageId: 'm1', at: clock.now(), text: '任务3 推进中' }).unit).toBe('市交通运输局');
    expect(recordProgress(store, { tenant: 'T1', user: 'u9', sourceMessageId: 'm2', at: clock.now(), text: '任务2 推进中' }).code).toBe('missing_unit');
    expect(recordProgress(store, { tenant: 'T1', user: 'u9', sourceMessageId: 'm3', at: clock.now(), unit: '发改委', text: '任务2 推进中' }).unit).toBe('市发展改革委');
  });

  test('follow resolves the plan by a part of its title', ({ store, clock }) => {
    seedPlan(store);
    expect(follow(store, { tenant: 'T1', channel: 'C1', plan: '5G应用创新', now: clock.now() }).plan).toContain('5G应用');
    expect(() => follow(store, { tenant: 'T1', channel: 'C1', plan: '没有这个规划', now: clock.now() })).toThrow(/unknown_plan/);
  });
});
