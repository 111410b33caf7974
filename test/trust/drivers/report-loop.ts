// Test driver: records reports through recordProgress on the store at argv[2] as fast as it can,
// printing `ack <sourceMessageId>` after each one is committed (what a bot would acknowledge in chat).
// A test SIGKILLs it and checks that every acknowledged report survived.
import { openStore } from '../../../src/store/open.ts';
import { recordProgress } from '../../../src/progress/record.ts';

const store = openStore(process.argv[2]);
let n = 0;
const at = new Date('2022-03-08T02:00:00Z');
function burst(): void {
  for (let i = 0; i < 10; i++) {
    const id = `loop-${process.argv[3] ?? 0}-${n++}`;
    const r = recordProgress(store, { tenant: 'T1', user: 'U1', platform: 'slack', sourceMessageId: id, at, plan: '广州市加快5G应用创新发展三年行动计划', task: '4', percent: n % 101 });
    if (r.status !== 'recorded') throw new Error(r.text);
    process.stdout.write(`ack ${id}\n`);
  }
  setImmediate(burst);
}
burst();
