// Discord translation both ways, pure: messages/invocations → ChatEvent, Reply → payload, modal, command JSON.
import { describe, expect, test } from 'vitest';
import { invocationToEvent, messageToEvent, modalCommand, stripBotMention } from '../../src/adapters/discord/events.ts';
import { DISCORD_LIMITS } from '../../src/text/limits.ts';
import { embedChars, postTag, renderFollowUps, renderMessage, renderMessages, renderModal } from '../../src/adapters/discord/render.ts';
import { buildCommandJson } from '../../src/adapters/discord/deploy.ts';
import { reportModal } from '../../commands/report.ts';
import { commandList } from '../../commands/index.ts';

const who = { botId: '99', isCoordinator: false, receivedAt: new Date('2022-03-07T01:00:00Z') };
const msg = { id: 'm1', guildId: 'g1', channelId: 'c1', parentId: null, authorId: 'u1', authorIsBot: false, content: '谁牵头', mentionsBot: false };

describe('Discord events → ChatEvent', () => {
  test('GIVEN a reply inside a thread THEN channel is the parent, thread the thread id, eventId the message id', () => {
    const e = messageToEvent({ ...msg, channelId: 't1', parentId: 'c1', content: '任务3 已完成60%' }, { ...who, isPromptThread: () => true });
    expect(e).toMatchObject({ platform: 'discord', tenant: 'g1', channel: 'c1', thread: 't1', eventId: 'msg:m1', messageId: 'm1', text: '任务3 已完成60%' });
  });

  test('GIVEN a channel message THEN ignored unless it mentions the bot, whose mention is stripped', () => {
    expect(messageToEvent(msg, who)).toBeNull();
    expect(messageToEvent({ ...msg, content: '<@99> 谁牵头 <@!99>', mentionsBot: true }, who)?.text).toBe('谁牵头');
    expect(messageToEvent({ ...msg, authorIsBot: true, mentionsBot: true }, who)).toBeNull();
    expect(messageToEvent({ ...msg, content: '<@99>', mentionsBot: true }, who)).toBeNull();
    expect(stripBotMention('<@123> x', '99')).toBe('<@123> x');
  });

  test('GIVEN a DM THEN tenant dm:<user> and direct', () => {
    expect(messageToEvent({ ...msg, guildId: null }, who)).toMatchObject({ tenant: 'dm:u1', isDirect: true });
  });

  test('GIVEN /duban report in a thread THEN the subcommand with structured options, eventId from the interaction', () => {
    const e = invocationToEvent({ guildId: 'g1', channelId: 't1', parentId: 'c1', interactionId: 'i1', userId: 'u1', locale: 'en-US', command: 'report', options: { task: '3', percent: 60 } }, who);
    expect(e).toMatchObject({ command: { name: 'report', options: { task: '3', percent: 60 } }, eventId: 'ia:i1', channel: 'c1', thread: 't1', locale: 'en-US', text: '' });
    expect(modalCommand('duban:report')).toBe('report');
    expect(modalCommand('other')).toBeNull();
  });
});

describe('Reply → Discord payload', () => {
  test('GIVEN plain text THEN content only, mentions never parsed', () => {
    const p = renderMessage({ text: '@everyone 请填报 <@&1>' });
    expect(p).toMatchObject({ content: '@everyone 请填报 <@&1>', embeds: [], files: [] });
    expect(p.allowedMentions.parse).toEqual([]);
    expect(p.allowedMentions.repliedUser).toBe(false);
  });

  test('GIVEN a title, fields and a PNG THEN one embed showing the attached chart', () => {
    const p = renderMessage({ title: '周报', text: '本周', fields: [{ name: '市工信局', value: '60%' }], files: [{ name: 'chart.png', bytes: new Uint8Array([1, 2]), contentType: 'image/png' }] });
    expect(p.content).toBeUndefined();
    expect(p.embeds[0]).toMatchObject({ title: '周报', description: '本周', fields: [{ name: '市工信局', value: '60%', inline: false }], image: { url: 'attachment://chart.png' } });
    expect(p.files[0].name).toBe('chart.png');
  });

  test('GIVEN sections of 30,000 characters THEN messages of ≤ 25 fields and ≤ 6,000 characters, every line kept, text shown once', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `任务${i} ${'推进'.repeat(45)}`);
    const msgs = renderMessages({ title: '周报', text: '本周摘要', sections: [{ title: '红灯', lines: lines.slice(0, 3), tone: 'red' }, { title: '风险任务', lines, in: 'thread' }] });
    expect(msgs.length).toBeGreaterThan(5);
    expect(msgs[0].content).toBeUndefined();
    expect(msgs[0].embeds[0]).toMatchObject({ title: '周报', description: '本周摘要', color: 0xd9534f });
    for (const m of msgs) {
      expect(m.embeds.reduce((n, e) => n + embedChars(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
      for (const e of m.embeds) expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    }
    const shown = msgs.slice(1).flatMap((m) => m.embeds.flatMap((e) => e.fields ?? [])).flatMap((f) => f.value.split('\n'));
    expect(shown).toEqual(lines);
    expect(JSON.stringify(msgs).split('本周摘要').length).toBe(2);
  });

  test('GIVEN 1,000 section lines THEN at most 13 section messages and a note counting what is left out', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `任务${i} ${'推进'.repeat(45)}`);
    const msgs = renderMessages({ title: '周报', text: 'x', sections: [{ title: '全部', lines, in: 'thread' }], overflow: '完整内容见附件 a.md' });
    expect(msgs.length).toBeLessThanOrEqual(13);
    const note = msgs.at(-1)!.embeds[0].fields!.at(-1)!;
    const shown = msgs.slice(1).flatMap((m) => m.embeds[0].fields!.slice(0, m === msgs.at(-1) ? -1 : undefined)).flatMap((f) => f.value.split('\n')).length;
    expect(note.value).toBe(`另有 ${1000 - shown} 行未显示；完整内容见附件 a.md`);
  });

  test('GIVEN an outbox key THEN its tag in the last embed footer; tags differ per key', () => {
    const p = renderMessage({ text: '请回复本周进度' }, postTag('a'));
    expect(p.embeds.at(-1)?.footer?.text).toBe(postTag('a'));
    expect(postTag('a')).not.toBe(postTag('b'));
  });

  test('GIVEN follow-ups THEN each a plain message without mentions', () => {
    expect(renderFollowUps({ text: 'x', followUps: ['二', '三'] })).toEqual([
      { content: '二', embeds: [], files: [], allowedMentions: { parse: [], repliedUser: false } },
      { content: '三', embeds: [], files: [], allowedMentions: { parse: [], repliedUser: false } },
    ]);
  });

  test('GIVEN the report modal THEN custom_id duban:report, one text input per row, labels ≤ 45', () => {
    const m = renderModal(reportModal);
    expect(m.custom_id).toBe('duban:report');
    expect(m.components.map((r) => r.components[0].custom_id)).toEqual(['task', 'status', 'percent', 'note']);
    expect(m.components.every((r) => r.components[0].label.length <= 45)).toBe(true);
    expect(m.components[3].components[0].style).toBe(2);
  });
});

describe('command registration JSON', () => {
  const json = buildCommandJson(commandList);
  test('GIVEN the command list THEN /duban with one subcommand each, zh-CN descriptions, ≤ 100 characters', () => {
    expect(json.name).toBe('duban');
    expect(json.options.map((o) => o.name)).toEqual(commandList.map((c) => c.name));
    for (const sub of json.options) {
      expect(sub.description.length).toBeLessThanOrEqual(100);
      expect(sub.description_localizations['zh-CN']).toBeTruthy();
      expect(sub.options.length).toBeLessThanOrEqual(25);
    }
  });
  test('GIVEN report THEN status has choices (no autocomplete), task/unit/plan autocomplete, percent an integer', () => {
    const report = json.options.find((o) => o.name === 'report')!;
    const opt = (n: string) => report.options.find((o) => o.name === n)! as Record<string, unknown>;
    expect(opt('status').choices).toBeTruthy();
    expect(opt('status').autocomplete).toBeUndefined();
    expect([opt('task').autocomplete, opt('unit').autocomplete, opt('plan').autocomplete]).toEqual([true, true, true]);
    expect(opt('percent').type).toBe(4);
  });
});

describe('reply.mentions (a reminder notifying members)', () => {
  test('GIVEN member ids THEN they are the content, the text is in the embed, and only they may be pinged (parse stays empty)', () => {
    const p = renderMessage({ text: '@everyone 请填报'.padEnd(2500, '。'), mentions: ['130000000000000001', '<@&1>'] });
    expect(p.content).toBe('<@130000000000000001>');
    expect(p.embeds[0].description?.startsWith('@everyone 请填报')).toBe(true);
    expect(p.allowedMentions).toEqual({ parse: [], repliedUser: false, users: ['130000000000000001'] });
  });

  test('GIVEN 400 member ids THEN batches of ≤ 100 users whose content fits 2,000, none cut, all pinged once', () => {
    const ids = Array.from({ length: 400 }, (_, i) => String(130000000000000000n + BigInt(i)));
    const msgs = renderMessages({ text: '请填报', mentions: ids });
    const withUsers = msgs.filter((m) => m.allowedMentions.users);
    for (const m of withUsers) {
      expect(m.allowedMentions.users!.length).toBeLessThanOrEqual(DISCORD_LIMITS.mentionedUsers);
      expect(m.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
      expect(m.content).toBe(m.allowedMentions.users!.map((id) => `<@${id}>`).join(' '));
    }
    expect(withUsers.flatMap((m) => m.allowedMentions.users!)).toEqual(ids);
  });
});
