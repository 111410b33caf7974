// Private stays private on Discord (issue 13), with the real discord.js Client over the fake gateway
// and REST: a private reply to a message whose author refuses DMs (50007) leaves only a button in the
// channel; the author's click shows the reply as ephemeral interaction replies and deletes the note;
// anyone else is told it is not theirs; the reply survives a restart and expires after a day. A
// slash command's private answer stays ephemeral after a public defer, follow-ups included.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDiscord, type DiscordRunning } from '../../src/adapters/discord/index.ts';
import { PRIVATE_BUTTON_PREFIX, PRIVATE_NOTE_TEXT } from '../../src/adapters/discord/private-reply.ts';
import { renderMessages } from '../../src/adapters/discord/render.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { defineCommand } from '../../src/core/command.ts';
import { findPrivateReply } from '../../src/store/private-replies.ts';
import { commandList } from '../../commands/index.ts';
import { chatConfig } from '../support/chat-config.ts';
import { startDiscordHarness, type DiscordHarness } from '../support/discord-harness.ts';
import { IDS, member, user, type FakeDiscord } from '../support/fake-discord.ts';

const ASKER = '1300000000000000021';
const OTHER = '1300000000000000022';

let h: DiscordHarness;
let fake: FakeDiscord;
let restarted: DiscordRunning | undefined;

beforeAll(async () => {
  h = await startDiscordHarness('discord-private.sqlite');
  fake = h.fake;
  fake.refuseDm.add(ASKER);
}, 20_000);

afterAll(async () => {
  await restarted?.stop();
  await h?.stop();
});

function interaction(type: number, data: Record<string, unknown>, who: string, extra: Record<string, unknown> = {}) {
  const id = fake.nextId();
  fake.dispatch('INTERACTION_CREATE', {
    id, application_id: IDS.app, type, token: `tok-${id}`, version: 1, guild_id: IDS.guild, channel_id: IDS.channel,
    channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: '督办' },
    member: { ...member(who), permissions: String(1024n | 2048n) },
    locale: 'zh-CN', guild_locale: 'zh-CN', app_permissions: '2048', entitlements: [], authorizing_integration_owners: {}, context: 0, attachment_size_limit: 10485760,
    data, ...extra,
  });
  return id;
}

/** A click on the note's button (MESSAGE_COMPONENT, a button). */
function click(noteId: string, customId: string, who: string) {
  const message = {
    id: noteId, channel_id: IDS.channel, guild_id: IDS.guild, author: user(IDS.bot, 'duban', true), content: PRIVATE_NOTE_TEXT,
    timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 19, flags: 0,
    components: [{ type: 1, components: [{ type: 2, style: 1, label: '查看回复', custom_id: customId }] }],
  };
  return interaction(3, { custom_id: customId, component_type: 2 }, who, { message });
}

function ask(content: string, author = ASKER) {
  const id = fake.nextId();
  fake.dispatch('MESSAGE_CREATE', {
    id, channel_id: IDS.channel, guild_id: IDS.guild, author: user(author), member: { ...member(author), user: undefined },
    content: `<@${IDS.bot}> ${content}`, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false,
    mentions: [user(IDS.bot, 'duban', true)], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0,
  });
  return id;
}

const toChannel = () => fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`);

/** Asks something private; returns the note posted in its place and the button's custom id. */
async function noteFor(question: string) {
  const before = toChannel().length;
  const q = ask(question);
  const post = await fake.waitFor(() => toChannel().slice(before).find((c) => (c.body?.message_reference as { message_id?: string })?.message_id === q));
  const customId = (post.body?.components as Array<{ components: Array<{ custom_id: string }> }>)[0].components[0].custom_id;
  const note = fake.messages.filter((m) => m.channel_id === IDS.channel && m.content === PRIVATE_NOTE_TEXT).at(-1)!;
  return { post, customId, noteId: note.id, rowId: customId.slice(PRIVATE_BUTTON_PREFIX.length) };
}

const callbackOf = (id: string) => fake.waitFor(() => fake.callbacks.find((c) => c.interactionId === id));
const followUpsOf = (id: string) => fake.calls.filter((c) => c.method === 'POST' && c.path.startsWith('/webhooks/') && c.path.includes(`/tok-${id}`));
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('Discord private replies when DMs are refused (50007)', () => {
  test('GIVEN /duban help asked by mention by a user who refuses DMs THEN only a button note in the channel; the asker opens it ephemerally, every part; the note goes', async () => {
    const { post, customId, noteId, rowId } = await noteFor('/duban help');
    expect(fake.calls.some((c) => c.path === '/users/@me/channels' && c.body?.recipient_id === ASKER)).toBe(true);
    // The channel sees the note and nothing of the reply.
    expect(post.body?.content).toBe(PRIVATE_NOTE_TEXT);
    expect(post.body?.embeds ?? []).toEqual([]);
    expect(customId.startsWith(PRIVATE_BUTTON_PREFIX)).toBe(true);
    await settle();
    expect(toChannel().filter((c) => JSON.stringify(c.body).includes('/duban report'))).toEqual([]);
    const pending = findPrivateReply(h.store, rowId, h.deps.clock.now())!;
    expect(pending.user).toBe(ASKER);
    expect(pending.reply.text).toContain('/duban report');
    const expected = renderMessages(pending.reply);

    // Someone else clicks: told privately it is not theirs; the note stays.
    const other = click(noteId, customId, OTHER);
    const no = await callbackOf(other);
    expect(no.type).toBe(4);
    expect(no.data?.flags).toBe(64);
    expect(String(no.data?.content)).toContain('不是给你的');
    expect(fake.messages.some((m) => m.id === noteId)).toBe(true);

    // The asker clicks: the reply, ephemeral, all of it; then the note is deleted.
    const mine = click(noteId, customId, ASKER);
    const yes = await callbackOf(mine);
    expect(yes.type).toBe(4);
    expect(yes.data?.flags).toBe(64);
    await fake.waitFor(() => fake.calls.some((c) => c.method === 'DELETE' && c.path === `/channels/${IDS.channel}/messages/${noteId}`));
    const parts = [yes.data, ...followUpsOf(mine).map((c) => c.body)];
    expect(parts).toHaveLength(expected.length);
    for (const p of parts) expect(p?.flags).toBe(64);
    expect(parts.map((p) => String(p?.content ?? ''))).toEqual(expected.map((e) => e.content ?? ''));
    expect(fake.messages.some((m) => m.id === noteId)).toBe(false);
    expect(findPrivateReply(h.store, rowId, h.deps.clock.now())).toBeNull();

    // A second click (the note was already gone for others): told it was shown, nothing public.
    const again = click(noteId, customId, ASKER);
    expect(String((await callbackOf(again)).data?.content)).toContain('已被查看或已过期');
    expect(fake.violations).toEqual([]);
  }, 20_000);

  test('GIVEN a note left before a restart THEN a new client opens it from the store', async () => {
    const { customId, noteId } = await noteFor('/duban leave 到11月30日');
    await h.discord.stop();
    restarted = await startDiscord(h.deps, chatConfig({ discordApiUrl: fake.api }));
    const id = click(noteId, customId, ASKER);
    const cb = await callbackOf(id);
    expect(cb.data?.flags).toBe(64);
    expect(String(cb.data?.content)).toContain('11');
    await fake.waitFor(() => !fake.messages.some((m) => m.id === noteId));
  }, 20_000);

  test('GIVEN a note clicked 25 hours later THEN it says it expired and the note is deleted; nothing is shown', async () => {
    const { customId, noteId } = await noteFor('/duban help leave');
    (h.deps.clock as ManualClock).advance(25 * 3600 * 1000);
    const id = click(noteId, customId, ASKER);
    const cb = await callbackOf(id);
    expect(cb.data?.flags).toBe(64);
    expect(String(cb.data?.content)).toContain('已过期');
    expect(String(cb.data?.content)).not.toContain('/duban leave');
    await fake.waitFor(() => !fake.messages.some((m) => m.id === noteId));
  }, 20_000);
});

// A slow private command: the answer passes the defer budget (a public placeholder), then comes back
// ephemeral and in three parts.
const secret = defineCommand({
  name: 'secret',
  aliases: [],
  description: { 'zh-CN': '测试', en: 'test' },
  options: [] as const,
  async run() {
    await new Promise((r) => setTimeout(r, 300));
    const line = (i: number) => `第${i}行 只应本人可见的内容 ${'字'.repeat(60)}`;
    return { text: Array.from({ length: 80 }, (_, i) => line(i)).join('\n'), ephemeral: true };
  },
});

describe('Discord private slash answers', () => {
  test('GIVEN a private answer after a public defer, in several parts THEN the placeholder is deleted and every part is an ephemeral follow-up', async () => {
    const d2 = await startDiscord({ ...h.deps, commands: [...commandList, secret] }, chatConfig({ discordApiUrl: fake.api }), { deferAfterMs: 50 });
    try {
      const id = interaction(2, { id: '1400000000000000001', name: 'duban', type: 1, options: [{ type: 1, name: 'secret', options: [] }] }, OTHER);
      const cb = await callbackOf(id);
      expect(cb.type).toBe(5);
      expect(cb.data?.flags ?? 0).toBe(0); // the public placeholder
      await fake.waitFor(() => followUpsOf(id).filter((c) => c.method === 'POST').length >= 3);
      await settle();
      const sends = fake.calls.filter((c) => c.path.startsWith('/webhooks/') && c.path.includes(`/tok-${id}`));
      expect(sends.some((c) => c.method === 'DELETE' && decodeURIComponent(c.path).endsWith('/messages/@original'))).toBe(true);
      // Nothing edits the public placeholder; every message is flagged ephemeral.
      expect(sends.filter((c) => c.method === 'PATCH')).toEqual([]);
      const posts = sends.filter((c) => c.method === 'POST');
      for (const p of posts) expect(p.body?.flags).toBe(64);
      expect(posts.map((p) => String(p.body?.content)).join('\n')).toContain('第79行');
    } finally {
      await d2.stop();
    }
  }, 20_000);
});
