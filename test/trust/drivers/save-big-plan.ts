// Test driver: saves one large synthetic plan through savePlan into the store at argv[2], printing
// `saving` just before the write transaction and `saved N` after it, so a test can SIGKILL it
// in the middle of the write. argv[3]: number of tasks.
import { openStore } from '../../../src/store/open.ts';
import { savePlan, type SavablePlan } from '../../../src/store/plan-writer.ts';

const n = Number(process.argv[3] ?? 20_000);
const units = ['市工业和信息化局', '市发展改革委', '市科技局', '市交通运输局', '各区政府'];
const plan: SavablePlan = {
  plan: { title: `崩溃测试行动计划${process.pid}`, period: { start: 2021, end: 2023 }, issuers: ['市人民政府'], issuedOn: null, docNumber: null, kind: 'plan', about: null, script: 'simplified' },
  targets: Array.from({ length: 50 }, (_, i) => ({ year: 2021 + (i % 3), text: `目标${i}：建成5G基站${i}万座`, taskId: null, metrics: [{ name: '5G基站', value: i * 1e4, unit: '座', qualifier: '累计' }] })),
  tasks: Array.from({ length: n }, (_, i) => ({
    id: String(i + 1),
    path: ['二、重点任务'],
    title: `推动5G赋能第${i + 1}号工程`,
    kind: 'task' as const,
    body: `推动5G赋能第${i + 1}号工程。加快5G在各领域的应用，2022年底前完成。`.repeat(3),
    original: `推动5G赋能第${i + 1}號工程。`,
    leads: [units[i % units.length]],
    supports: [units[(i + 2) % units.length]],
    responsible: [],
    clauses: [{ text: `加快5G在第${i + 1}领域的应用`, leads: [units[i % units.length]], supports: [], responsible: [] }],
    deadlines: [{ date: '2022-12-31', text: '2022年底前完成' }],
  })),
};
const store = openStore(process.argv[2]);
process.stdout.write('saving\n');
const r = savePlan(store, plan, { name: 'big.txt', sha256: `big-${process.pid}` });
process.stdout.write(`saved ${r.tasks}\n`);
store.close();
