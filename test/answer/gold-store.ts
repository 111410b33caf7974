// A store holding the five gold plans (Plan JSON of the seeds), saved directly: answer tests that
// do not depend on the parser's output of the day.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open.ts';
import { tempDir } from '../support/fixtures.ts';
import { savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';

const dir = new URL('../fixtures/gold/', import.meta.url);

export function loadGold(store: Store): void {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const plan = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as SavablePlan;
    savePlan(store, plan, { name, sha256: name });
  }
}

/**
 * A store file in a temporary directory, holding the gold plans: `run` gets its path and the
 * open store (it may close and reopen it: a restart); the directory is removed afterwards.
 */
export function withGoldFile(run: (file: string, store: Store) => void): void {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'gold.sqlite');
    const store = openStore(file);
    loadGold(store);
    run(file, store);
  } finally {
    cleanup();
  }
}
