// Lights on a seed's dated targets (issue 15), against 序时进度 computed by hand:
// seeds/000 (广州5G应用, 2021–2023, issued 2021-10-08): 2022年 累计建成5G行业专网20个 and 累计培育5G
// 应用示范项目约80个; 12 networks and 24 projects reported at the end of June 2022.
//   year 2022 at 2022-06-30: 181/365 → 50 expected; 12/20 = 60 → gap −10 green; 24/80 = 30 → gap 20 yellow.
//   task 3 (推动5G赋能制造, no deadline of its own: the plan's end) from 2021-10-08 to 2023-12-31 =
//   815 days, 266 gone at 2022-06-30 → 33 expected; 10% reported → gap 23 yellow.
import { describe, expect } from 'vitest';
import { join } from 'node:path';
import { test } from '../support/fixtures.ts';
import { importPlanFile } from '../../src/plans/import-plans.ts';
import { joinUnit } from '../../src/progress/members.ts';
import { recordProgress } from '../../src/progress/record.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { renderDigestMarkdown } from '../../src/digest/render-text.ts';
import { writeThresholds } from '../../src/store/schedule-writer.ts';

const seed = join(import.meta.dirname, '..', '..', 'seeds', '000-guangzhou-5g-applications-2021-2023.txt');

describe('lights on the seed 广州5G应用', () => {
  test('GIVEN 12 of 20 networks, 24 of 80 projects and task 3 at 10% on 2022-06-30 THEN green, yellow, yellow as computed by hand', async ({ store }) => {
    const imported = await importPlanFile(store, seed, new Date('2022-01-01T00:00:00Z'));
    const planId = (imported as { planId: number }).planId;
    const now = new Date('2022-06-30T10:00:00+08:00');
    joinUnit(store, { tenant: 'T1', user: 'u1', unit: '市工业和信息化局', now });
    const r = recordProgress(store, { tenant: 'T1', user: 'u1', sourceMessageId: 'm1', at: now, plan: planId, text: '任务3 推进中 10%，累计建成5G行业专网12个，累计培育5G应用示范项目24个' });
    expect(r.status).toBe('recorded');

    const d = buildDigest(store, { tenant: 'T1', planId, week: '2022-W26', now });
    expect(d.today).toBe('2022-06-30');
    const networks = d.metrics.find((m) => m.name.includes('行业专网'))!;
    expect(networks).toMatchObject({ year: 2022, target: 20, latest: 12, percentOfTarget: 60, expected: 50, gap: -10, light: 'green' });
    const projects = d.metrics.find((m) => m.name.includes('示范项目'))!;
    expect(projects).toMatchObject({ target: 80, latest: 24, percentOfTarget: 30, expected: 50, gap: 20, light: 'yellow' });
    // Not reported: grey.
    expect(d.metrics.find((m) => m.name.includes('用户'))).toMatchObject({ expected: 50, gap: null, light: 'grey' });

    const task3 = d.schedule.find((e) => e.task === '3')!;
    expect(task3).toMatchObject({ expected: 33, actual: 10, gap: 23, light: 'yellow', start: '2021-10-08', deadline: '2023-12-31', unit: '市工业和信息化局' });
    expect(d.schedule.find((e) => e.task === '1')).toMatchObject({ light: 'grey', actual: null });

    // The markdown lists yellow tasks; red before yellow when there is red.
    const md = renderDigestMarkdown(d);
    expect(md).toContain('任务3 推动5G赋能制造：序时 33%，实际 10%，落后 23 个百分点');

    // The plan's own thresholds (5/20): task 3 turns red, projects red, networks stay green.
    writeThresholds(store, { tenant: 'T1', planId, yellow: 5, red: 20, by: 'coord', at: now.getTime() });
    const strict = buildDigest(store, { tenant: 'T1', planId, week: '2022-W26', now });
    expect(strict.thresholds).toEqual({ yellow: 5, red: 20 });
    expect(strict.schedule.find((e) => e.task === '3')!.light).toBe('red');
    expect(strict.metrics.find((m) => m.name.includes('示范项目'))!.light).toBe('yellow');
    const strictMd = renderDigestMarkdown(strict);
    expect(strictMd.indexOf('🔴 红灯（')).toBeGreaterThan(-1);
    expect(strictMd.indexOf('🔴 红灯（')).toBeLessThan(strictMd.indexOf('任务状态'));
    // Another workspace keeps the defaults.
    expect(buildDigest(store, { tenant: 'T2', planId, week: '2022-W26', now }).thresholds).toEqual({ yellow: 10, red: 30 });
  });
});
