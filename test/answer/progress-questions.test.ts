// Progress questions from the store (issue 10): overdue, behind, not reported, a task's latest report.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { answerQuestion } from '../../src/answer/index.ts';
import { planReader } from '../../src/store/plan-reader.ts';
import { insertReports, upsertFollow } from '../../src/store/progress-writer.ts';
import { loadGold } from './gold-store.ts';

const now = new Date('2022-03-07T01:00:00Z'); // Monday of 2022-W10 in Shanghai

function planId(store: Parameters<typeof planReader>[0], title: string): number {
  return planReader(store).plans().find((p) => p.title === title)!.id;
}

describe('progress questions', () => {
  test('GIVEN no reports THEN 哪些任务已经逾期了 lists tasks past a deadline or a dated target, not later ones', ({ store }) => {
    loadGold(store);
    const a = answerQuestion(store, '哪些任务已经逾期了？', { now });
    expect(a.intent).toBe('progress');
    const titles = a.tasks.map((t) => t.title);
    expect(titles).toEqual(expect.arrayContaining(['统筹5G基站规划布局', '加快推进5G网络建设', '智慧城市']));
    expect(titles).not.toContain('智慧医疗'); // 到2022年…: due at the end of 2022
  });

  test('GIVEN a report 滞后 on 任务6 THEN 哪些任务滞后了 names it; 任务6进展如何 shows the latest report', ({ store }) => {
    loadGold(store);
    const gz = planId(store, '广州市加快5G应用创新发展三年行动计划');
    const task = planReader(store).taskByNumber(gz, '6')!;
    const unit = planReader(store).unitsByKey('农业农村局')[0]!;
    insertReports(store, [{
      tenant: 'console', sourcePlatform: 'console', sourceMessageId: 'm1', planId: gz, taskKeyId: task.taskKeyId, taskId: task.id, unitId: unit.id,
      reporter: 'u', onBehalf: false, status: '滞后', percent: 30, note: '设备未到货', metrics: [], noChange: false, week: '2022-W10', reportedAt: now.getTime(),
    }]);
    const behind = answerQuestion(store, '哪些任务滞后了？', { now, tenant: 'console' });
    expect(behind.tasks.map((t) => t.title)).toEqual(['推动5G赋能农业']);
    const latest = answerQuestion(store, '广州5G应用任务6进展如何？', { now, tenant: 'console' });
    expect(latest.text).toContain('滞后');
    expect(latest.text).toContain('设备未到货');
    expect(answerQuestion(store, '哪些任务滞后了？', { now, tenant: 'other' }).tasks).toEqual([]);
  });

  test('GIVEN a followed plan and no report this week THEN 哪些单位还没有填报 lists its units', ({ store }) => {
    loadGold(store);
    const gz = planId(store, '广州市加快5G应用创新发展三年行动计划');
    upsertFollow(store, { tenant: 'console', channel: 'c', planId: gz, platform: 'console', timezone: 'Asia/Shanghai', at: now.getTime() });
    const a = answerQuestion(store, '哪些单位还没有填报？', { now, tenant: 'console' });
    expect(a.intent).toBe('progress');
    expect(a.units).toContain('市农业农村局');
  });
});
