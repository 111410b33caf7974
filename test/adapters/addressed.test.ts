// Issue 13 "speak when spoken to": in a channel or a thread duban answers only what is addressed to
// it: a mention, a DM, a slash command, or a reply in its own weekly-prompt thread. `今天中午吃什么？`
// in somebody else's thread gets nothing, on both platforms.
import { describe, expect, test } from 'vitest';
import { messageToEvent as slackEvent } from '../../src/adapters/slack/events.ts';
import { messageToEvent as discordEvent } from '../../src/adapters/discord/events.ts';

const at = new Date('2022-03-07T01:00:00Z');
const promptThreads = new Set(['C1/1.0', 'c1/t-prompt']);
const isPromptThread = (channel: string, thread: string) => promptThreads.has(`${channel}/${thread}`);

describe('Slack: which messages are addressed to duban', () => {
  const who = { botUserId: 'UBOT', isCoordinator: false, receivedAt: at, isPromptThread };
  const inThread = (thread_ts: string, text: string, type = 'message') => slackEvent('T1', { type, channel: 'C1', user: 'U1', text, ts: '9.0', thread_ts }, who);

  test('GIVEN 今天中午吃什么？ in somebody else\'s thread THEN ignored', () => {
    expect(inThread('5.0', '今天中午吃什么？')).toBeNull();
  });

  test('GIVEN a reply in duban\'s prompt thread THEN it counts without a mention', () => {
    expect(inThread('1.0', '任务3 已完成60%')?.text).toBe('任务3 已完成60%');
  });

  test('GIVEN a mention in somebody else\'s thread (app_mention or <@UBOT> in a message) THEN it counts', () => {
    expect(inThread('5.0', '<@UBOT> 谁牵头智慧医疗', 'app_mention')?.text).toBe('谁牵头智慧医疗');
    expect(inThread('5.0', '<@UBOT> 谁牵头智慧医疗')?.text).toBe('谁牵头智慧医疗');
  });

  test('GIVEN a DM, in a thread or not THEN it counts; a top-level channel message without a mention does not', () => {
    expect(slackEvent('T1', { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text: '今天中午吃什么？', ts: '9.0', thread_ts: '5.0' }, who)).not.toBeNull();
    expect(slackEvent('T1', { type: 'message', channel: 'C1', user: 'U1', text: '今天中午吃什么？', ts: '9.0' }, who)).toBeNull();
  });
});

describe('Discord: which messages are addressed to duban', () => {
  const who = { botId: '99', isCoordinator: false, receivedAt: at, isPromptThread };
  const base = { id: 'm1', guildId: 'g1', channelId: 't-other', parentId: 'c1', authorId: 'u1', authorIsBot: false, content: '今天中午吃什么？', mentionsBot: false };

  test('GIVEN 今天中午吃什么？ in somebody else\'s thread THEN ignored', () => {
    expect(discordEvent(base, who)).toBeNull();
  });

  test('GIVEN a reply in duban\'s prompt thread THEN it counts without a mention', () => {
    expect(discordEvent({ ...base, channelId: 't-prompt', content: '任务3 已完成60%' }, who)?.thread).toBe('t-prompt');
  });

  test('GIVEN a mention in any thread, or a DM THEN it counts', () => {
    expect(discordEvent({ ...base, content: '<@99> 谁牵头智慧医疗', mentionsBot: true }, who)?.text).toBe('谁牵头智慧医疗');
    expect(discordEvent({ ...base, guildId: null, channelId: 'dm1', parentId: null }, who)?.isDirect).toBe(true);
  });
});
