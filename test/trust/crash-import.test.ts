// Issue 6 "Crash safety": SIGKILL during an import leaves the store as it was before the import.
// The import runs in a real child process, killed at random moments inside its write; the store
// reopened afterwards must equal either the state before (killed in time) or the state after (the
// commit won the race), never anything in between, and pass integrity_check.
import { describe, expect } from 'vitest';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { test } from '../support/fixtures.ts';
import { openStore } from '../../src/store/open.ts';
import { savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';
import { spawnTs, kill, ROOT } from './support/spawn.ts';
import { storeState, type StoreState } from './support/store-state.ts';
import { writeBigPlan } from './support/big-plan-json.ts';
import { bigPlanText } from './support/big-plan.ts';
import { inTempDir } from '../support/temp-dir.ts';

const KILLS = 4;

function seededStore(file: string): void {
  const store = openStore(file);
  for (const f of ['000_6173c8755c7b6adf.json', '002_56b0b1f0d4126dc9.json']) {
    const plan = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'gold', f), 'utf8')) as SavablePlan;
    savePlan(store, plan, { name: f, sha256: f });
  }
  store.close();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash during savePlan (one plan, one transaction)', { timeout: 180_000 }, () => {
  test(`GIVEN ${KILLS} SIGKILLs at random moments of a 12,000-task save THEN the store is before or after, never between`, async () => {
    await inTempDir(async (dir) => {
      const base = join(dir, 'base.sqlite');
      seededStore(base);
      const before = storeState(base);
      expect(before.integrity).toBe('ok');
      expect(before.counts.tasks).toBeGreaterThan(0);

      // One undisturbed run: how long the write takes, and the state after it.
      const full = join(dir, 'full.sqlite');
      copyFileSync(base, full);
      const clean = spawnTs('save-big-plan.ts', [full, '12000']);
      await clean.waitFor(/saving/);
      const t0 = performance.now();
      await clean.waitFor(/saved \d+/, 120_000);
      const writeMs = performance.now() - t0;
      await clean.exited;
      const after = storeState(full);
      expect(after.counts.tasks).toBe(before.counts.tasks + 12_000);

      const outcomes: string[] = [];
      for (let i = 0; i < KILLS; i++) {
        const file = join(dir, `kill-${i}.sqlite`);
        copyFileSync(base, file);
        const child = spawnTs('save-big-plan.ts', [file, '12000']);
        await child.waitFor(/saving/);
        // Spread over the write: early, middle, late, with jitter.
        await sleep(Math.random() * writeMs * 0.95);
        await kill(child);
        const state = storeState(file);
        expect(state.integrity).toBe('ok');
        const finished = /saved/.test(child.stdout());
        const same = (a: StoreState, b: StoreState) => JSON.stringify(a.counts) === JSON.stringify(b.counts);
        if (same(state, before)) outcomes.push('before');
        else if (same(state, after)) outcomes.push('after');
        else outcomes.push(`BETWEEN ${JSON.stringify(state.counts)}`);
        // Killed before it printed `saved`: the commit may still have reached the disk (COMMIT returns,
        // then the print): before or after are both whole states; only between is a failure.
        if (!finished) expect(['before', 'after']).toContain(outcomes.at(-1));
      }
      console.log(`crash-import savePlan: write ${Math.round(writeMs)} ms; kills → ${outcomes.join(', ')}`);
      expect(outcomes.every((o) => o === 'before' || o === 'after')).toBe(true);
      expect(outcomes.filter((o) => o === 'before').length).toBeGreaterThan(0);
    });
  });
});

describe('crash during a multi-file import and during the first start', { timeout: 180_000 }, () => {
  test('GIVEN SIGKILL while importing five files THEN each file is wholly in or wholly out, and importing again completes', async () => {
    await inTempDir(async (dir) => {
      const files = ['甲', '乙', '丙', '丁', '戊'].map((tag, i) => {
        const f = join(dir, `${i}.json`);
        writeBigPlan(f, tag, 4000);
        return f;
      });
      const db = join(dir, 'multi.sqlite');
      const child = spawnTs('import-driver.ts', [db, 'files', ...files]);
      await child.waitFor(/\[2\/5\]/, 60_000);
      await kill(child);
      const state = storeState(db);
      expect(state.integrity).toBe('ok');
      // Whole files only: tasks are a multiple of one file's 4,000, and match the plans saved.
      expect(state.counts.tasks % 4000).toBe(0);
      expect(state.counts.tasks / 4000).toBe(state.counts.plans);
      const again = spawnTs('import-driver.ts', [db, 'files', ...files]);
      await again.waitFor(/done 5/, 120_000);
      await again.exited;
      const final = storeState(db);
      expect(final.counts.plans).toBe(5);
      expect(final.counts.tasks).toBe(20_000);
      console.log(`crash-import multi-file: killed after [2/5] with ${state.counts.plans} plans whole; re-import → ${final.counts.plans} plans`);
    });
  });

  test('GIVEN SIGKILL while the seeds load on first start THEN the next start loads the missing seeds', async () => {
    await inTempDir(async (dir) => {
      const seeds = join(dir, 'seeds');
      mkdirSync(seeds);
      ['甲', '乙', '丙', '丁', '戊'].forEach((tag, i) => writeBigPlan(join(seeds, `00${i}.json`), tag, 4000));
      const db = join(dir, 'first-start.sqlite');
      const first = spawnTs('import-driver.ts', [db, 'seeds', seeds]);
      await first.waitFor(/\[1\/5\]/, 60_000);
      await kill(first);
      const partial = storeState(db);
      expect(partial.integrity).toBe('ok');
      expect(partial.counts.plans).toBeLessThan(5);
      const second = spawnTs('import-driver.ts', [db, 'seeds', seeds]);
      await second.waitFor(/done \d+/, 120_000);
      await second.exited;
      // The restart must finish the seeding the crash interrupted, not take "some plans" for "seeded".
      expect(storeState(db).counts.plans).toBe(5);
    });
  });
});

describe('crash during `duban import BIGFILE` on the command line', { timeout: 300_000 }, () => {
  test('GIVEN SIGKILLs at random moments of importing a 4,000-task document THEN the store is before or after, never between', async () => {
    await inTempDir(async (dir) => {
      const big = join(dir, 'big-plan.txt');
      writeFileSync(big, bigPlanText({ sections: 40, tasksPerSection: 100, tag: '乙' }));
      const base = join(dir, 'base.sqlite');
      seededStore(base);
      const before = storeState(base);
      const bin = join(ROOT, 'bin', 'duban.js');

      const full = join(dir, 'full.sqlite');
      copyFileSync(base, full);
      const t0 = performance.now();
      const clean = spawnTs(bin, ['import', big, '--db', full]);
      await clean.waitFor(/\[1\/1\] .*new/, 120_000);
      await clean.exited;
      const runMs = performance.now() - t0;
      const after = storeState(full);
      expect(after.counts.tasks).toBeGreaterThan(before.counts.tasks + 3000);

      const outcomes: string[] = [];
      for (let i = 0; i < 4; i++) {
        const file = join(dir, `cli-kill-${i}.sqlite`);
        copyFileSync(base, file);
        const child = spawnTs(bin, ['import', big, '--db', file]);
        // From start-up through parsing into the write: 30–100 % of a clean run.
        await sleep(runMs * (0.3 + 0.7 * Math.random()));
        await kill(child);
        const state = storeState(file);
        expect(state.integrity).toBe('ok');
        const same = (a: StoreState, b: StoreState) => JSON.stringify(a.counts) === JSON.stringify(b.counts);
        outcomes.push(same(state, before) ? 'before' : same(state, after) ? 'after' : `BETWEEN ${JSON.stringify(state.counts)}`);
      }
      console.log(`crash-import CLI: clean import ${Math.round(runMs)} ms; kills → ${outcomes.join(', ')}`);
      expect(outcomes.every((o) => o === 'before' || o === 'after')).toBe(true);
    });
  });
});
