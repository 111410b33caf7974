// Issue 6 "Load", scaled down in count, not in rate: 200 signed thread replies over 12 s (the issue's
// 1,000 a minute) from a second process into the real Bolt receiver; every ack well inside Slack's
// 3 s, p99 under 100 ms, each report stored once. `npm run bench` runs the full 1,000 over 60 s.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runSlackLoad } from '../../src/bench/slack-load.ts';
import { loadGoldPlans } from '../support/chat.ts';

const hasProgress = existsSync(join(import.meta.dirname, '../../src/progress/index.ts'));

test('GIVEN 200 thread replies over 12 s (every 10th retried) THEN all acked within 3 s, p99 < 100 ms, each handled once', async () => {
  const r = await runSlackLoad({ count: 200, durationMs: 12_000, retryEvery: 10, prepare: (store) => void loadGoldPlans(store) });
  console.log(JSON.stringify(r));
  expect(r.sent).toBe(200);
  expect(r.retries).toBe(20);
  expect(r.non2xx).toBe(0);
  expect(r.within3s).toBe(220);
  expect(r.p99).toBeLessThan(100);
  // One acknowledgement per message: the 20 retries did nothing.
  expect(r.acknowledged).toBe(200);
  if (hasProgress) {
    expect(r.stored).toBe(200);
    expect(r.storedDistinct).toBe(200);
  }
}, 60_000);
