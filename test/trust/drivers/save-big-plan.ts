// Test driver: saves one large synthetic plan through savePlan into the store at argv[2], printing
// `saving` just before the write transaction and `saved N` after it, so a test can SIGKILL it
// in the middle of the write. argv[3]: number of tasks.
import { openStore } from '../../../src/store/open.ts';
import { savePlan, type SavablePlan } from '../../../src/store/plan-writer.ts';
import { BIG_PLAN_META, bigPlanTasks } from '../support/big-plan-json.ts';

const n = Number(process.argv[3] ?? 20_000);
// The same task builder as the Plan JSON files, untagged (''), with 50 targets of its own.
const plan: SavablePlan = {
  plan: { ...BIG_PLAN_META, title: `崩溃测试行动计划${process.pid}` },
  targets: Array.from({ length: 50 }, (_, i) => ({ year: 2021 + (i % 3), text: `目标${i}：建成5G基站${i}万座`, taskId: null, metrics: [{ name: '5G基站', value: i * 1e4, unit: '座', qualifier: '累计' }] })),
  tasks: bigPlanTasks('', n),
};
const store = openStore(process.argv[2]);
process.stdout.write('saving\n');
const r = savePlan(store, plan, { name: 'big.txt', sha256: `big-${process.pid}` });
process.stdout.write(`saved ${r.tasks}\n`);
store.close();
