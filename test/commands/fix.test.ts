// /duban fix (issue 12 "confirm and correct"): import, correct, list, re-import a changed version and
// see the corrections applied again; one whose task is gone is reported, not dropped.
import { describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '../support/fixtures.ts';
import { say } from '../support/chat.ts';
import { planReader } from '../../src/store/plan-reader.ts';
import type { Store } from '../../src/store/open.ts';

const SEED = readFileSync(join(import.meta.dirname, '..', '..', 'seeds', '002-kaifeng-5g-industry-2020-2022.txt'), 'utf8');
const coordinator = { isCoordinator: true, user: 'boss' };

function taskOf(store: Store, title: string) {
  const reader = planReader(store);
  const plan = reader.plans()[0]!;
  const task = reader.tasksOfPlan(plan.id).find((t) => t.title === title);
  if (!task) return null;
  const units = (role: string) => reader.assignmentsOfTask(task.id).filter((a) => a.clauseId == null && a.role === role).map((a) => a.unit);
  return { task, leads: units('lead'), deadlines: reader.deadlinesOfTask(task.id).map((d) => d.date) };
}

describe('/duban fix', () => {
  test('GIVEN a member THEN refused', async ({ store, clock }) => {
    expect((await say(store, clock, '/duban fix 1 lead:市工信局'))!.text).toContain('仅限协调人');
  });

  test('GIVEN an import, four corrections and a changed version THEN three applied again, one reported stale, all listed', async ({ store, clock }) => {
    const first = await say(store, clock, '/duban import', { ...coordinator, attachments: [{ name: 'kaifeng.txt', bytes: new TextEncoder().encode(SEED) }] });
    expect(first!.text).toMatch(/识别出：22 项任务，\d+ 个单位，\d+ 条目标，\d+ 个时限/);

    expect((await say(store, clock, '/duban fix 1.2 lead:市工信局', coordinator))!.text).toContain('牵头单位 （无） → 市工业和信息化局');
    expect((await say(store, clock, '/duban fix 2.1 deadline:2021年6月底前', coordinator))!.text).toContain('2021-06-30');
    expect((await say(store, clock, '/duban fix 突破5G关键技术 unit:市科技局 role:牵头', coordinator))!.text).toContain('市科技局 改为牵头单位');
    expect((await say(store, clock, '/duban fix add:建设5G应用体验中心 lead:市工信局 deadline:2022-12-31', coordinator))!.text).toContain('补充任务“建设5G应用体验中心”');

    expect(taskOf(store, '加快推进5G网络建设')!.leads).toEqual(['市工业和信息化局']);
    expect(taskOf(store, '打造5G研发创新基地')!.deadlines).toEqual(['2021-06-30']);
    expect(taskOf(store, '建设5G应用体验中心')!.leads).toEqual(['市工业和信息化局']);

    // A new version: one sentence changed, and the item 突破5G关键技术 gone.
    const changed = SEED.replace('力争2020年9月底前实现5G独立组网商用。', '力争2020年9月底前实现5G独立组网商用，并逐步扩大覆盖。')
      .split('\n').filter((l) => !l.startsWith('2.突破5G关键技术')).join('\n');
    const again = await say(store, clock, '/duban import', { ...coordinator, attachments: [{ name: 'kaifeng-v2.txt', bytes: new TextEncoder().encode(changed) }] });
    expect(again!.text).toContain('已更新为新版本');
    expect(again!.text).toContain('已重新应用更正 3 条，1 条不再适用');
    expect(again!.text).toMatch(/任务2\.2：市科技局 改为牵头单位.*不再适用：新版本中找不到任务2\.2/);

    const reader = planReader(store);
    expect(reader.plans()[0]!.version).toBe(2);
    expect(taskOf(store, '加快推进5G网络建设')!.leads).toEqual(['市工业和信息化局']);
    expect(taskOf(store, '打造5G研发创新基地')!.deadlines).toEqual(['2021-06-30']);
    expect(taskOf(store, '建设5G应用体验中心')!.deadlines).toEqual(['2022-12-31']);
    expect(taskOf(store, '突破5G关键技术')).toBeNull();

    const listed = (await say(store, clock, '/duban fix', coordinator))!.text;
    expect(listed).toContain('更正 4 条（1 条在当前版本中不再适用）');
    expect(listed.split('\n').filter((l) => /^#\d+ /.test(l))).toHaveLength(4);
  });

  test('GIVEN a bad deadline or an unknown task THEN a reply that says what to type, nothing stored', async ({ store, clock }) => {
    await say(store, clock, '/duban import', { ...coordinator, attachments: [{ name: 'kaifeng.txt', bytes: new TextEncoder().encode(SEED) }] });
    expect((await say(store, clock, '/duban fix 2.1 deadline:下个月', coordinator))!.text).toContain('2022-06-30');
    expect((await say(store, clock, '/duban fix 99 lead:市工信局', coordinator))!.text).toContain('找不到任务');
    expect((await say(store, clock, '/duban fix', coordinator))!.text).toContain('还没有更正');
  });
});
