// Large Plan JSON files (spec/plan-json.md) that `duban import` and the seed loader take without the
// parser: big enough that saving one takes a few hundred ms, so a kill lands between or inside files.
import { writeFileSync } from 'node:fs';
import type { SavablePlan } from '../../../src/store/plan-writer.ts';

const UNITS = ['市工业和信息化局', '市发展改革委', '市科技局', '市交通运输局', '各区政府'];

export function bigPlan(tag: string, tasks: number): SavablePlan {
  return {
    plan: { ...BIG_PLAN_META, title: `${tag}加快5G应用发展行动计划` },
    targets: [{ year: 2022, text: '累计建成5G基站8万座', taskId: null, metrics: [{ name: '5G基站', value: 80000, unit: '座', qualifier: '累计' }] }],
    tasks: bigPlanTasks(tag, tasks),
  };
}

/** The plan fields every big plan shares; callers set the title. */
export const BIG_PLAN_META: SavablePlan['plan'] = { title: '', period: { start: 2021, end: 2023 }, issuers: ['市人民政府'], issuedOn: null, docNumber: null, kind: 'plan', about: null, script: 'simplified' };

/** `count` tasks, each with one clause and one deadline; `tag` prefixes title and body (may be ''). */
export function bigPlanTasks(tag: string, count: number): SavablePlan['tasks'] {
  return Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    path: ['二、重点任务'],
    title: `${tag}推动5G赋能第${i + 1}号工程`,
    kind: 'task' as const,
    body: `${tag}推动5G赋能第${i + 1}号工程。加快5G在各领域的应用，2022年底前完成。`.repeat(3),
    original: `推动5G赋能第${i + 1}號工程。`,
    leads: [UNITS[i % UNITS.length]],
    supports: [UNITS[(i + 2) % UNITS.length]],
    responsible: [],
    clauses: [{ text: `加快5G在第${i + 1}领域的应用`, leads: [UNITS[i % UNITS.length]], supports: [], responsible: [] }],
    deadlines: [{ date: '2022-12-31', text: '2022年底前完成' }],
  }));
}

export function writeBigPlan(file: string, tag: string, tasks: number): void {
  writeFileSync(file, JSON.stringify(bigPlan(tag, tasks)));
}
