// savePlan: one transaction per file; the same file again is a no-op; a changed file is a new
// version whose tasks keep their task_keys (progress follows them by title).
import { describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { test } from '../support/fixtures.ts';
import { remapTaskIds, savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';
import { planReader } from '../../src/store/plan-reader.ts';

const gold = (name: string): SavablePlan => JSON.parse(readFileSync(new URL(`../fixtures/gold/${name}`, import.meta.url), 'utf8')) as SavablePlan;
const GZ = '000_6173c8755c7b6adf.json';
const count = (store: { writer: { prepare(s: string): { get(): unknown } } }, table: string) =>
  (store.writer.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('savePlan', () => {
  test('GIVEN a new plan THEN its tasks, units, targets and search rows are stored', ({ store }) => {
    const r = savePlan(store, gold(GZ), { name: 'gz.json', sha256: 'a' });
    expect(r).toMatchObject({ status: 'new', version: 1, tasks: 23 });
    const reader = planReader(store);
    expect(reader.plans().map((p) => p.shortName)).toEqual(['广州5G应用']);
    expect(reader.tasksOfPlan(r.planId)).toHaveLength(23);
    const t4 = reader.taskByNumber(r.planId, '4')!;
    expect(reader.assignmentsOfTask(t4.id).filter((a) => a.role === 'lead' && a.clauseId == null).map((a) => a.unit)).toEqual([
      '市工业和信息化局', '市交通运输局', '市公交集团', '广州地铁集团',
    ]);
    expect(reader.targets({ planId: r.planId, year: 2022 })[0]!.metrics.map((m) => m.value)).toEqual([20, 10000000, 80]);
    expect(count(store, 'search_fts')).toBeGreaterThan(23);
  });

  test('GIVEN the same file (same sha256) again THEN nothing changes', ({ store }) => {
    savePlan(store, gold(GZ), { name: 'gz.json', sha256: 'a' });
    const before = ['tasks', 'assignments', 'targets', 'search_fts', 'plan_versions'].map((t) => count(store, t));
    const r = savePlan(store, gold(GZ), { name: 'gz.json', sha256: 'a' });
    expect(r.status).toBe('unchanged');
    expect(['tasks', 'assignments', 'targets', 'search_fts', 'plan_versions'].map((t) => count(store, t))).toEqual(before);
  });

  test('GIVEN a changed file of the same plan THEN a new version, task keys kept by title, old search rows gone', ({ store }) => {
    const first = savePlan(store, gold(GZ), { name: 'gz.json', sha256: 'a' });
    const changed = gold(GZ);
    // Renumbered (a task inserted at the front) and one title changed.
    changed.tasks = [{ ...changed.tasks[0]!, id: '0', title: '新增一项任务' }, ...changed.tasks.map((t) => ({ ...t, id: `${t.id}x` }))];
    changed.tasks[4] = { ...changed.tasks[4]!, title: '推动5G赋能交通运输' };
    const keysBefore = store.writer.prepare('SELECT number, task_key_id FROM tasks WHERE version_id = ?').all(first.versionId) as Array<{ number: string; task_key_id: number }>;
    const second = savePlan(store, changed, { name: 'gz.json', sha256: 'b' });
    expect(second).toMatchObject({ status: 'updated', version: 2, planId: first.planId });
    const reader = planReader(store);
    expect(reader.plans()[0]!.versionId).toBe(second.versionId);
    const after = new Map((store.writer.prepare('SELECT number, task_key_id FROM tasks WHERE version_id = ?').all(second.versionId) as Array<{ number: string; task_key_id: number }>).map((r) => [r.number, r.task_key_id]));
    const key3 = keysBefore.find((k) => k.number === '3')!.task_key_id;
    expect(after.get('3x')).toBe(key3); // 推动5G赋能制造 follows by title
    expect(after.get('4x')).not.toBe(keysBefore.find((k) => k.number === '4')!.task_key_id); // renamed: a new key
    const map = remapTaskIds(store, first.versionId, second.versionId);
    expect(map.size).toBe(22);
    expect(count(store, 'search_fts')).toBe((store.writer.prepare('SELECT count(*) AS n FROM search_fts WHERE version_id = ?').get(second.versionId) as { n: number }).n);
  });

  test('GIVEN a plan that fails half-way THEN nothing of it is stored', ({ store }) => {
    const bad = gold(GZ);
    (bad.tasks[3] as { title: unknown }).title = null; // NOT NULL violation on the 4th task
    expect(() => savePlan(store, bad, { name: 'bad.json', sha256: 'c' })).toThrow();
    expect(count(store, 'plans')).toBe(0);
    expect(count(store, 'tasks')).toBe(0);
  });
});
