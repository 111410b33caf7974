// Every seed parsed and scored against its gold annotation by the shared scorer (issue 2,
// acceptance). Runs twice: against ../shared (a checkout without it FAILS, naming where it is
// expected: never a silent skip, issue 14) and against the verbatim copies in test/fixtures/gold and
// test/fixtures/eval, so CI checks the same figures.
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlanPath } from '../src/ingest/pipeline.ts';
import { scorePlan, type Score } from './fixtures/ingest/score-plan.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.join(projectRoot, 'seeds');
const shared = path.resolve(projectRoot, '../shared');
const seeds = readdirSync(seedsDir).filter((f) => /^\d{3}/.test(f)).sort();

function goldFor(goldDir: string, seed: string): string {
  const gold = readdirSync(goldDir).find((g) => g.startsWith(`${seed.slice(0, 3)}_`) && g.endsWith('.json'));
  if (!gold) throw new Error(`no gold file for ${seed} in ${goldDir}`);
  return path.join(goldDir, gold);
}

async function score(seed: string, goldDir: string, scorer: string): Promise<Score> {
  return scorePlan(await parsePlanPath(path.join(seedsDir, seed)), goldFor(goldDir, seed), scorer, projectRoot);
}

/** Fails with where ../shared is expected (beside the project: the specs, gold and scorers). */
function expectShared(parts: string[]): void {
  const missing = parts.map((p) => path.join(shared, p)).filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`../shared is expected at ${shared} (the read-only specs, gold and eval scorers beside the project); missing: ${missing.join(', ')}`);
}

function expectAcceptance(s: Score): void {
  expect(s.taskRecall).toBe(1);
  expect(s.taskPrecision).toBe(1);
  expect(s.unitF1ByRole).toBe(1);
  expect(s.unitF1AnyRole).toBe(1);
  expect(s.targetValueRecall).toBe(1);
  expect(s.deadlineRecall).toBe(1);
  for (const [field, ok] of Object.entries(s.planFields)) expect({ field, ok }).toEqual({ field, ok: true });
}

describe('seeds scored with the committed gold and scorer copies', () => {
  test.each(seeds)('GIVEN %s THEN every acceptance figure holds', async (seed) => {
    const s = await score(seed, path.join(projectRoot, 'test/fixtures/gold'), path.join(projectRoot, 'test/fixtures/eval/score-plan.mjs'));
    expectAcceptance(s);
  });
});

describe('seeds scored with ../shared/gold and ../shared/eval', () => {
  test.each(seeds)('GIVEN %s THEN every acceptance figure holds', async (seed) => {
    expectShared(['gold', 'eval/score-plan.mjs']);
    const s = await score(seed, path.join(shared, 'gold'), path.join(shared, 'eval/score-plan.mjs'));
    expectAcceptance(s);
  });
});

// How fast all of seeds/ parses (< 100 ms warm, issue 2) is a figure: `npm run bench`, section parse.
