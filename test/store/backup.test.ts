// `duban backup`: an online copy of a store that another process keeps writing to (issue 6 "Backup").
import { describe, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { test, tempDir } from '../support/fixtures.ts';
import { openStore } from '../../src/store/open.ts';
import { backupStore, checkIntegrity } from '../../src/store/backup.ts';
import { spawnTs, kill, ROOT } from '../trust/support/spawn.ts';

function fill(file: string, rows: number): void {
  const store = openStore(file);
  store.writer.exec('CREATE TABLE IF NOT EXISTS churn (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = store.writer.prepare('INSERT INTO churn (body) VALUES (?)');
  store.writer.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`seed ${i} ${'台账'.repeat(60)}`);
  })();
  store.close();
}

function churnRows(file: string): { n: number; max: number } {
  const store = openStore(file);
  try {
    const r = store.reader.prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS max FROM churn').get() as { n: number; max: number };
    return r;
  } finally {
    store.close();
  }
}

describe('backupStore', () => {
  test('GIVEN another process committing rows THEN the copy opens, passes integrity_check and holds a consistent prefix', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const live = join(dir, 'live.sqlite');
      fill(live, 30_000);
      const writer = spawnTs('writer.ts', [live, '20000']);
      await writer.waitFor(/ready/);
      const before = churnRows(live).n;
      const results = [];
      // Several backups while the writer runs: each must be a snapshot, none may restart forever.
      for (let i = 0; i < 3; i++) results.push(await backupStore(live, join(dir, `copy-${i}.sqlite`)));
      const after = churnRows(live).n;
      await kill(writer);
      expect(after).toBeGreaterThan(before); // the writer really wrote during the backups
      for (const r of results) {
        expect(r.integrity).toBe('ok');
        expect(checkIntegrity(r.target)).toBe('ok');
        expect(existsSync(`${r.target}-wal`)).toBe(false);
        const copy = churnRows(r.target);
        // Consistent: ids 1..n with no hole (rows commit in id order), and between the two counts.
        expect(copy.n).toBe(copy.max);
        expect(copy.n).toBeGreaterThanOrEqual(before);
        expect(copy.n).toBeLessThanOrEqual(after);
        expect(r.bytes).toBeGreaterThan(1_000_000);
      }
      console.log(`backup of ${(results[0].bytes / 1e6).toFixed(1)} MB under concurrent writes: ${results.map((r) => Math.round(r.ms)).join(', ')} ms`);
    } finally {
      cleanup();
    }
  });

  test('GIVEN an existing target THEN it is refused without force and replaced with force', async ({ store }) => {
    store.writer.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    const { dir, cleanup } = tempDir();
    try {
      const target = join(dir, 'b.sqlite');
      writeFileSync(target, 'an older backup');
      await expect(backupStore(store.file, target)).rejects.toThrow(/--force/);
      expect(readFileSync(target, 'utf8')).toBe('an older backup');
      const r = await backupStore(store.file, target, { force: true });
      expect(r.integrity).toBe('ok');
      expect(checkIntegrity(target)).toBe('ok');
      await expect(backupStore(store.file, store.file, { force: true })).rejects.toThrow(/differ/);
      await expect(backupStore(join(dir, 'missing.sqlite'), join(dir, 'c.sqlite'))).rejects.toThrow(/no store/);
    } finally {
      cleanup();
    }
  });

  test('GIVEN duban backup FILE on the CLI THEN it prints size and ms, and refuses to overwrite', ({ store }) => {
    store.writer.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    const { dir, cleanup } = tempDir();
    try {
      const target = join(dir, 'cli.sqlite');
      const bin = join(ROOT, 'bin', 'duban.js');
      const first = spawnSync(process.execPath, [bin, 'backup', target, '--db', store.file], { encoding: 'utf8' });
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/size: [\d.]+ (B|KB|MB)/);
      expect(first.stdout).toMatch(/time: \d+ ms/);
      expect(first.stdout).toMatch(/integrity: ok/);
      const again = spawnSync(process.execPath, [bin, 'backup', target, '--db', store.file], { encoding: 'utf8' });
      expect(again.status).toBe(1);
      expect(again.stderr.trim().split('\n')).toHaveLength(1);
      expect(again.stderr).toMatch(/--force/);
      const forced = spawnSync(process.execPath, [bin, 'backup', target, '--db', store.file, '--force'], { encoding: 'utf8' });
      expect(forced.status).toBe(0);
    } finally {
      cleanup();
    }
  });
});
