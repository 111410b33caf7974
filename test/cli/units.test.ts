// `duban units` through the real CLI on the seeds (issue 12 "Done when"): the 广州 and 开封 plans'
// 市工业和信息化局 are two units, each shown with its city.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../support/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'duban.js');

describe('duban units', () => {
  test('GIVEN the seeds THEN two 市工业和信息化局 lines, 广州市 and 开封市', () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = spawnSync(process.execPath, [BIN, 'units', '--db', join(dir, 's.sqlite')], {
        cwd: ROOT, encoding: 'utf8', env: { ...process.env, DUBAN_SEEDS: join(ROOT, 'seeds') }, timeout: 120_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const heads = r.stdout.split('\n').filter((l) => l.startsWith('市工业和信息化局'));
      expect(heads.map((l) => l.replace(/（又作.*$/, '')).sort()).toEqual(['市工业和信息化局（广州市）', '市工业和信息化局（开封市）']);
    } finally {
      cleanup();
    }
  });
});
