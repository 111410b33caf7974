import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { joinUnit } from '../../src/progress/members.ts';
import { recordProgress } from '../../src/progress/record.ts';
import { excuseUnit } from '../../src/progress/excuse.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { requestedDigests } from '../../src/progress/digest-reply.ts';
import { digestsReply } from '../../src/digest/reply.ts';
import { seedPlan } from '../progress/plan-fixture.ts';

describe('buildDigest', () => {
  test('status counts and change from last week, risk, deadlines, targets, notes, excused', ({ store, clock }) => {
    const planId = seedPlan(store);
    joinUnit(store, { tenant: 'T', user: 'u1', unit: '市工信局', now: clock.now() });
    joinUnit(store, { tenant: 'T', user: 'u2', unit: '发改委', now: clock.now() });
    joinUnit(store, { tenant: 'T', user: 'u3', unit: '市交通运输局', now: clock.now() });
    const at = (iso: string) => new Date(iso);
    // W09: task 1 推进中; task 2 未开始.
    recordProgress(store, { tenant: 'T', user: 'u1', sourceMessageId: 'a', at: at('2022-03-01T02:00:00Z'), text: '任务1 推进中 30%' });
    recordProgress(store, { tenant: 'T', user: 'u2', sourceMessageId: 'b', at: at('2022-03-01T02:00:00Z'), text: '任务2 未开始' });
    // W10: task 1 推进中 60% with a metric; task 2 滞后 (and its deadline 2022-02-28 has passed).
    recordProgress(store, { tenant: 'T', user: 'u1', sourceMessageId: 'c', at: at('2022-03-08T02:00:00Z'), text: '任务1 推进中 60%，新增5G工厂12家，已完成选址工作' });
    recordProgress(store, { tenant: 'T', user: 'u2', sourceMessageId: 'd', at: at('2022-03-08T02:00:00Z'), text: '任务2 滞后：用地审批未完成，需协调' });
    excuseUnit(store, { tenant: 'T', by: 'boss', isCoordinator: true, unit: '市交通运输局', week: '2022-W10', now: clock.now() });

    const d = buildDigest(store, { tenant: 'T', planId, week: '2022-W10', now: at('2022-03-11T08:00:00Z') });
    expect(d.tasks).toBe(4);
    expect(d.statusCounts).toMatchObject({ 推进中: 1, 滞后: 1, 未填报: 2, 未开始: 0 });
    expect(d.lastWeekCounts).toMatchObject({ 推进中: 1, 未开始: 1, 未填报: 2 });
    expect(d.statusChange).toMatchObject({ 滞后: 1, 未开始: -1, 推进中: 0 });
    expect(d.units.reported.map((u) => u.unit).sort()).toEqual(['市发展改革委', '广州市工业和信息化局'].sort());
    expect(d.units.missing).toEqual([]);
    expect(d.units.excused.map((u) => u.unit)).toEqual(['市交通运输局']);
    expect(d.atRisk).toEqual([expect.objectContaining({ taskNumber: '2', reasons: ['滞后', '逾期'], deadline: '2022-02-28', unit: '市发展改革委' })]);
    expect(d.upcomingDeadlines).toEqual([expect.objectContaining({ date: '2022-03-31', taskNumber: '1', daysLeft: 20 })]);
    expect(d.metrics.find((m) => m.name === '新增5G工厂')).toMatchObject({ latest: 12, target: 100, percentOfTarget: 12, year: 2022 });
    expect(d.metrics.find((m) => m.name === '建成5G基站')).toMatchObject({ latest: null, percentOfTarget: null });
    expect(d.notes[0]).toMatchObject({ unit: '市发展改革委', status: '滞后' });

    // Last week's digest does not see this week's reports.
    const w9 = buildDigest(store, { tenant: 'T', planId, week: '2022-W09', now: at('2022-03-11T08:00:00Z') });
    expect(w9.statusCounts['滞后']).toBe(0);
    expect(w9.today).toBe('2022-03-06');
  });

  test('the digest reply gives a headline, neutral sections, a chart and the markdown file', ({ store, clock }) => {
    seedPlan(store);
    const reply = digestsReply(requestedDigests(store, { tenant: 'T', week: '2022-W10', now: clock.now(), timezone: 'Asia/Shanghai' }));
    expect(reply.text).toMatch(/已填报 \d+\/\d+ 个单位/);
    expect(reply.title).toContain('2022-W10 进度周报');
    expect(reply.sections?.length).toBeGreaterThan(1);
    expect(new TextDecoder().decode(reply.files?.[1].bytes)).toMatch(/^# .*2022-W10 进度周报/);
    expect(reply.files?.[0].contentType).toBe('image/png');
    expect(() => requestedDigests(store, { tenant: 'T', week: '2022-W99', now: clock.now(), timezone: 'Asia/Shanghai' })).toThrow(/2022-W99/);
  });
});
