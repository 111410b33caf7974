// Private stays private on Slack, and a long slash answer is not cut at response_url's five
// responses (issue 13). Real Bolt over signed HTTP, its WebClient on the fake Slack (which refuses a
// sixth response on one response_url, as Slack does).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSlack, type SlackRunning } from '../../src/adapters/slack/index.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { defineCommand } from '../../src/core/command.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { commandList } from '../../commands/index.ts';
import { tempDir } from '../support/fixtures.ts';
import { chatConfig } from '../support/chat-config.ts';
import { commandBody, eventBody, sendSigned, startFakeSlack, type FakeSlack } from '../../src/bench/fake-slack.ts';

const SECRET = 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff';
const TEAM = 'T0PRIV';
const NOSY = 'UNODM'; // refuses DMs (conversations.open → cannot_dm_bot)

// 700 numbered lines of ~100 characters: about 70,000 characters, six or more Slack messages.
const longLines = (tag: string) => Array.from({ length: 700 }, (_, i) => `${tag}第${i}行 ${'内容'.repeat(45)}`);
const longAnswer = (name: string, ephemeral: boolean) =>
  defineCommand({
    name,
    aliases: [],
    description: { 'zh-CN': '测试', en: 'test' },
    options: [] as const,
    run: () => ({ text: `${name} 的回答`, ephemeral, sections: [{ title: '明细', lines: longLines(name) }] }),
  });
// A private answer with a markdown file (which an ephemeral message cannot carry).
const secretFile = defineCommand({
  name: 'secretfile',
  aliases: [],
  description: { 'zh-CN': '测试', en: 'test' },
  options: [] as const,
  run: () => ({ text: '只应本人可见的回答', ephemeral: true, files: [{ name: 'detail.md', contentType: 'text/markdown', bytes: new TextEncoder().encode('# 明细\n机密第一行\n机密第二行') }] }),
});

let fake: FakeSlack;
let slack: SlackRunning;
let store: Store;
let cleanup: () => void;
let seq = 0;

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  store = openStore(join(tmp.dir, 'slack-private.sqlite'));
  fake = await startFakeSlack({ teamId: TEAM, refuseDm: [NOSY], notMemberOf: ['CNOTIN'] });
  const deps = { store, clock: new ManualClock('2022-03-07T01:00:00Z'), commands: [...commandList, longAnswer('longsecret', true), longAnswer('longpublic', false), secretFile] };
  slack = await startSlack(deps, chatConfig({ slackApiUrl: fake.url, secret: SECRET }), { retries: 0, host: '127.0.0.1', worker: false });
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
  store?.close();
  cleanup?.();
});

function slash(text: string, user: string, channel: string) {
  const id = `p${++seq}`;
  const body = commandBody({ command: '/duban', text, team_id: TEAM, channel_id: channel, user_id: user, user_name: user.toLowerCase(), trigger_id: `trig-${id}`, response_url: `${fake.base}/respond/${id}` });
  return { id, sent: sendSigned(slack.url, body, 'application/x-www-form-urlencoded', { secret: SECRET }) };
}

const textOf = (m: { text?: unknown; blocks?: unknown }) => `${String(m.text ?? '')}\n${JSON.stringify(m.blocks ?? [])}`;
const ephemeralIn = (channel: string) => fake.callsOf('chat.postEphemeral').filter((c) => c.args.channel === channel);
const postedIn = (channel: string) => fake.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('Slack: long slash answers and private replies', () => {
  test('GIVEN a private slash answer of 700 lines THEN five ephemeral responses, the rest by chat.postEphemeral, every line shown, nothing in the channel', async () => {
    const c = slash('longsecret', 'UMEMBER', 'CLONG1');
    await c.sent;
    await fake.waitFor(() => ephemeralIn('CLONG1').length > 0, 10_000);
    await settle();
    const responses = fake.responses.filter((r) => r.id === c.id);
    expect(responses).toHaveLength(5);
    for (const r of responses) expect(r.body.response_type).toBe('ephemeral');
    const rest = ephemeralIn('CLONG1');
    for (const e of rest) expect(e.args.user).toBe('UMEMBER');
    const all = [...responses.map((r) => textOf(r.body)), ...rest.map((e) => textOf(e.args))].join('\n');
    for (const i of [0, 350, 699]) expect(all).toContain(`longsecret第${i}行`);
    expect(all).not.toContain('未显示');
    expect(postedIn('CLONG1')).toEqual([]);
  }, 20_000);

  test('GIVEN a public slash answer of 700 lines THEN five in_channel responses, the rest posted in the channel', async () => {
    const c = slash('longpublic', 'UMEMBER', 'CLONG2');
    await c.sent;
    await fake.waitFor(() => postedIn('CLONG2').length > 0, 10_000);
    await settle();
    const responses = fake.responses.filter((r) => r.id === c.id);
    expect(responses.map((r) => r.body.response_type)).toEqual(Array(5).fill('in_channel'));
    const all = [...responses.map((r) => textOf(r.body)), ...postedIn('CLONG2').map((m) => textOf(m.args))].join('\n');
    expect(all).toContain('longpublic第699行');
    expect(all).not.toContain('未显示');
  }, 20_000);

  test('GIVEN a long answer in a channel duban is no member of THEN the rest comes by DM (never lost): public and private alike', async () => {
    for (const [name, user] of [['longpublic', 'UPUB'], ['longsecret', 'USEC']] as const) {
      const c = slash(name, user, 'CNOTIN');
      await c.sent;
      const inDm = () => fake.messages.filter((m) => m.channel === `D${user}`);
      await fake.waitFor(() => inDm().length > 0, 10_000);
      await settle();
      expect(fake.responses.filter((r) => r.id === c.id)).toHaveLength(5);
      const all = [...fake.responses.filter((r) => r.id === c.id).map((r) => textOf(r.body)), ...inDm().map((m) => textOf(m))].join('\n');
      expect(all).toContain(`${name}第699行`);
      expect(fake.messages.filter((m) => m.channel === 'CNOTIN')).toEqual([]);
    }
  }, 30_000);

  test('GIVEN a private slash answer with a file to a user who refuses DMs THEN the file text comes ephemeral; nothing posted or uploaded in the channel', async () => {
    const c = slash('secretfile', NOSY, 'CPRIV1');
    await c.sent;
    await fake.waitFor(() => ephemeralIn('CPRIV1').length > 0, 10_000);
    await settle();
    expect(fake.responses.find((r) => r.id === c.id)?.body.response_type).toBe('ephemeral');
    const notes = ephemeralIn('CPRIV1');
    expect(notes.every((n) => n.args.user === NOSY)).toBe(true);
    expect(notes.map((n) => textOf(n.args)).join('\n')).toContain('机密第二行');
    expect(postedIn('CPRIV1')).toEqual([]);
    expect([...fake.uploads.values()].filter((u) => u.channel === 'CPRIV1')).toEqual([]);
  }, 20_000);

  test('GIVEN the same asked by mention in a channel THEN the answer and the file text come ephemeral in the thread; nothing public', async () => {
    const ts = '1700000100.000100';
    const body = eventBody(TEAM, 'Ev-priv-1', { type: 'app_mention', channel: 'CPRIV2', user: NOSY, text: '<@UBOT> /duban secretfile', ts });
    await sendSigned(slack.url, body, 'application/json', { secret: SECRET });
    await fake.waitFor(() => ephemeralIn('CPRIV2').length >= 2, 10_000);
    await settle();
    const texts = ephemeralIn('CPRIV2').map((n) => textOf(n.args)).join('\n');
    expect(texts).toContain('只应本人可见的回答');
    expect(texts).toContain('机密第一行');
    expect(ephemeralIn('CPRIV2').every((n) => n.args.user === NOSY && n.args.thread_ts === ts)).toBe(true);
    expect(postedIn('CPRIV2')).toEqual([]);
  }, 20_000);
});
