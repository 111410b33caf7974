import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans } from '../support/chat.ts';
import { listUnitDirectory } from '../../src/plans/unit-listing.ts';
import { savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';

function plan(title: string, issuers: string[], units: string[]): SavablePlan {
  return {
    plan: { title, period: null, issuers, issuedOn: null, docNumber: null, kind: 'plan', about: null, script: 'simplified' },
    targets: [],
    tasks: units.map((u, i) => ({ id: String(i + 1), path: [], title: `任务${i + 1}`, kind: 'task', leads: [u], supports: [], responsible: [], clauses: [], deadlines: [] })),
  };
}

describe('unit directory across cities (issue 12)', () => {
  test('GIVEN the 广州 and 开封 plans THEN two 市工业和信息化局 entries, each with its city and its own plan’s tasks', ({ store }) => {
    loadGoldPlans(store);
    const entries = listUnitDirectory(store).filter((e) => e.name === '市工业和信息化局');
    expect(entries.map((e) => e.label).sort()).toEqual(['市工业和信息化局（广州市）', '市工业和信息化局（开封市）']);
    const kaifeng = entries.find((e) => e.jurisdiction === '开封市')!;
    const kaifengTasks = [...kaifeng.tasks.lead, ...kaifeng.tasks.support, ...kaifeng.tasks.responsible];
    expect(kaifengTasks.length).toBeGreaterThan(0);
    expect(kaifengTasks.every((t) => t.startsWith('开封'))).toBe(true);
    expect(kaifeng.aliases).toContain('开封市工信局');
    // A unit only one city has keeps its short name.
    expect(listUnitDirectory(store).find((e) => e.name === '市港务局')!.label).toBe('市港务局');
  });

  test('GIVEN a new city’s 市数据局 THEN not merged into 广州’s 市政务服务数据管理局 (same key, other city)', ({ store }) => {
    savePlan(store, plan('广州市数据工作方案', ['广州市人民政府'], ['市政务服务数据管理局']), { name: 'a', sha256: 'a' });
    savePlan(store, plan('佛山市数据工作方案', ['佛山市人民政府'], ['市数据局']), { name: 'b', sha256: 'b' });
    savePlan(store, plan('广州市数据二期方案', ['广州市人民政府'], ['市数据局']), { name: 'c', sha256: 'c' });
    const data = listUnitDirectory(store).filter((e) => e.key === '政务服务数据局');
    expect(data.map((e) => [e.jurisdiction, e.names.sort()])).toEqual([
      ['佛山市', ['市数据局']],
      ['广州市', ['市政务服务数据管理局', '市数据局'].sort()],
    ]);
  });
});
