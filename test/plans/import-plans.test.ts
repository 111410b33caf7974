// importPlanFiles: a progress line per file, unchanged files skipped, one bad file does not stop
// the others; ensureSeedsLoaded only on an empty store.
import { describe, expect } from 'vitest';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, tempDir } from '../support/fixtures.ts';
import { ensureSeedsLoaded, importPlanFiles } from '../../src/plans/import-plans.ts';
import { planReader } from '../../src/store/plan-reader.ts';
import { getStoreMeta, setStoreMeta } from '../../src/store/plan-writer.ts';

const gold = (n: string) => new URL(`../fixtures/gold/${n}`, import.meta.url).pathname;

describe('importPlanFiles', () => {
  test('GIVEN a missing file and a folder THEN each failed with the reason in words, no errno code', async ({ store }) => {
    const { dir, cleanup } = tempDir();
    try {
      const lines: string[] = [];
      await importPlanFiles(store, [join(dir, 'nope.docx'), dir], (l) => lines.push(l));
      expect(lines[0]).toBe('[1/2] nope.docx: failed: no such file');
      expect(lines[1]).toMatch(/^\[2\/2\] .*: failed: is a folder, not a file$/);
      expect(lines.join('\n')).not.toMatch(/ENOENT|EISDIR/);
    } finally {
      cleanup();
    }
  });

  test('GIVEN two plans and a bad file THEN lines [i/n], the bad one failed, the others stored; again: unchanged', async ({ store }) => {
    const { dir, cleanup } = tempDir();
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"not":"a plan"}');
      const lines: string[] = [];
      const files = [gold('000_6173c8755c7b6adf.json'), bad, gold('002_56b0b1f0d4126dc9.json')];
      const results = await importPlanFiles(store, files, (l) => lines.push(l));
      expect(lines[0]).toBe('[1/3] 000_6173c8755c7b6adf.json: 23 tasks, new');
      expect(lines[1]).toMatch(/^\[2\/3\] bad\.json: failed: /);
      expect(lines[2]).toBe('[3/3] 002_56b0b1f0d4126dc9.json: 22 tasks, new');
      expect(results.map((r) => r.status)).toEqual(['new', 'failed', 'new']);
      expect(planReader(store).planCount()).toBe(2);
      const again = await importPlanFiles(store, [files[0]!]);
      expect(again[0]!.status).toBe('unchanged');
    } finally {
      cleanup();
    }
  });

  test('GIVEN an empty store THEN ensureSeedsLoaded imports the seeds once with the parser', { timeout: 60_000 }, async ({ store }) => {
    const first = await ensureSeedsLoaded(store, 'seeds');
    expect(first.length).toBeGreaterThanOrEqual(5);
    expect(first.every((r) => r.status === 'new')).toBe(true);
    expect(await ensureSeedsLoaded(store, 'seeds')).toEqual([]);
  });

  test('GIVEN a seeds directory with one gold file THEN it is imported', async ({ store }) => {
    const { dir, cleanup } = tempDir();
    try {
      copyFileSync(gold('002_56b0b1f0d4126dc9.json'), join(dir, '002.json'));
      const r = await ensureSeedsLoaded(store, dir);
      expect(r.map((x) => x.status)).toEqual(['new']);
    } finally {
      cleanup();
    }
  });

  test('GIVEN a first start that stopped after one seed THEN the next start loads the rest', async ({ store }) => {
    const { dir, cleanup } = tempDir();
    try {
      copyFileSync(gold('000_6173c8755c7b6adf.json'), join(dir, '000.json'));
      copyFileSync(gold('002_56b0b1f0d4126dc9.json'), join(dir, '002.json'));
      // What a crash after [1/2] leaves: the marker 'started' and one plan.
      setStoreMeta(store, 'seeds', 'started');
      await importPlanFiles(store, [join(dir, '000.json')]);
      const r = await ensureSeedsLoaded(store, dir);
      expect(r.map((x) => x.status)).toEqual(['unchanged', 'new']);
      expect(getStoreMeta(store, 'seeds')).toBe('done');
      expect(planReader(store).planCount()).toBe(2);
    } finally {
      cleanup();
    }
  });

  test('GIVEN a store filled by duban import (no seeding marker) THEN the seeds are left out', async ({ store }) => {
    await importPlanFiles(store, [gold('002_56b0b1f0d4126dc9.json')]);
    expect(await ensureSeedsLoaded(store, 'seeds')).toEqual([]);
    expect(planReader(store).planCount()).toBe(1);
  });
});
