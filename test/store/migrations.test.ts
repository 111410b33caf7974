// Migrations on real files: a fresh store reaches the latest version; each version N applies on a
// store left at N-1; a store from a newer duban is refused with a message naming the fix.
import { describe, expect } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { test, tempDir } from '../support/fixtures.ts';
import { LATEST_VERSION, migrate } from '../../src/store/migrate.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { openStore } from '../../src/store/open.ts';

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
}

describe('migrations', () => {
  test('GIVEN a fresh file THEN it reaches the latest version with the plan tables', ({ store }) => {
    expect(store.writer.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const names = tables(store.writer);
    for (const t of ['plans', 'plan_versions', 'task_keys', 'tasks', 'clauses', 'units', 'unit_aliases', 'assignments', 'targets', 'metrics', 'deadlines', 'search_fts']) {
      expect(names).toContain(t);
    }
  });

  test('GIVEN each version N-1 on a real file THEN migrating to N succeeds and sets user_version N', () => {
    const { dir, cleanup } = tempDir();
    try {
      const sorted = [...migrations].sort((a, b) => a.version - b.version);
      let previous = 0;
      for (const m of sorted) {
        const file = join(dir, `v${m.version}.sqlite`);
        const db = new Database(file);
        db.pragma('foreign_keys = ON');
        expect(migrate(db, previous)).toBe(previous);
        db.close();
        const again = new Database(file);
        expect(migrate(again, m.version)).toBe(m.version);
        again.close();
        previous = m.version;
      }
    } finally {
      cleanup();
    }
  });

  test('GIVEN version 1 THEN the FTS5 trigram index finds a substring of three characters', ({ store }) => {
    store.writer.prepare('INSERT INTO search_fts (text, kind, plan_id, version_id, task_id, ref_id) VALUES (?, ?, 1, 1, 1, NULL)').run('推动5G赋能交通', 'title');
    const rows = store.writer.prepare('SELECT text FROM search_fts WHERE search_fts MATCH ?').all('"赋能交"');
    expect(rows).toEqual([{ text: '推动5G赋能交通' }]);
  });

  test('GIVEN a store at a newer version THEN opening it is refused with a message', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'newer.sqlite');
      const db = new Database(file);
      db.pragma(`user_version = ${LATEST_VERSION + 5}`);
      db.close();
      expect(() => openStore(file)).toThrow(/newer than this duban/);
    } finally {
      cleanup();
    }
  });
});
