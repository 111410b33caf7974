// `npm run bench` section "bad-input" (issue 6 "Bad input"): how fast duban says no. These were time
// bounds in tests; a busy machine made them flaky without anything being wrong, so they are figures
// here and the tests assert only the behaviour (the refusal and its message).
import { dispatch } from '../core/dispatch.ts';
import { decode } from '../ingest/decode.ts';
import { assertLooksLikePlan } from '../ingest/errors.ts';
import { openStore } from '../store/open.ts';
import { MAX_FILE_BYTES } from '../text/limits.ts';
import { systemClock } from '../core/clock.ts';
import { commandList } from '../../commands/index.ts';

const RUNS = 7;

async function medianMs(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    try {
      await run();
    } catch {
      // a refusal is the expected outcome
    }
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1];
}

export async function run(): Promise<void> {
  const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
  console.log(`refuse a file over 10 MB (decode): ${(await medianMs(() => decode({ name: 'big.txt', bytes: big }))).toFixed(1)} ms (was a test bound: < 50 ms)`);
  const notAPlan = '推进实施，'.repeat(200_000);
  console.log(`not-a-plan check on 1 MB of text: ${(await medianMs(() => assertLooksLikePlan(notAPlan, 'big.txt'))).toFixed(1)} ms (was a test bound: < 200 ms)`);
  const store = openStore(':memory:');
  try {
    const text = `任务3 已完成60% ${'新增5G工厂12家，'.repeat(4000)}`.slice(0, 40_000);
    let n = 0;
    const ms = await medianMs(() =>
      dispatch(
        { platform: 'console', tenant: 'console', channel: 'console', thread: null, user: 'bench', text, eventId: `bench-${n++}`, isCoordinator: false, receivedAt: new Date() },
        { store, clock: systemClock, commands: commandList },
      ),
    );
    console.log(`40,000-character message refused (dispatch): ${ms.toFixed(1)} ms (was a test bound: < 500 ms)`);
  } finally {
    store.close();
  }
}
