// Shared test fixtures: a temporary SQLite file per test and a fixed clock (vitest test.extend).
import { test as base } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open.ts';
import { ManualClock } from '../../src/core/clock.ts';

export function tempDir(prefix = 'duban-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const test = base.extend<{ store: Store; clock: ManualClock }>({
  store: async ({}, use) => {
    const { dir, cleanup } = tempDir();
    const store = openStore(join(dir, 'test.sqlite'));
    await use(store);
    store.close();
    cleanup();
  },
  clock: async ({}, use) => {
    // Monday 2022-03-07 09:00 in Asia/Shanghai.
    await use(new ManualClock('2022-03-07T01:00:00Z'));
  },
});
