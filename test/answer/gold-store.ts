// A store holding the five gold plans (Plan JSON of the seeds), saved directly: answer tests that
// do not depend on the parser's output of the day.
import { readFileSync, readdirSync } from 'node:fs';
import type { Store } from '../../src/store/open.ts';
import { savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';

const dir = new URL('../fixtures/gold/', import.meta.url);

export function loadGold(store: Store): void {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const plan = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as SavablePlan;
    savePlan(store, plan, { name, sha256: name });
  }
}
