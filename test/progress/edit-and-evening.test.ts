// Issue 15: an edited reply replaces its reading (history kept), and a report filed the evening
// before the prompt counts for the coming week.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { seedPlan } from './plan-fixture.ts';
import { joinUnit } from '../../src/progress/members.ts';
import { takeThreadReply } from '../../src/progress/take-reply.ts';
import { recordProgress } from '../../src/progress/record.ts';
import { editedMessageId } from '../../src/progress/edit-reply.ts';
import { eveningBeforeWeek } from '../../src/progress/report-week.ts';
import { historyOfTask, latestReportsAsOf } from '../../src/store/progress-reader.ts';
import { planReader } from '../../src/store/plan-reader.ts';
import { messageToEvent } from '../../src/adapters/slack/events.ts';

const at = (local: string) => new Date(`${local}+08:00`);

describe('an edited reply', () => {
  test('GIVEN 任务1 推进中 20% edited to 40%, then to 已完成 THEN the latest reading follows the edits, history has all three, a redelivered edit records once', ({ store, clock }) => {
    const planId = seedPlan(store);
    const unitId = joinUnit(store, { tenant: 'T1', user: 'U1', unit: '市工信局', now: clock.now() }).unitId;
    const base = { tenant: 'T1', user: 'U1', platform: 'slack', channel: 'C1', thread: 't1', at: clock.now() };
    expect(takeThreadReply(store, { ...base, sourceMessageId: '100.1', text: '任务1 推进中 20%' }).status).toBe('recorded');
    const first = takeThreadReply(store, { ...base, sourceMessageId: editedMessageId('100.1', '100.9'), text: '任务1 推进中 40%', at: new Date(clock.now().getTime() + 60_000) });
    expect(first.text).toContain('已更正：任务1 推进中 40%');
    const taskKeyId = planReader(store).tasksOfPlan(planId).find((t) => t.number === '1')!.taskKeyId;
    const latest = () => latestReportsAsOf(store, 'T1', planId, '2022-W10').find((r) => r.taskKeyId === taskKeyId && r.unitId === unitId)!;
    expect(latest().percent).toBe(40);
    takeThreadReply(store, { ...base, sourceMessageId: editedMessageId('100.1', '101.0'), text: '任务1 已完成', at: new Date(clock.now().getTime() + 120_000) });
    expect(latest().status).toBe('已完成');
    const history = historyOfTask(store, 'T1', unitId, taskKeyId);
    expect(history.map((r) => r.status)).toEqual(['推进中', '推进中', '已完成']);
    expect(history.slice(0, 2).map((r) => r.percent)).toEqual([20, 40]);
    const again = takeThreadReply(store, { ...base, sourceMessageId: editedMessageId('100.1', '101.0'), text: '任务1 已完成' });
    expect(again.status).toBe('duplicate');
  });

  test('GIVEN Slack message_changed with edited.ts THEN the edit as `<ts>#edit:<edited ts>` in its thread; an unfurl (no edited) THEN ignored', () => {
    const who = { isCoordinator: false, receivedAt: new Date(0) };
    const edit = messageToEvent('T1', {
      type: 'message', subtype: 'message_changed', channel: 'C1',
      message: { user: 'U1', text: '任务1 推进中 40%', ts: '100.1', thread_ts: '99.0', edited: { ts: '100.9' } }, previous_message: { text: '任务1 推进中 20%' },
    } as Parameters<typeof messageToEvent>[1], who);
    expect(edit).toMatchObject({ messageId: '100.1#edit:100.9', thread: '99.0', text: '任务1 推进中 40%', user: 'U1' });
    const unfurl = messageToEvent('T1', { type: 'message', subtype: 'message_changed', channel: 'C1', message: { user: 'U1', text: 'x', ts: '100.1', thread_ts: '99.0' }, previous_message: { text: 'x' } } as Parameters<typeof messageToEvent>[1], who);
    expect(unfurl).toBeNull();
  });
});

describe('the evening before the prompt', () => {
  test('GIVEN a Monday 09:00 prompt THEN Sunday 20:00 counts for the coming week, Sunday 15:00 and Friday evening do not', () => {
    expect(eveningBeforeWeek(at('2022-03-13T20:00:00'), 'Asia/Shanghai')).toBe('2022-W11');
    expect(eveningBeforeWeek(at('2022-03-13T15:00:00'), 'Asia/Shanghai')).toBeNull();
    expect(eveningBeforeWeek(at('2022-03-11T20:00:00'), 'Asia/Shanghai')).toBeNull();
    // National Day 2024: the W41 prompt moves to Tuesday Oct 8, so Monday Oct 7 evening is its eve.
    expect(eveningBeforeWeek(at('2024-10-07T19:00:00'), 'Asia/Shanghai')).toBe('2024-W41');
    expect(eveningBeforeWeek(at('2024-10-06T19:00:00'), 'Asia/Shanghai')).toBeNull();
  });

  test('GIVEN a reply on Sunday 21:00 in last week’s thread THEN recorded for the coming week', ({ store, clock }) => {
    seedPlan(store);
    joinUnit(store, { tenant: 'T1', user: 'U1', unit: '市工信局', now: clock.now() });
    const r = recordProgress(store, { tenant: 'T1', user: 'U1', platform: 'slack', channel: 'C1', sourceMessageId: 'e1', at: at('2022-03-13T21:00:00'), text: '任务1 推进中 30%' });
    expect(r.status).toBe('recorded');
    expect(r.week).toBe('2022-W11');
    const morning = recordProgress(store, { tenant: 'T1', user: 'U1', platform: 'slack', channel: 'C1', sourceMessageId: 'e2', at: at('2022-03-13T10:00:00'), text: '任务1 推进中 25%' });
    expect(morning.week).toBe('2022-W10');
  });
});
