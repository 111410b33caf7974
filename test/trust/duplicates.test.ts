// Issue 6 "Duplicates": Slack retries an event (X-Slack-Retry-Num, same event_id), Slack sends one
// message as both `message` and `app_mention` (two event ids, one ts), Discord may deliver a message
// again after a gateway resume: a report is recorded once, keyed by its source message id.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { pruneEvents } from '../../src/store/chat-events.ts';
import { recordProgress } from '../../src/progress/record.ts';
import { chatter, memoryPoster, openPromptThread, reportRows, savePlans, PLAN } from './support/world.ts';

describe('one report per source message', () => {
  test('GIVEN a Slack retry of the same event THEN the second delivery does nothing and one report is stored', async ({ store, clock }) => {
    savePlans(store);
    const chat = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'U1' });
    await chat('/duban join 市交通运输局');
    const event = { eventId: 'Ev01', messageId: '1646622000.000100' };
    const first = await chat('/duban report task:4 status:推进中 percent:60 note:首批5G公交上线', event);
    expect(first?.text).toMatch(/已记录/);
    // X-Slack-Retry-Num: 1, 2, 3: the same payload again.
    for (let i = 0; i < 3; i++) expect(await chat('/duban report task:4 status:推进中 percent:60 note:首批5G公交上线', event)).toBeNull();
    expect(reportRows(store)).toHaveLength(1);
  });

  test('GIVEN one Slack message delivered as message and app_mention (two event ids, one ts) THEN one report', async ({ store, clock }) => {
    savePlans(store);
    const chat = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'U1' });
    await chat('/duban join 市交通运输局');
    await chat('/duban report task:4 percent:50', { eventId: 'EvMsg', messageId: '1646622000.000200' });
    const again = await chat('/duban report task:4 percent:50', { eventId: 'EvMention', messageId: '1646622000.000200' });
    expect(again?.text).toMatch(/已记录过/);
    expect(reportRows(store)).toHaveLength(1);
  });

  test('GIVEN a thread reply to the weekly prompt redelivered after a Discord resume, days later THEN still one report', async ({ store, clock }) => {
    savePlans(store);
    const thread = await openPromptThread(store, clock, 'G1', 'C1', memoryPoster('discord'));
    const chat = chatter(store, clock, { platform: 'discord', tenant: 'G1', channel: 'C1', user: 'U7', thread });
    await chat('/duban join 市交通运输局', { thread: null });
    const reply = { eventId: '998877665544332211', messageId: '998877665544332211' };
    const first = await chat('任务4 推进中 70%，新增5G公交200辆', reply);
    expect(first?.text).toMatch(/已记录.*任务4/);
    expect(await chat('任务4 推进中 70%，新增5G公交200辆', reply)).toBeNull();
    // Eight days on, the event dedupe has been pruned (7-day retention); the reports table still knows the message.
    clock.advance(8 * 24 * 3600_000);
    pruneEvents(store, clock.now());
    const late = await chat('任务4 推进中 70%，新增5G公交200辆', reply);
    expect(late?.text).toMatch(/已记录过/);
    const rows = reportRows(store);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ percent: 70, status: '推进中', source_message_id: reply.messageId, tenant: 'G1' });
  });

  test('GIVEN recordProgress called twice with one source message id THEN one row, the second is a duplicate', ({ store, clock }) => {
    savePlans(store);
    const chat = chatter(store, clock, { tenant: 'T1', user: 'U1' });
    return chat('/duban join 市交通运输局').then(() => {
      const input = { tenant: 'T1', user: 'U1', platform: 'discord', sourceMessageId: 'm-1', at: clock.now(), plan: PLAN, task: '4', percent: 30 };
      expect(recordProgress(store, input).status).toBe('recorded');
      expect(recordProgress(store, { ...input, percent: 90 }).status).toBe('duplicate');
      expect(reportRows(store).map((r) => r.percent)).toEqual([30]);
      // The same message id on another platform or in another workspace is another message.
      expect(recordProgress(store, { ...input, platform: 'slack' }).status).toBe('recorded');
      expect(reportRows(store)).toHaveLength(2);
    });
  });

  test('GIVEN 50 concurrent deliveries of one message THEN one report', async ({ store, clock }) => {
    savePlans(store);
    const chat = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'U1' });
    await chat('/duban join 市交通运输局');
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) => chat('/duban report task:4 percent:40', { eventId: `Ev-${i % 3}`, messageId: '1646622000.000300' })),
    );
    expect(replies.filter((r) => r && /已记录：/.test(r.text))).toHaveLength(1);
    expect(reportRows(store)).toHaveLength(1);
  });
});
