import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { parseDeadline, fixPlan } from '../../src/plans/corrections.ts';
import { savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';
import { reapplyCorrections } from '../../src/store/plan-corrections.ts';
import { planReader } from '../../src/store/plan-reader.ts';

const plan = (titles: string[]): SavablePlan => ({
  plan: { title: '开封市数据工作方案', period: null, issuers: ['开封市人民政府'], issuedOn: null, docNumber: null, kind: 'plan', about: null, script: 'simplified' },
  targets: [],
  tasks: titles.map((title, i) => ({ id: String(i + 1), path: [], title, kind: 'task', leads: ['市数据局'], supports: [], responsible: [], clauses: [], deadlines: [] })),
});

describe('parseDeadline', () => {
  test('GIVEN the forms a coordinator types THEN the last day of the period named', () => {
    expect(parseDeadline('2022-06-30').date).toBe('2022-06-30');
    expect(parseDeadline('2022-6').date).toBe('2022-06-30');
    expect(parseDeadline('2022年6月底前')).toEqual({ date: '2022-06-30', text: '2022年6月底前' });
    expect(parseDeadline('2024年2月底').date).toBe('2024-02-29');
    expect(parseDeadline('2022年底前').date).toBe('2022-12-31');
    expect(() => parseDeadline('下个月')).toThrow();
    expect(() => parseDeadline('2022-13')).toThrow();
  });
});

describe('corrections across versions', () => {
  test('GIVEN an added task that the next version’s parse finds itself THEN reported as no longer applying, kept', ({ store }) => {
    savePlan(store, plan(['建设数据平台']), { name: 'a', sha256: 'a' });
    const p = planReader(store).plans()[0]!;
    fixPlan(store, { plan: p, add: { title: '开放公共数据', leads: '市数据局' }, by: 'boss', now: new Date(0) });
    expect(planReader(store).tasksOfPlan(p.id).map((t) => t.title)).toEqual(['建设数据平台', '开放公共数据']);
    const v2 = savePlan(store, plan(['建设数据平台', '开放公共数据']), { name: 'b', sha256: 'b' });
    const report = reapplyCorrections(store, v2.planId, v2.versionId);
    expect(report.applied).toEqual([]);
    expect(report.stale.map((c) => c.stateNote)).toEqual(['此版本已有同名任务（解析已识别出它）']);
    // Not added twice.
    expect(planReader(store).tasksOfPlan(p.id).map((t) => t.title)).toEqual(['建设数据平台', '开放公共数据']);
  });

  test('GIVEN a renumbered task THEN the correction follows its title', ({ store }) => {
    savePlan(store, plan(['建设数据平台', '开放公共数据']), { name: 'a', sha256: 'a' });
    const p = planReader(store).plans()[0]!;
    fixPlan(store, { plan: p, task: '2', deadline: '2023年底前', by: 'boss', now: new Date(0) });
    const v2 = savePlan(store, plan(['新增一项', '建设数据平台', '开放公共数据']), { name: 'b', sha256: 'b' });
    expect(reapplyCorrections(store, v2.planId, v2.versionId).applied).toHaveLength(1);
    const moved = planReader(store).taskByNumber(p.id, '3')!;
    expect(moved.title).toBe('开放公共数据');
    expect(planReader(store).deadlinesOfTask(moved.id).map((d) => d.date)).toEqual(['2023-12-31']);
  });
});
