// `duban import` through the real CLI: the one import (src/plans/import-plans.ts) with a line per
// file, the summary of what was found, and a bad file named while the others are imported.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('duban import', () => {
  test('GIVEN a plan and an empty file THEN the plan imported with its summary, the empty file named, exit 1', () => {
    const { dir, cleanup } = tempDir();
    try {
      const empty = join(dir, 'empty.txt');
      writeFileSync(empty, '');
      const seed = join(ROOT, 'seeds', '002-kaifeng-5g-industry-2020-2022.txt');
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'duban.js'), 'import', seed, empty, '--db', join(dir, 's.sqlite')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(1);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toBe('[1/2] 002-kaifeng-5g-industry-2020-2022.txt: 22 tasks, new');
      expect(lines[1]).toMatch(/^ {2}识别出：22 项任务，\d+ 个单位，4 条目标，\d+ 个时限$/);
      expect(lines.find((l) => l.startsWith('[2/2]'))).toBe('[2/2] empty.txt: failed: the file is empty');
    } finally {
      cleanup();
    }
  });
});
