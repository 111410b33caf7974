// Migration 0009 (序时进度 thresholds, the 督办 ladder, leave) on a real file left at version 8.
import { describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { tempDir } from '../support/fixtures.ts';
import { migrate } from '../../src/store/migrate.ts';

function storeAtVersion8(file: string): void {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, 8);
  db.exec(`
    INSERT INTO plans (id, title, short_name, created_at) VALUES (1, '广州市加快5G应用创新发展三年行动计划', '广州5G应用', 0);
    INSERT INTO plan_versions (id, plan_id, version, source_name, source_sha256, issuers, imported_at) VALUES (1, 1, 1, 'gz.txt', 'a', '[]', 0);
    UPDATE plans SET current_version_id = 1;
    INSERT INTO task_keys (id, plan_id, title_key) VALUES (1, 1, '推动5g');
    INSERT INTO tasks (id, plan_id, version_id, task_key_id, ord, number, title) VALUES (1, 1, 1, 1, 0, '1', '推动5G');
    INSERT INTO units (id, name, canonical_key, jurisdiction) VALUES (1, '市工业和信息化局', '工业信息化局', '广州市');
    INSERT INTO reports (tenant, plan_id, task_key_id, task_id, unit_id, reporter, status, percent, week, reported_at, source_platform, source_message_id)
      VALUES ('T', 1, 1, 1, 1, 'u1', '推进中', 20, '2024-W39', 0, 'console', 'm1');
  `);
  db.close();
}

describe('migration 0009 (schedule lights) on a version-8 file', () => {
  test('GIVEN a version-8 store with a report THEN version 9, the three tables, their checks, the report kept', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'v8.sqlite');
      storeAtVersion8(file);
      const db = new Database(file);
      db.pragma('foreign_keys = ON');
      expect(migrate(db, 9)).toBe(9);
      expect((db.prepare('SELECT percent FROM reports').get() as { percent: number }).percent).toBe(20);

      const setT = db.prepare('INSERT INTO plan_thresholds (tenant, plan_id, yellow, red, set_by, set_at) VALUES (?, 1, ?, ?, ?, 0)');
      setT.run('T', 5, 20, 'coord');
      expect(() => setT.run('T2', 30, 10, 'coord')).toThrow(/CHECK/);
      expect(() => setT.run('T', 5, 25, 'coord')).toThrow(/UNIQUE|PRIMARY/);

      // Each ladder step once per task and level (ON CONFLICT DO NOTHING in the writer).
      const step = db.prepare(`INSERT INTO ladder_steps (tenant, plan_id, task_key_id, level, week, light, message, fired_at) VALUES ('T', 1, 1, ?, '2024-W42', 'red', 'm', 0) ON CONFLICT DO NOTHING`);
      expect(step.run('lead').changes).toBe(1);
      expect(step.run('lead').changes).toBe(0);
      expect(step.run('coordinator').changes).toBe(1);
      expect(() => step.run('purple')).toThrow(/CHECK/);

      const leave = db.prepare(`INSERT INTO leaves (tenant, user, until, set_by, created_at) VALUES ('T', ?, ?, 'u', 0)`);
      leave.run('u1', '2024-11-30');
      expect(() => leave.run('u2', '11月30日')).toThrow(/CHECK/);
      db.close();
    } finally {
      cleanup();
    }
  });
});
