// The real discord.js 14 Client end to end over 127.0.0.1: our fake gateway (WebSocket) and REST,
// a temp SQLite store with the plans loaded. Interactions and messages are injected as dispatches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiscordRunning } from '../../src/adapters/discord/index.ts';
import { buildCommandJson, deployCommands } from '../../src/adapters/discord/deploy.ts';
import { postTag } from '../../src/adapters/discord/render.ts';
import { PRIVATE_BUTTON_PREFIX, PRIVATE_NOTE_TEXT } from '../../src/adapters/discord/private-reply.ts';
import type { Store } from '../../src/store/open.ts';
import { commandList } from '../../commands/index.ts';
import { deliverOnce, postKey, type OutboxKey } from '../../src/progress/outbox.ts';
import { startScheduler } from '../../src/progress/scheduler.ts';
import type { DispatchDeps } from '../../src/core/dispatch.ts';
import { DISCORD_TOKEN } from '../support/chat-config.ts';
import { startDiscordHarness } from '../support/discord-harness.ts';
import { IDS, MANAGE_GUILD, member, user, type FakeDiscord } from '../support/fake-discord.ts';
import { editedMessageId } from '../../src/progress/edit-reply.ts';

const TOKEN = DISCORD_TOKEN;
const MEMBER = '1300000000000000001';
const COORD = '1300000000000000002';
const MANAGER = '1300000000000000003';

let fake: FakeDiscord;
let discord: DiscordRunning;
let store: Store;
let stop: () => Promise<void>;
let deps: DispatchDeps;

beforeAll(async () => {
  const h = await startDiscordHarness('discord.sqlite');
  ({ fake, discord, store, deps } = h);
  stop = h.stop;
}, 20_000);

afterAll(() => stop?.());

const memberOf = (id: string) => (id === COORD ? member(id, [IDS.roleCoordinator]) : id === MANAGER ? member(id, [IDS.roleManager], MANAGE_GUILD) : member(id));

type Opt = { name: string; type: number; value: string | number; focused?: boolean };

function interaction(type: number, data: Record<string, unknown>, who = MEMBER, channelId: string = IDS.channel) {
  const id = fake.nextId();
  const m = memberOf(who);
  fake.dispatch('INTERACTION_CREATE', {
    id,
    application_id: IDS.app,
    type,
    token: `tok-${id}`,
    version: 1,
    guild_id: IDS.guild,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: IDS.guild, name: '督办' },
    member: { ...m, permissions: m.permissions === '0' ? String(1024n | 2048n) : String(BigInt(m.permissions) | 1024n | 2048n) },
    locale: 'zh-CN',
    guild_locale: 'zh-CN',
    app_permissions: '2048',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
    attachment_size_limit: 10485760,
    data,
  });
  return id;
}

const slash = (sub: string, options: Opt[] = [], who = MEMBER, type = 2) =>
  interaction(type, { id: '1400000000000000001', name: 'duban', type: 1, options: [{ type: 1, name: sub, options }] }, who);

/** What the user finally sees for an interaction: the callback's data, or the edited @original. */
async function shown(id: string, timeoutMs = 8000): Promise<{ type: number; content: string; flags?: number; body: Record<string, unknown> | null; files: Array<{ name: string; bytes: Buffer }> }> {
  const cb = await fake.waitFor(() => fake.callbacks.find((c) => c.interactionId === id));
  if (cb.type !== 5) return { type: cb.type, content: String(cb.data?.content ?? ''), flags: cb.data?.flags as number | undefined, body: cb.data ?? null, files: [] };
  // The deferred answer: an edit of the placeholder, or (a private answer after a public defer) an
  // ephemeral follow-up once the placeholder is deleted.
  const edit = await fake.waitFor(() => fake.calls.find((c) => (c.method === 'PATCH' || c.method === 'POST') && c.path.endsWith(`tok-${id}`) === (c.method === 'POST') && c.path.includes(`tok-${id}`)), timeoutMs);
  const flags = edit.method === 'POST' ? (edit.body?.flags as number | undefined) : (cb.data?.flags as number | undefined);
  return { type: 5, content: String(edit.body?.content ?? ''), flags, body: edit.body, files: edit.files };
}

function message(content: string, opts: { channelId?: string; author?: string; mentions?: unknown[]; id?: string } = {}) {
  const id = opts.id ?? fake.nextId();
  const author = opts.author ?? MEMBER;
  const d = {
    id,
    channel_id: opts.channelId ?? IDS.channel,
    guild_id: IDS.guild,
    author: user(author),
    member: { ...memberOf(author), user: undefined },
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: opts.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
  };
  fake.dispatch('MESSAGE_CREATE', d);
  return d;
}

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('Discord over a fake gateway and REST (real discord.js)', () => {
  test('GIVEN the client logs in THEN it identified once with the least intents (Guilds, GuildMessages, MessageContent)', () => {
    expect(fake.identifies).toBe(1);
    expect(discord.client.options.intents.bitfield).toBe(1 | 512 | 32768);
  });

  test('GIVEN /duban lead task:推动5G赋能交通 THEN the lead units are answered, with no mentions parsed', async () => {
    const id = slash('lead', [{ name: 'task', type: 3, value: '推动5G赋能交通' }]);
    const r = await shown(id);
    expect(r.content).toContain('市工业和信息化局');
    expect((r.body?.allowed_mentions as { parse: unknown[] }).parse).toEqual([]);
  });

  test('GIVEN a channel message mentioning duban with a question THEN it is answered in the channel', async () => {
    const q = message(`<@${IDS.bot}> 谁牵头推动5G赋能交通？`, { mentions: [user(IDS.bot, 'duban', true)] });
    const m = await fake.waitFor(() => fake.calls.find((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages` && (c.body?.message_reference as { message_id?: string })?.message_id === q.id));
    expect(String(m.body?.content)).toContain('市交通运输局');
    expect((m.body?.allowed_mentions as { parse: unknown[] }).parse).toEqual([]);
  });

  test('GIVEN a channel message that does not mention duban THEN it is ignored', async () => {
    const before = fake.messages.length;
    message('谁牵头推动5G赋能交通？');
    await settle(200);
    expect(fake.messages.length).toBe(before);
  });

  test('GIVEN autocomplete on task with 5G THEN at most 25 matching choices', async () => {
    const id = slash('lead', [{ name: 'task', type: 3, value: '5G', focused: true }], MEMBER, 4);
    const cb = await fake.waitFor(() => fake.callbacks.find((c) => c.interactionId === id));
    expect(cb.type).toBe(8);
    const choices = cb.data?.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.every((c) => c.name.includes('5G') || c.value.includes('5G'))).toBe(true);
  });

  test('GIVEN /duban report with no options THEN the report modal is shown; a submission with 120% is refused privately', async () => {
    const id = slash('report');
    const cb = await fake.waitFor(() => fake.callbacks.find((c) => c.interactionId === id));
    expect(cb.type).toBe(9);
    expect(cb.data?.custom_id).toBe('duban:report');
    const sub = interaction(5, {
      custom_id: 'duban:report',
      components: [
        { type: 1, components: [{ type: 4, custom_id: 'task', value: '3' }] },
        { type: 1, components: [{ type: 4, custom_id: 'percent', value: '120' }] },
      ],
    });
    const r = await shown(sub);
    expect(r.content).toContain('100');
    expect(r.flags).toBe(64);
  });

  test('GIVEN a member without Manage Server or the role THEN digest and import are refused, privately', async () => {
    for (const [sub, opts] of [['digest', []], ['import', [{ name: 'text', type: 3, value: '一些文字' }]]] as const) {
      const id = slash(sub, [...opts]);
      const r = await shown(id);
      expect(r.type).toBe(5); // slow commands defer first
      expect(r.flags).toBe(64);
      expect(r.content).toContain('仅限协调人');
    }
  });

  test('GIVEN the configured coordinator role, or Manage Server THEN digest is not refused', async () => {
    for (const who of [COORD, MANAGER]) {
      const r = await shown(slash('digest', [], who));
      expect(r.content).not.toContain('仅限协调人');
    }
  });

  test('GIVEN @everyone and a role mention echoed in an error THEN the reply does not ping (parse: [])', async () => {
    const dms = () => fake.calls.filter((c) => c.method === 'POST' && /^\/channels\/9\d+\/messages$/.test(c.path) && String(c.body?.content).includes('percent'));
    const before = dms().length;
    message(`<@${IDS.bot}> /duban report percent:@everyone`, { mentions: [user(IDS.bot, 'duban', true)] });
    message(`<@${IDS.bot}> /duban report percent:<@&${IDS.roleCoordinator}>`, { mentions: [user(IDS.bot, 'duban', true)] });
    // A refusal is private: a DM to the author (the fake accepts it).
    await fake.waitFor(() => dms().length >= before + 2);
    for (const sent of dms()) expect((sent.body?.allowed_mentions as { parse: unknown[] }).parse).toEqual([]);
    const texts = fake.calls.filter((c) => /^\/channels\/9\d+\/messages$/.test(c.path)).map((c) => String(c.body?.content));
    expect(texts.some((t) => t.includes('everyone'))).toBe(true);
    expect(texts.join('\n')).not.toMatch(/@everyone|<@&\d+>/);
  });

  test('GIVEN a weekly prompt as a thread THEN a reply there is answered once, even when redelivered after a RESUME; a stranger is refused in the thread when DMs are refused', async () => {
    const planId = (store.reader.prepare('SELECT id FROM plans ORDER BY id LIMIT 1').get() as { id: number }).id;
    const okey: OutboxKey = { tenant: IDS.guild, channel: IDS.channel, planId, week: '2022-W10', kind: 'prompt' };
    const key = postKey(okey);
    const target = { tenant: IDS.guild, channel: IDS.channel };
    let posted: { messageId: string; thread?: string } = { messageId: '' };
    // The scheduler's path: outbox claim → post (opens the thread) → marked sent with the thread id.
    const outcome = await deliverOnce(store, okey, new Date(), {
      send: async () => (posted = await discord.post(target, { text: '请回复本周进度', openThread: { key, name: '2022-W10 进度征询' } }, key)),
      findPostedMessage: (k) => discord.findPostedMessage(target, k),
    });
    expect(outcome).toBe('sent');
    expect(posted.thread).toBe(posted.messageId);
    expect(await discord.findPostedMessage(target, key)).toEqual({ messageId: posted.messageId, thread: posted.thread });
    expect(await discord.findPostedMessage({ tenant: IDS.guild, channel: IDS.channel }, `${key}x`)).toBeNull();
    const promptCall = fake.messages.find((m) => m.id === posted.messageId);
    expect(JSON.stringify(promptCall?.embeds)).toContain(postTag(key));

    // A member of the task's lead unit reports in the thread.
    const lead = store.reader
      .prepare(`SELECT t.number AS number, u.name AS unit FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN units u ON u.id = a.unit_id
                WHERE a.role = 'lead' AND t.plan_id = ? AND t.kind = 'task' ORDER BY t.ord LIMIT 1`)
      .get(planId) as { number: string; unit: string };
    const joined = await shown(slash('join', [{ name: 'unit', type: 3, value: lead.unit }]));
    expect(joined.content).toContain(lead.unit);
    const inThread = () => fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${posted.thread}/messages`);
    const reply = message(`任务${lead.number} 推进中 进度60%`, { channelId: posted.thread! });
    await fake.waitFor(() => inThread().length > 0);
    // The gateway drops; the client RESUMEs and Discord replays the same MESSAGE_CREATE.
    fake.replayOnResume.push({ t: 'MESSAGE_CREATE', d: reply });
    fake.dropConnection(4000);
    await fake.waitFor(() => fake.resumes > 0, 10_000);
    await settle(500);
    expect(fake.identifies).toBe(1);
    expect(inThread()).toHaveLength(1);
    expect((inThread()[0].body?.message_reference as { message_id: string }).message_id).toBe(reply.id);
    const rows = store.reader.prepare("SELECT percent, source_message_id AS src FROM reports WHERE source_platform = 'discord' AND tenant = ?").all(IDS.guild) as Array<{ percent: number; src: string }>;
    expect(rows).toEqual([{ percent: 60, src: reply.id }]);

    // The member edits the reply to 80% (MESSAGE_UPDATE with an edit time): the edit replaces the reading, history kept (issue 15).
    const editedAt = new Date(Date.now() + 60_000).toISOString();
    fake.dispatch('MESSAGE_UPDATE', { ...reply, content: reply.content.replace('60%', '80%'), edited_timestamp: editedAt });
    const readings = () => store.reader.prepare("SELECT percent, source_message_id AS src FROM reports WHERE source_platform = 'discord' AND tenant = ? ORDER BY id").all(IDS.guild) as Array<{ percent: number; src: string }>;
    await fake.waitFor(() => readings().length === 2, 10_000);
    expect(readings()).toEqual([{ percent: 60, src: reply.id }, { percent: 80, src: editedMessageId(reply.id, editedAt) }]);
    await fake.waitFor(() => inThread().length > 1);
    expect(JSON.stringify(inThread()[1].body)).toContain('已更正');

    // Someone of no unit: refused privately; DMs refused (50007) → the notice goes in the thread.
    const stranger = '1300000000000000009';
    fake.refuseDm.add(stranger);
    const acksBefore = inThread().length;
    message(`任务${lead.number} 进度70%`, { channelId: posted.thread!, author: stranger });
    await fake.waitFor(() => inThread().length > acksBefore);
    expect(fake.calls.some((c) => c.path === '/users/@me/channels' && c.body?.recipient_id === stranger)).toBe(true);
    // Only the button note in the thread, none of the refusal (private stays private, issue 13).
    const note = inThread().at(-1)!.body;
    expect(note?.content).toBe(PRIVATE_NOTE_TEXT);
    expect(JSON.stringify(note?.components)).toContain(PRIVATE_BUTTON_PREFIX);
    expect(store.reader.prepare("SELECT count(*) AS n FROM reports WHERE source_platform = 'discord'").get()).toEqual({ n: 2 });
  }, 20_000);

  test('GIVEN the channel follows a plan THEN the scheduler opens the weekly prompt thread once; a reply there is recorded and acknowledged', async () => {
    const f = await shown(slash('follow', [{ name: 'plan', type: 3, value: '开封5G' }], COORD));
    // (Not the plan of the thread test above: its W10 prompt in this channel is already in the outbox.)
    expect(f.content).toContain('关注');
    const before = fake.calls.filter((c) => c.method === 'POST' && /\/threads$/.test(c.path)).length;
    const scheduler = startScheduler({ deps, posters: [discord], tickMs: 0 });
    await scheduler.tick();
    await scheduler.tick();
    const threads = fake.calls.filter((c) => c.method === 'POST' && /\/threads$/.test(c.path));
    expect(threads.length - before).toBe(1);
    const threadId = threads.at(-1)!.path.split('/')[4];
    const lead = store.reader
      .prepare(`SELECT t.number AS number, u.name AS unit FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN units u ON u.id = a.unit_id
                JOIN outbox o ON o.plan_id = t.plan_id WHERE o.thread = ? AND a.role IN ('lead', 'responsible') AND t.kind = 'task' ORDER BY t.ord LIMIT 1`)
      .get(threadId) as { number: string; unit: string };
    await shown(slash('join', [{ name: 'unit', type: 3, value: lead.unit }], MANAGER));
    const m = message(`任务${lead.number} 已完成80%`, { channelId: threadId, author: MANAGER });
    const ack = await fake.waitFor(() => fake.calls.find((c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages` && (c.body?.message_reference as { message_id?: string })?.message_id === m.id));
    expect(String(ack.body?.content)).toMatch(/80/);
    expect(store.reader.prepare("SELECT percent FROM reports WHERE source_platform = 'discord' AND source_message_id = ?").get(m.id)).toEqual({ percent: 80 });
  });

  test('GIVEN /duban import with a plan file attached by a coordinator THEN deferred first, the file fetched and imported', async () => {
    const name = '002-kaifeng-5g-industry-2020-2022.txt';
    fake.files.set(name, readFileSync(join(import.meta.dirname, '../../seeds', name)));
    const attId = fake.nextId();
    const attachment = { id: attId, filename: name, size: fake.files.get(name)!.length, url: `${fake.cdn}/${name}`, proxy_url: `${fake.cdn}/${name}`, content_type: 'text/plain' };
    const id = interaction(2, { id: '1400000000000000001', name: 'duban', type: 1, options: [{ type: 1, name: 'import', options: [{ name: 'file', type: 11, value: attId }] }], resolved: { attachments: { [attId]: attachment } } }, MANAGER);
    const r = await shown(id, 45_000); // a whole plan parses: seconds on a busy machine
    expect(r.type).toBe(5);
    expect(r.content).toMatch(/导入|开封/);
    expect(r.content).not.toContain('仅限协调人');
  }, 60_000);

  test('GIVEN a coordinator asks for the digest THEN it is posted once as embeds with the chart attached', async () => {
    const id = slash('digest', [{ name: 'plan', type: 3, value: '广州5G应用' }], COORD);
    const r = await shown(id);
    expect(r.type).toBe(5);
    expect(r.files.some((f) => f.bytes.subarray(1, 4).toString() === 'PNG')).toBe(true);
    expect((r.body?.embeds as unknown[]).length).toBeGreaterThan(0);
    expect(JSON.stringify(r.body?.embeds)).toContain('attachment://');
    expect(fake.calls.filter((c) => c.method === 'PATCH' && c.path.includes(`tok-${id}`))).toHaveLength(1);
  });

  test('GIVEN deploy-commands against the REST base THEN one /duban with every subcommand, required options first, autocomplete flagged', async () => {
    const n = await deployCommands(commandList, { token: TOKEN, applicationId: IDS.app, guildId: IDS.guild, api: fake.api });
    expect(n).toBe(1);
    const put = fake.calls.find((c) => c.method === 'PUT' && c.path === `/applications/${IDS.app}/guilds/${IDS.guild}/commands`);
    const body = put?.body as unknown as ReturnType<typeof buildCommandJson>[];
    expect(body[0].options.map((o) => o.name)).toEqual(commandList.map((c) => c.name));
    for (const sub of body[0].options) {
      const req = sub.options.map((o) => o.required);
      expect(req).toEqual([...req].sort((a, b) => Number(b) - Number(a)));
    }
    const lead = body[0].options.find((o) => o.name === 'lead')!;
    expect(lead.options.find((o) => o.name === 'task')?.autocomplete).toBe(true);
  });
});
