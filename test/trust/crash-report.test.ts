// Issue 6 "nothing lost": a report acknowledged in chat survives a SIGKILL right after (WAL with
// synchronous=FULL, one transaction per report), and the store stays consistent.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { openStore } from '../../src/store/open.ts';
import { joinUnit } from '../../src/progress/members.ts';
import { checkIntegrity } from '../../src/store/backup.ts';
import { spawnTs, kill } from './support/spawn.ts';
import { storeWithPlans } from './support/world.ts';
import { inTempDir } from '../support/temp-dir.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('acknowledged reports across SIGKILL', { timeout: 120_000 }, () => {
  test('GIVEN five kills of a process recording reports THEN every acknowledged report is in the store', async () => {
    await inTempDir(async (dir) => {
      const { db, store } = storeWithPlans(dir, 'acks.sqlite');
      joinUnit(store, { tenant: 'T1', user: 'U1', unit: '市交通运输局', now: new Date('2022-03-07T01:00:00Z') });
      store.close();
      let acked = 0;
      for (let round = 0; round < 5; round++) {
        const child = spawnTs('report-loop.ts', [db, String(round)]);
        await child.waitFor(/ack loop-\d+-\d+/);
        await sleep(50 + Math.random() * 300);
        await kill(child);
        // Every id this process printed as acknowledged must be stored.
        const ids = [...child.stdout().matchAll(/ack (loop-\d+-\d+)/g)].map((m) => m[1]);
        expect(checkIntegrity(db)).toBe('ok');
        const check = openStore(db);
        try {
          const stored = new Set((check.reader.prepare("SELECT source_message_id AS id FROM reports WHERE source_message_id LIKE 'loop-%'").all() as Array<{ id: string }>).map((r) => r.id));
          for (const id of ids) expect(stored.has(id), `acknowledged ${id} lost`).toBe(true);
          acked = stored.size;
        } finally {
          check.close();
        }
      }
      console.log(`crash-report: 5 SIGKILLs, ${acked} distinct acknowledged reports, none lost`);
      expect(acked).toBeGreaterThan(0);
    });
  });
});
