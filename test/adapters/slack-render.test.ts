// Slack translation both ways, pure: payloads → ChatEvent, Reply → Block Kit, ModalSpec → a view.
import { describe, expect, test } from 'vitest';
import { commandToEvent, messageToEvent, parseOrigin, unescapeSlack, viewToEvent } from '../../src/adapters/slack/events.ts';
import { blockTextLength, chunk, escapeSlack, renderBlocks, renderMessages, renderModal } from '../../src/adapters/slack/render.ts';
import { SLACK_LIMITS } from '../../src/text/limits.ts';
import { parseSlackBody, verifySlackRequest } from '../../src/adapters/slack/receiver.ts';
import { slackSignature } from '../../src/bench/fake-slack.ts';
import { reportModal } from '../../commands/report.ts';

const who = { botUserId: 'UBOT', isCoordinator: false, receivedAt: new Date('2022-03-07T01:00:00Z') };

describe('Slack events → ChatEvent', () => {
  test('GIVEN a thread reply THEN thread is the parent ts, eventId is channel:ts (same on a retry), text unescaped', () => {
    const e = messageToEvent('T1', { type: 'message', channel: 'C1', user: 'U1', text: '任务3 &lt;b&gt; 60% &amp; 更多', ts: '2.0', thread_ts: '1.0' }, { ...who, isPromptThread: () => true });
    expect(e).toMatchObject({ platform: 'slack', tenant: 'T1', channel: 'C1', thread: '1.0', messageId: '2.0', eventId: 'msg:C1:2.0', text: '任务3 <b> 60% & 更多' });
  });

  test('GIVEN the same message as app_mention and as message THEN both get one eventId', () => {
    const base = { channel: 'C1', user: 'U1', text: '<@UBOT> 谁牵头', ts: '5.0', thread_ts: '1.0' };
    const a = messageToEvent('T1', { ...base, type: 'app_mention' }, who);
    const b = messageToEvent('T1', { ...base, type: 'message' }, who);
    expect(a?.eventId).toBe(b?.eventId);
    expect(a?.text).toBe('谁牵头');
  });

  test('GIVEN a bot message, an edit, or a top-level channel message THEN ignored; a DM is not', () => {
    expect(messageToEvent('T1', { type: 'message', channel: 'C1', bot_id: 'B1', user: 'U1', text: 'x', ts: '1', thread_ts: '0' }, who)).toBeNull();
    expect(messageToEvent('T1', { type: 'message', subtype: 'message_changed', channel: 'C1', user: 'U1', text: 'x', ts: '1', thread_ts: '0' }, who)).toBeNull();
    expect(messageToEvent('T1', { type: 'message', channel: 'C1', user: 'U1', text: 'x', ts: '1' }, who)).toBeNull();
    expect(messageToEvent('T1', { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text: 'x', ts: '1' }, who)?.isDirect).toBe(true);
  });

  test('GIVEN /duban report task:3 THEN the duban route with the words as text; eventId from trigger_id', () => {
    const e = commandToEvent({ team_id: 'T1', channel_id: 'C1', user_id: 'U1', text: 'report task:3', trigger_id: 'tr1', command: '/duban' }, who);
    expect(e).toMatchObject({ command: { name: 'duban', options: {} }, text: 'report task:3', eventId: 'cmd:tr1', thread: null });
  });

  test('GIVEN a view submission THEN its callback is the command and block ids the options; bad metadata → null', () => {
    const view = { id: 'V1', callback_id: 'report', private_metadata: '{"channel":"C9","thread":"1.0"}', state: { values: { task: { task: { type: 'plain_text_input', value: '3' } }, note: { note: { type: 'plain_text_input', value: '' } } } } };
    const e = viewToEvent({ team: { id: 'T1' }, user: { id: 'U1' }, view }, who);
    expect(e).toMatchObject({ channel: 'C9', thread: '1.0', command: { name: 'report', options: { task: '3', note: undefined } } });
    expect(viewToEvent({ team: { id: 'T1' }, user: { id: 'U1' }, view: { ...view, private_metadata: 'x' } }, who)).toBeNull();
    expect(parseOrigin(undefined)).toBeNull();
  });

  test('GIVEN &lt;!channel&gt; THEN unescaped once, not twice', () => {
    expect(unescapeSlack('&amp;lt;')).toBe('&lt;');
  });
});

describe('Reply → Block Kit', () => {
  test('GIVEN <!channel> and <@U1> in text THEN escaped, inert', () => {
    const [m] = renderMessages({ text: '<!channel> 请 <@U1> 填报 & 确认' });
    expect(m.text).toBe('&lt;!channel&gt; 请 &lt;@U1&gt; 填报 &amp; 确认');
    expect(JSON.stringify(m.blocks)).not.toContain('<!channel>');
    expect(escapeSlack('a<b>&')).toBe('a&lt;b&gt;&amp;');
  });

  test('GIVEN 9,000 characters THEN sections of at most 3,000, all text kept', () => {
    const text = Array.from({ length: 300 }, (_, i) => `第${i}行`.padEnd(29, '。')).join('\n');
    const blocks = renderBlocks({ text }) as Array<{ text: { text: string } }>;
    expect(blocks.every((b) => b.text.text.length <= SLACK_LIMITS.sectionText)).toBe(true);
    expect(blocks.map((b) => b.text.text).join('\n')).toBe(text);
    expect(chunk('x'.repeat(7000), 3000).map((s) => s.length)).toEqual([3000, 3000, 1000]);
  });

  test('GIVEN 60 sections worth of text THEN messages of ≤ 50 blocks and ≤ 12,000 characters; past 5 messages a note counts what is left out', () => {
    const text = Array.from({ length: 6000 }, (_, i) => `第${i}行`.padEnd(30, '。')).join('\n');
    const msgs = renderMessages({ text });
    expect(msgs).toHaveLength(5);
    for (const m of msgs) {
      expect(m.blocks!.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      expect(m.blocks!.reduce((n, b) => n + blockTextLength(b), 0)).toBeLessThanOrEqual(SLACK_LIMITS.blockTextTotal);
    }
    const last = msgs.at(-1)!.blocks!.at(-1) as { type: string; elements: Array<{ text: string }> };
    expect(last.type).toBe('context');
    const shown = msgs.flatMap((m) => m.blocks!.filter((b) => b.type === 'section').flatMap((b) => (b.text as { text: string }).text.split('\n'))).length;
    expect(last.elements[0].text).toBe(`…另有 ${6000 - shown} 行未显示；其余内容已省略`);
  });

  test('GIVEN a title and 12 fields THEN a header and two field sections (10 + 2)', () => {
    const fields = Array.from({ length: 12 }, (_, i) => ({ name: `单位${i}`, value: `${i}%` }));
    const blocks = renderBlocks({ title: '周报', text: '本周', fields }) as Array<{ type: string; fields?: unknown[] }>;
    expect(blocks[0].type).toBe('header');
    expect(blocks.filter((b) => b.fields).map((b) => b.fields!.length)).toEqual([10, 2]);
  });

  test('GIVEN head and thread sections and a follow-up THEN the head holds the headline, the rest follow, escaped', () => {
    const msgs = renderMessages({ title: '周报', text: '摘要', footer: '附件 a.md', followUps: ['续 <!here>'], sections: [{ title: '红灯', lines: ['任务1'], tone: 'red' }, { title: '明细', lines: ['任务2 & <b>'], in: 'thread' }] });
    expect(msgs).toHaveLength(3);
    expect(msgs[0].blocks!.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context']);
    expect((msgs[0].blocks![2].text as { text: string }).text).toBe('*🔴 红灯*\n任务1');
    expect(msgs[1].blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: '续 &lt;!here&gt;' } }]);
    expect(msgs[2].blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: '*明细*\n任务2 &amp; &lt;b&gt;' } }]);
  });

  test('GIVEN the report modal THEN input blocks keyed by field id, origin in private_metadata, title ≤ 24', () => {
    const v = renderModal(reportModal, { channel: 'C1', thread: null }) as { callback_id: string; title: { text: string }; blocks: Array<{ block_id: string; optional: boolean; element: { action_id: string; multiline: boolean } }>; private_metadata: string };
    expect(v.callback_id).toBe('report');
    expect(v.title.text.length).toBeLessThanOrEqual(24);
    expect(v.blocks.map((b) => [b.block_id, b.element.action_id, b.optional])).toEqual([['task', 'task', false], ['status', 'status', true], ['percent', 'percent', true], ['note', 'note', true]]);
    expect(v.blocks[3].element.multiline).toBe(true);
    expect(JSON.parse(v.private_metadata)).toEqual({ channel: 'C1', thread: null });
  });
});

describe('request verification', () => {
  const secret = 'abcdef0123456789';
  const now = 1_700_000_000_000;
  const ts = now / 1000;
  test('GIVEN a correct signature within 5 minutes either way THEN ok', () => {
    for (const t of [ts, ts - 299, ts + 299]) expect(verifySlackRequest(secret, { timestamp: String(t), signature: slackSignature(secret, t, 'b') }, 'b', now)).toEqual({ ok: true });
  });
  test('GIVEN stale, future, tampered or missing THEN refused with the reason', () => {
    const v = (t: number, body = 'b', sig = slackSignature(secret, t, 'b')) => verifySlackRequest(secret, { timestamp: String(t), signature: sig }, body, now);
    expect(v(ts - 301)).toEqual({ ok: false, reason: 'stale' });
    expect(v(ts + 301)).toEqual({ ok: false, reason: 'future' });
    expect(v(ts, 'c')).toEqual({ ok: false, reason: 'bad_signature' });
    expect(v(ts, 'b', 'v0=00')).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifySlackRequest(secret, {}, 'b', now)).toEqual({ ok: false, reason: 'no_signature' });
  });
  test('GIVEN JSON, a command form, and an interaction payload form THEN each parsed', () => {
    expect(parseSlackBody('{"type":"event_callback"}', 'application/json')).toEqual({ type: 'event_callback' });
    expect(parseSlackBody('command=%2Fduban&text=help', 'application/x-www-form-urlencoded')).toEqual({ command: '/duban', text: 'help' });
    expect(parseSlackBody(`payload=${encodeURIComponent('{"type":"view_submission"}')}`, 'application/x-www-form-urlencoded')).toEqual({ type: 'view_submission' });
  });
});

describe('reply.mentions (a reminder notifying members)', () => {
  test('GIVEN member ids THEN real <@U…> mentions outside the escaped text; junk ids dropped', () => {
    const [m] = renderMessages({ text: '请 <!channel> 填报', mentions: ['U012ABC', 'W0XYZ', '<!here>', 'u1'] });
    expect(m.text).toBe('请 &lt;!channel&gt; 填报');
    const blocks = m.blocks as Array<{ text: { text: string } }>;
    expect(blocks.map((b) => b.text.text)).toEqual(['请 &lt;!channel&gt; 填报', '<@U012ABC> <@W0XYZ>']);
  });
  test('GIVEN 400 members THEN mention sections of ≤ 3,000 characters, none cut inside a mention, all in the head', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `U${String(i).padStart(10, '0')}`);
    const [m] = renderMessages({ text: '请填报', mentions: ids });
    const texts = (m.blocks as Array<{ text: { text: string } }>).slice(1).map((b) => b.text.text);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) {
      expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect(t).toMatch(/^(<@U\d{10}> )*<@U\d{10}>$/);
    }
    expect(texts.join(' ')).toBe(ids.map((id) => `<@${id}>`).join(' '));
  });
});

describe('a plan file shared with the word import', () => {
  test('GIVEN files and 导入 / import THEN the duban import command; without files a question', () => {
    const f = [{ id: 'F1', name: 'plan.docx' }];
    const e = (text: string, files?: typeof f) => messageToEvent('T1', { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text, ts: '1', files }, who)?.text;
    expect(e('导入', f)).toBe('duban 导入');
    expect(e('/duban import 新版', f)).toBe('duban import 新版');
    expect(e('import')).toBe('import');
    expect(e('请看附件', f)).toBe('请看附件');
  });
});
