import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { seedPlan } from '../progress/plan-fixture.ts';

describe('migration 0002 (progress)', () => {
  test('creates the per-tenant tables', ({ store }) => {
    expect(store.writer.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(2);
    const tables = (store.writer.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    for (const t of ['members', 'follows', 'reports', 'excuses', 'outbox']) expect(tables).toContain(t);
    for (const t of ['members', 'follows', 'reports', 'excuses', 'outbox']) {
      const cols = (store.writer.prepare(`PRAGMA table_info(${t})`).all() as Array<{ name: string }>).map((c) => c.name);
      expect(cols, t).toContain('tenant');
    }
  });

  test('the database refuses a second row for a source message, a percent over 100, an unknown status', ({ store }) => {
    const planId = seedPlan(store);
    const unitId = (store.writer.prepare('SELECT id FROM units LIMIT 1').get() as { id: number }).id;
    const insert = store.writer.prepare(
      `INSERT INTO reports (tenant, plan_id, unit_id, reporter, status, percent, week, reported_at, source_platform, source_message_id)
       VALUES (?, ?, ?, 'u', ?, ?, '2022-W10', 0, 'slack', ?)`,
    );
    insert.run('T', planId, unitId, '推进中', 50, 'm1');
    expect(() => insert.run('T', planId, unitId, '推进中', 50, 'm1')).toThrow(/UNIQUE/);
    insert.run('T2', planId, unitId, '推进中', 50, 'm1');
    expect(() => insert.run('T', planId, unitId, '推进中', 120, 'm2')).toThrow(/CHECK/);
    expect(() => insert.run('T', planId, unitId, '差不多', 10, 'm3')).toThrow(/CHECK/);
  });
});
