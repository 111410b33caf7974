// A small plan saved through the store engineer's savePlan, for progress and digest tests.
import { savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';
import type { Store } from '../../src/store/open.ts';

export function samplePlan(units = ['广州市工业和信息化局', '市发展改革委', '市交通运输局'], taskCount = 4): SavablePlan {
  const titles = ['加快5G网络建设', '推动5G赋能工业', '推进智慧交通应用', '打造5G产业集群', '完善政策保障', '强化人才支撑'];
  return {
    plan: { title: '广州市加快5G应用创新发展三年行动计划', period: { start: 2020, end: 2022 }, issuers: ['广州市人民政府办公厅'], issuedOn: '2020-03-01', docNumber: null, kind: 'plan', about: null, script: 'simplified' },
    targets: [
      { year: 2022, text: '到2022年，建成5G基站8万个，新增5G工厂100家。', taskId: null, metrics: [
        { name: '建成5G基站', value: 80000, unit: '个', qualifier: null },
        { name: '新增5G工厂', value: 100, unit: '家', qualifier: null },
      ] },
    ],
    tasks: Array.from({ length: taskCount }, (_, i) => ({
      id: String(i + 1),
      path: ['重点任务'],
      title: titles[i % titles.length] + (i >= titles.length ? String(i) : ''),
      kind: 'task' as const,
      leads: [units[i % units.length]],
      supports: [units[(i + 1) % units.length]],
      responsible: [],
      clauses: [],
      deadlines: i === 0 ? [{ date: '2022-03-31', text: '2022年3月底前' }] : i === 1 ? [{ date: '2022-02-28', text: '2022年2月底前' }] : [],
    })),
  };
}

export function seedPlan(store: Store, plan: SavablePlan = samplePlan(), sha = 'sha-1'): number {
  return savePlan(store, plan, { name: 'plan.txt', sha256: sha }, new Date('2022-01-01T00:00:00Z')).planId;
}
