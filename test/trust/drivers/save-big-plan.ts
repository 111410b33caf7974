// Test driver: saves one large synthetic plan through savePlan into the store at argv[2], printing
// `saving` just before the write transaction and `saved N` after it, so a test can SIGKILL it
// in the middle of the write. argv[3]: number of tasks.
import { openStore } from '../../../src/store/open.ts';
import { savePlan } from '../../../src/store/plan-writer.ts';
import { bigPlan } from '../support/big-plan-json.ts';

// A title of its own per process: every run saves a new plan, never an unchanged one.
const plan = bigPlan(`崩溃测试${process.pid}`, Number(process.argv[3] ?? 20_000));
const store = openStore(process.argv[2]);
process.stdout.write('saving\n');
const r = savePlan(store, plan, { name: 'big.txt', sha256: `big-${process.pid}` });
process.stdout.write(`saved ${r.tasks}\n`);
store.close();
