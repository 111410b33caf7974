// Issue 6 "nothing lost": dedupe-event claims a platform event before the command runs. If the
// process dies between that claim and the report's write, the platform's redelivery (Slack retries
// an event whose ack it did not get) must still be recorded, not dropped as a duplicate.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { openStore } from '../../src/store/open.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { spawnTs } from './support/spawn.ts';
import { chatter, reportRows, storeWithPlans } from './support/world.ts';
import { inTempDir } from '../support/temp-dir.ts';

describe('a crash between the event claim and the report', { timeout: 120_000 }, () => {
  test('GIVEN SIGKILL after dedupe claimed the event THEN its redelivery is recorded once', async () => {
    await inTempDir(async (dir) => {
      const { db, store } = storeWithPlans(dir, 'dedupe.sqlite');
      await chatter(store, new ManualClock('2022-03-07T01:00:00Z'), { tenant: 'T1', user: 'U1' })('/duban join 市交通运输局');
      store.close();

      const text = '/duban report task:4 status:推进中 percent:60';
      const first = spawnTs('dedupe-crash-driver.ts', [db, 'Ev-crash-1', text], { CRASH: '1' });
      expect((await first.exited).signal).toBe('SIGKILL');
      const retry = spawnTs('dedupe-crash-driver.ts', [db, 'Ev-crash-1', text]);
      await retry.exited;
      const again = spawnTs('dedupe-crash-driver.ts', [db, 'Ev-crash-1', text]);
      await again.exited;

      const check = openStore(db);
      try {
        expect(retry.stdout(), 'the redelivery after the crash was dropped as a duplicate: the report is lost').toMatch(/已记录/);
        expect(again.stdout()).toMatch(/reply: null|已记录过/);
        expect(reportRows(check)).toHaveLength(1);
      } finally {
        check.close();
      }
    });
  });
});
