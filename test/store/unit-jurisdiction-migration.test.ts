// Migration 0006 on a real file left at version 5 by the schema of that time: one units row
// 市工业和信息化局 shared by a 广州 plan and a 开封 plan, with members, a report and an excuse.
import { describe, expect } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { test } from '../support/fixtures.ts';
import { migrate } from '../../src/store/migrate.ts';
import { inTempDir } from '../support/temp-dir.ts';

function storeAtVersion5(file: string): void {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, 5);
  db.exec(`
    INSERT INTO plans (id, title, short_name, created_at) VALUES
      (1, '广州市加快5G应用创新发展三年行动计划', '广州5G应用', 0), (2, '开封市加快5G产业发展三年行动计划', '开封5G产业', 0);
    INSERT INTO plan_versions (id, plan_id, version, source_name, source_sha256, issuers, imported_at) VALUES
      (1, 1, 1, 'gz.txt', 'a', '["广州市工业和信息化局"]', 0), (2, 2, 1, 'kf.txt', 'b', '["开封市人民政府"]', 0);
    UPDATE plans SET current_version_id = id;
    INSERT INTO task_keys (id, plan_id, title_key) VALUES (1, 1, '推动5g'), (2, 2, '建设5g');
    INSERT INTO tasks (id, plan_id, version_id, task_key_id, ord, number, title) VALUES (1, 1, 1, 1, 0, '1', '推动5G'), (2, 2, 2, 2, 0, '1', '建设5G');
    INSERT INTO units (id, name, canonical_key) VALUES (1, '市工业和信息化局', '工业信息化局'), (2, '工业和信息化部', '工业信息化部'), (3, '市财政局', '财政局');
    INSERT INTO unit_aliases (alias, unit_id) VALUES ('市工信局', 1), ('工信部', 2);
    INSERT INTO assignments (plan_id, version_id, task_id, unit_id, role, ord) VALUES
      (1, 1, 1, 1, 'lead', 0), (1, 1, 1, 2, 'support', 1), (2, 2, 2, 1, 'lead', 0), (2, 2, 2, 2, 'support', 1);
    INSERT INTO follows (tenant, channel, plan_id, created_at) VALUES ('KF', 'c1', 2, 0);
    INSERT INTO members (tenant, user, unit_id, added_by, created_at) VALUES ('KF', 'u1', 1, 'u1', 0), ('NONE', 'u2', 1, 'u2', 0), ('MONEY', 'u3', 3, 'u3', 0);
    INSERT INTO reports (tenant, plan_id, task_key_id, task_id, unit_id, reporter, status, week, reported_at, source_platform, source_message_id)
      VALUES ('KF', 2, 2, 2, 1, 'u1', '推进中', '2022-W10', 0, 'console', 'm1'), ('GZ', 1, 1, 1, 1, 'x', '已完成', '2022-W10', 0, 'console', 'm2');
    INSERT INTO excuses (tenant, unit_id, week, excused_by, created_at) VALUES ('KF', 1, '2022-W10', 'boss', 0);
  `);
  db.close();
}

describe('migration 0006 (unit jurisdiction) on a version-5 file', () => {
  test('GIVEN one 市工业和信息化局 row shared by 广州 and 开封 plans THEN two units, every reference moved by plan, nothing lost', async () => {
    await inTempDir(async (dir) => {
      const file = join(dir, 'v5.sqlite');
      storeAtVersion5(file);
      const db = new Database(file);
      db.pragma('foreign_keys = ON');
      expect(migrate(db, 6)).toBe(6);
      const units = db.prepare("SELECT id, jurisdiction FROM units WHERE name = '市工业和信息化局' ORDER BY id").all() as Array<{ id: number; jurisdiction: string }>;
      expect(units.map((u) => u.jurisdiction)).toEqual(['广州市', '开封市']);
      const [gz, kf] = units.map((u) => u.id);
      expect(gz).toBe(1); // the first place keeps the id
      const leadOf = (planId: number) => (db.prepare("SELECT unit_id FROM assignments WHERE plan_id = ? AND role = 'lead'").get(planId) as { unit_id: number }).unit_id;
      expect([leadOf(1), leadOf(2)]).toEqual([gz, kf]);
      // The ministry is one national unit in both plans.
      expect(db.prepare("SELECT jurisdiction, (SELECT count(DISTINCT unit_id) FROM assignments WHERE role = 'support') AS n FROM units WHERE id = 2").get()).toEqual({ jurisdiction: '', n: 1 });
      const reportUnit = (source: string) => (db.prepare('SELECT unit_id FROM reports WHERE source_message_id = ?').get(source) as { unit_id: number }).unit_id;
      expect([reportUnit('m2'), reportUnit('m1')]).toEqual([gz, kf]);
      // A tenant following the 开封 plan keeps its member and excuse on 开封's unit; one following nothing keeps both.
      const membersOf = (tenant: string) => (db.prepare('SELECT unit_id FROM members WHERE tenant = ? ORDER BY unit_id').all(tenant) as Array<{ unit_id: number }>).map((r) => r.unit_id);
      expect(membersOf('KF')).toEqual([kf]);
      expect(membersOf('NONE')).toEqual([gz, kf]);
      expect(membersOf('MONEY')).toEqual([3]);
      expect(db.prepare("SELECT unit_id FROM excuses WHERE tenant = 'KF'").all()).toEqual([{ unit_id: kf }]);
      // Aliases that tell the cities apart, and the old ones kept.
      const aliasUnits = (a: string) => (db.prepare('SELECT unit_id FROM unit_aliases WHERE alias = ? ORDER BY unit_id').all(a) as Array<{ unit_id: number }>).map((r) => r.unit_id);
      expect(aliasUnits('开封市工信局')).toEqual([kf]);
      expect(aliasUnits('广州市工业和信息化局')).toEqual([gz]);
      expect(aliasUnits('市工信局')).toEqual([gz, kf]);
      expect(db.prepare('SELECT jurisdiction FROM plan_versions ORDER BY id').all()).toEqual([{ jurisdiction: '广州市' }, { jurisdiction: '开封市' }]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // The same name is now unique per place only.
      expect(() => db.prepare("INSERT INTO units (name, canonical_key, jurisdiction) VALUES ('市工业和信息化局', 'x', '开封市')").run()).toThrow(/UNIQUE/);
      db.close();
    });
  });

  test('GIVEN a fresh store THEN plan_corrections exists', ({ store }) => {
    const cols = (store.writer.prepare('PRAGMA table_info(plan_corrections)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(cols).toEqual(expect.arrayContaining(['plan_id', 'task_number', 'task_title', 'kind', 'payload', 'state']));
  });
});
