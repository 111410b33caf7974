// Issue 6 "Crash safety": SIGKILL during an import leaves the store as it was before the import.
// The import runs in a real child process, killed at random moments inside its write; the store
// reopened afterwards must equal either the state before (killed in time) or the state after (the
// commit won the race), never anything in between, and pass integrity_check.
import { describe, expect } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { test, tempDir } from '../support/fixtures.ts';
import { openStore } from '../../src/store/open.ts';
import { savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';
import { spawnTs, kill, ROOT } from './support/spawn.ts';
import { storeState, type StoreState } from './support/store-state.ts';

const KILLS = 6;

function seededStore(file: string): void {
  const store = openStore(file);
  for (const f of ['000_6173c8755c7b6adf.json', '002_56b0b1f0d4126dc9.json']) {
    const plan = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'gold', f), 'utf8')) as SavablePlan;
    savePlan(store, plan, { name: f, sha256: f });
  }
  store.close();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash during savePlan (one plan, one transaction)', () => {
  test(`GIVEN ${KILLS} SIGKILLs at random moments of a 20,000-task save THEN the store is before or after, never between`, async () => {
    const { dir, cleanup } = tempDir();
    try {
      const base = join(dir, 'base.sqlite');
      seededStore(base);
      const before = storeState(base);
      expect(before.integrity).toBe('ok');
      expect(before.counts.tasks).toBeGreaterThan(0);

      // One undisturbed run: how long the write takes, and the state after it.
      const full = join(dir, 'full.sqlite');
      copyFileSync(base, full);
      const clean = spawnTs('save-big-plan.ts', [full, '20000']);
      await clean.waitFor(/saving/);
      const t0 = performance.now();
      await clean.waitFor(/saved \d+/, 120_000);
      const writeMs = performance.now() - t0;
      await clean.exited;
      const after = storeState(full);
      expect(after.counts.tasks).toBe(before.counts.tasks + 20_000);

      const outcomes: string[] = [];
      for (let i = 0; i < KILLS; i++) {
        const file = join(dir, `kill-${i}.sqlite`);
        copyFileSync(base, file);
        const child = spawnTs('save-big-plan.ts', [file, '20000']);
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
        if (!finished) expect(outcomes.at(-1)).toBe('before');
      }
      console.log(`crash-import savePlan: write ${Math.round(writeMs)} ms; kills → ${outcomes.join(', ')}`);
      expect(outcomes.every((o) => o === 'before' || o === 'after')).toBe(true);
      expect(outcomes.filter((o) => o === 'before').length).toBeGreaterThan(0);
    } finally {
      cleanup();
    }
  });
});
