// One metric under two names is one line of the digest's targets (issue 13): by its key (verbs and
// counting words off: 建成5G基站 / 5G基站, 5G用户 / 5G用户数) across years, and two names of one
// figure in one year (行业专网 / 5G行业专网, 示范应用项目 / 5G应用示范项目); increments (新建) and
// totals stay apart, and so do incompatible units. On the seed 广州5G应用 (parsed and gold) and on
// fixtures of our own.
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { metricKey, sameTargetNamedTwice } from '../../src/digest/metric-key.ts';
import { renderDigestMarkdown } from '../../src/digest/render-text.ts';
import { importPlanFile } from '../../src/plans/import-plans.ts';
import { planReader } from '../../src/store/plan-reader.ts';
import { insertReports } from '../../src/store/progress-writer.ts';
import type { Store } from '../../src/store/open.ts';
import { loadGoldPlans } from '../support/chat.ts';
import { samplePlan, seedPlan } from '../progress/plan-fixture.ts';

const NOW = new Date('2022-03-11T08:00:00Z');
const seed = join(import.meta.dirname, '..', '..', 'seeds', '000-guangzhou-5g-applications-2021-2023.txt');

describe('metricKey', () => {
  test.each([
    ['建成5G基站', '5G基站'],
    ['累计建成5G基站', '5G基站'],
    ['5G基站数量', '5G基站'],
    ['5G用户数', '5G用户'],
    ['5G用戶數', '5G用户'],
    ['用户总数', '用户'],
    ['建设智慧灯杆', '智慧灯杆'],
    ['培育5G应用示范项目', '5G应用示范项目'],
    ['新建5G基站', '+5G基站'],
    ['年均新增5G基站', '+5G基站'],
    ['新增5G工厂', '+5G工厂'],
    ['加(供)氢站', '加供氢站'],
  ])('GIVEN %s THEN %s', (name, key) => expect(metricKey(name)).toBe(key));

  test('GIVEN two keys THEN the same figure named twice only when one’s characters are all in the other’s, never an increment with a total', () => {
    expect(sameTargetNamedTwice('行业专网', '5G行业专网')).toBe(true);
    expect(sameTargetNamedTwice('示范应用项目', '5G应用示范项目')).toBe(true);
    expect(sameTargetNamedTwice('5G基站', '5G站址')).toBe(false);
    expect(sameTargetNamedTwice('+5G基站', '5G基站')).toBe(false);
  });
});

const names = (store: Store, planId: number, week: string) => buildDigest(store, { tenant: 'T', planId, week, now: NOW }).metrics.map((m) => `${m.year} ${m.name}`);

/** No two lines of the targets are one metric by key. */
function expectOneLinePerMetric(lines: string[]) {
  const keys = lines.map((l) => metricKey(l.split(' ').slice(1).join(' ')));
  expect(new Set(keys).size).toBe(keys.length);
}

describe('the targets of the seed 广州5G应用', () => {
  test('GIVEN the parsed seed THEN 5G行业专网 once (行业专网 of 2023 merged), every metric one line, in 2022 and 2023', async ({ store }) => {
    const planId = ((await importPlanFile(store, seed, new Date('2022-01-01T00:00:00Z'))) as { planId: number }).planId;
    for (const week of ['2022-W10', '2023-W10']) {
      const lines = names(store, planId, week);
      expectOneLinePerMetric(lines);
      expect(lines.filter((l) => l.includes('行业专网'))).toHaveLength(1);
      expect(lines.filter((l) => l.includes('用户') && !l.includes('普及率'))).toHaveLength(1);
    }
    expect(names(store, planId, '2023-W10')).toContain('2023 5G行业专网');
  });

  test('GIVEN the gold plan THEN 示范应用项目 and 5G应用示范项目 (both 100个 in 2023) are one line', ({ store }) => {
    loadGoldPlans(store);
    const planId = (store.reader.prepare("SELECT id FROM plans WHERE short_name = '广州5G应用'").get() as { id: number }).id;
    const lines = names(store, planId, '2023-W10');
    expectOneLinePerMetric(lines);
    expect(lines.filter((l) => l.includes('示范'))).toEqual(['2023 5G应用示范项目']);
    expect(lines.filter((l) => l.includes('专网'))).toEqual(['2023 5G行业专网']);
  });
});

function planWith(metrics: Array<{ year: number; name: string; value: number; unit: string | null }>) {
  const base = samplePlan();
  const years = [...new Set(metrics.map((m) => m.year))];
  return {
    ...base,
    plan: { ...base.plan, period: { start: 2021, end: 2023 } },
    targets: years.map((year) => ({
      year, text: `${year}年目标`, taskId: null,
      metrics: metrics.filter((m) => m.year === year).map((m) => ({ name: m.name, value: m.value, unit: m.unit, qualifier: null })),
    })),
  };
}

function report(store: Store, planId: number, week: string, metrics: Array<{ name: string; value: number; unit: string | null; cumulative?: boolean }>) {
  const reader = planReader(store);
  const t = reader.tasksOfPlan(planId)[0];
  const unit = reader.assignmentsOfTask(t.id)[0];
  insertReports(store, [{
    tenant: 'T', planId, taskKeyId: t.taskKeyId, taskId: t.id, unitId: unit.unitId, reporter: 'u', onBehalf: false, status: '推进中', percent: null, note: null,
    metrics, noChange: false, sourcePlatform: 'test', sourceMessageId: `m-${week}-${metrics[0]?.name}`, week, reportedAt: NOW.getTime(),
  }]);
}

describe('metrics named two ways in a plan of our own', () => {
  test('GIVEN 建成5G基站 (2022), 5G基站数 (2023), 新建5G基站 (2022) and 5G用户 without a unit / 5G用户数 in 户 THEN three lines; the figure reported as 5G基站 is read; 1000万户', ({ store }) => {
    const planId = seedPlan(store, planWith([
      { year: 2022, name: '建成5G基站', value: 50000, unit: '个' },
      { year: 2022, name: '新建5G基站', value: 10000, unit: '个' },
      { year: 2022, name: '5G用户', value: 10000000, unit: null },
      { year: 2023, name: '5G基站数', value: 80000, unit: '个' },
      { year: 2023, name: '5G用户数', value: 12000000, unit: '户' },
    ]));
    report(store, planId, '2022-W09', [{ name: '5G基站', value: 42000, unit: '个' }, { name: '5G用户数', value: 9000000, unit: '户' }]);
    const d = buildDigest(store, { tenant: 'T', planId, week: '2022-W10', now: NOW });
    expect(d.metrics.map((m) => [m.year, m.name, m.target])).toEqual([
      [2022, '建成5G基站', 50000],
      [2022, '新建5G基站', 10000],
      [2022, '5G用户', 10000000],
    ]);
    expect(d.metrics[0]).toMatchObject({ latest: 42000, reportedWeek: '2022-W09', percentOfTarget: 84 });
    expect(d.metrics[1].latest).toBeNull();
    expect(d.metrics[2]).toMatchObject({ unit: '户', latest: 9000000 });
    const md = renderDigestMarkdown(d);
    expect(md).toContain('2022年目标 1000万户');
    expect(md).not.toMatch(/5G基站数|5G用户数/);
  });

  test('GIVEN 充电桩 in 个 and 充电桩 in 千瓦, and two names of different figures in one year THEN they stay apart', ({ store }) => {
    const planId = seedPlan(store, planWith([
      { year: 2022, name: '充电桩', value: 55000, unit: '个' },
      { year: 2022, name: '建设充电桩', value: 800000, unit: '千瓦' },
      { year: 2022, name: '行业专网', value: 30, unit: '个' },
      { year: 2022, name: '5G行业专网', value: 20, unit: '个' },
    ]));
    const d = buildDigest(store, { tenant: 'T', planId, week: '2022-W10', now: NOW });
    expect(d.metrics.map((m) => m.name)).toEqual(['充电桩', '建设充电桩', '行业专网', '5G行业专网']);
  });
});
