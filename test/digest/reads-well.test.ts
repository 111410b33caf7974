// A digest that reads well (issue 13): one line per task per week, the latest report by report time
// and week (a back-filled older week never wins), last year's figure beside this year's target,
// figures in Chinese units, only followed plans, no plan without tasks.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { renderDigestMarkdown } from '../../src/digest/render-text.ts';
import { requestedDigests } from '../../src/progress/digest-reply.ts';
import { planReader } from '../../src/store/plan-reader.ts';
import { insertReports, upsertFollow, type NewReport } from '../../src/store/progress-writer.ts';
import type { Store } from '../../src/store/open.ts';
import { samplePlan, seedPlan } from '../progress/plan-fixture.ts';

const NOW = new Date('2022-03-11T08:00:00Z');

function reporter(store: Store, planId: number) {
  const reader = planReader(store);
  const tasks = reader.tasksOfPlan(planId);
  let n = 0;
  return (task: number, unitIndex: number, fields: Partial<NewReport> & { week: string; reportedAt: number }) => {
    const t = tasks[task - 1];
    const units = reader.assignmentsOfTask(t.id);
    insertReports(store, [{
      tenant: 'T', planId, taskKeyId: t.taskKeyId, taskId: t.id, unitId: units[unitIndex].unitId, reporter: 'u', onBehalf: false,
      status: '推进中', percent: null, note: null, metrics: [], noChange: false, sourcePlatform: 'test', sourceMessageId: `m${++n}`, ...fields,
    }]);
  };
}

describe('a digest that reads well', () => {
  test('GIVEN two units report task 1 this week with different notes THEN one 重要进展 line, the later report’s', ({ store }) => {
    const planId = seedPlan(store);
    const report = reporter(store, planId);
    report(1, 1, { week: '2022-W10', reportedAt: Date.parse('2022-03-09T02:00:00Z'), status: '推进中', note: '已完成选址工作，正在招标' });
    report(1, 0, { week: '2022-W10', reportedAt: Date.parse('2022-03-08T02:00:00Z'), status: '滞后', note: '选址尚未确定，进度滞后' });
    const d = buildDigest(store, { tenant: 'T', planId, week: '2022-W10', now: NOW });
    expect(d.notes.filter((x) => x.taskNumber === '1').map((x) => x.text)).toEqual(['已完成选址工作，正在招标']);
  });

  test('GIVEN a report for W09 back-filled after W10’s THEN the W10 status and figure stand', ({ store }) => {
    const planId = seedPlan(store);
    const report = reporter(store, planId);
    report(1, 0, { week: '2022-W10', reportedAt: Date.parse('2022-03-08T02:00:00Z'), status: '推进中', metrics: [{ name: '新增5G工厂', value: 30, unit: '家' }] });
    report(1, 1, { week: '2022-W09', reportedAt: Date.parse('2022-03-10T02:00:00Z'), status: '未开始', metrics: [{ name: '新增5G工厂', value: 12, unit: '家' }] });
    const d = buildDigest(store, { tenant: 'T', planId, week: '2022-W10', now: NOW });
    expect(d.statusCounts.推进中).toBe(1);
    expect(d.statusCounts.未开始).toBe(0);
    expect(d.metrics.find((m) => m.name === '新增5G工厂')).toMatchObject({ latest: 30, reportedWeek: '2022-W10' });
  });

  test('GIVEN figures of last year and this THEN this year’s target first with last year’s figure beside, in 万', ({ store }) => {
    const planId = seedPlan(store);
    const report = reporter(store, planId);
    report(1, 0, { week: '2021-W50', reportedAt: Date.parse('2021-12-15T02:00:00Z'), metrics: [{ name: '建成5G基站', value: 48000, unit: '个' }] });
    report(1, 0, { week: '2022-W10', reportedAt: Date.parse('2022-03-08T02:00:00Z'), metrics: [{ name: '建成5G基站', value: 65000, unit: '个' }] });
    const d = buildDigest(store, { tenant: 'T', planId, week: '2022-W10', now: NOW });
    expect(d.metrics[0]).toMatchObject({ name: '建成5G基站', year: 2022, latest: 65000, lastYear: 48000 });
    expect(renderDigestMarkdown(d)).toContain('建成5G基站：6.5万个 / 2022年目标 8万个（81.3%） · 上年 4.8万个');
  });

  test('GIVEN a target of 10000000 with its unit THEN 1000万户, the unit kept', ({ store }) => {
    const plan = samplePlan();
    plan.targets = [{ year: 2022, text: '千兆光纤用户达到1000万户', taskId: null, metrics: [{ name: '千兆光纤用户', value: 10_000_000, unit: '户', qualifier: null }] }];
    const planId = seedPlan(store, plan);
    const md = renderDigestMarkdown(buildDigest(store, { tenant: 'T', planId, week: '2022-W10', now: NOW }));
    expect(md).toContain('2022年目标 1000万户');
    expect(md).not.toContain('10000000');
  });

  test('GIVEN a followed plan, another plan and a 0-task article THEN the CLI digests only the followed one; naming the article is refused', ({ store }) => {
    const followed = seedPlan(store);
    const other = samplePlan();
    other.plan = { ...other.plan, title: '开封市5G产业发展三年行动计划' };
    seedPlan(store, other, 'sha-2');
    const article = samplePlan(undefined, 0);
    article.plan = { ...article.plan, title: '《广州市加快5G应用创新发展三年行动计划》政策解读', kind: 'interpretation' as never };
    article.targets = [];
    const articleId = seedPlan(store, article, 'sha-3');
    const req = { tenant: 'T', week: '2022-W10', now: NOW, timezone: 'Asia/Shanghai' };
    expect(requestedDigests(store, req).map((d) => d.planId)).not.toContain(articleId);
    upsertFollow(store, { tenant: 'T', channel: 'C1', planId: followed, platform: 'console', timezone: 'Asia/Shanghai', at: 0 });
    expect(requestedDigests(store, req).map((d) => d.planId)).toEqual([followed]);
    expect(() => requestedDigests(store, { ...req, plan: articleId })).toThrow(/没有可督办的任务/);
  });
});
