// The real Bolt 5 App end to end over 127.0.0.1: signed HTTP requests into our receiver, its
// WebClient pointed at a local fake Slack Web API, a temp SQLite store with the plans loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSlack, type SlackRunning } from '../../src/adapters/slack/index.ts';
import { ManualClock } from '../../src/core/clock.ts';
import type { Config } from '../../src/config.ts';
import type { DispatchDeps } from '../../src/core/dispatch.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { commandList } from '../../commands/index.ts';
import { loadGoldPlans } from '../support/chat.ts';
import { tempDir } from '../support/fixtures.ts';
import { chatConfig } from '../support/chat-config.ts';
import { deliverOnce, postKey, type OutboxKey } from '../../src/progress/outbox.ts';
import { startScheduler } from '../../src/progress/scheduler.ts';
import { slackEventViolation } from '../support/platform-specs.ts';
import { commandBody, eventBody, interactionBody, sendSigned, startFakeSlack, type FakeSlack } from '../../src/bench/fake-slack.ts';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5'.replace(/[yz]/g, 'f');
const TEAM = 'T0DUBAN';

let fake: FakeSlack;
let slack: SlackRunning;
let store: Store;
let cleanup: () => void;
let seq = 0;
let deps: DispatchDeps;
const clock = new ManualClock('2022-03-07T01:00:00Z'); // Monday 09:00 in Asia/Shanghai: the default prompt time
const nextTs = () => `${1700000000 + ++seq}.000100`;

const config = (apiUrl: string): Config => chatConfig({ slackApiUrl: apiUrl, secret: SECRET, coordinatorIds: ['UCOORD'] });

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  store = openStore(join(tmp.dir, 'slack.sqlite'));
  loadGoldPlans(store);
  fake = await startFakeSlack({ teamId: TEAM, admins: ['UADMIN'] });
  deps = { store, clock, commands: commandList };
  slack = await startSlack(deps, config(fake.url), { retries: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
  store?.close();
  cleanup?.();
});

const json = 'application/json';
const form = 'application/x-www-form-urlencoded';

// Every event sent to our receiver is first held to Slack's Events API wrapper schema (the fake is ours).
function sendEvent(eventId: string, event: Record<string, unknown>, opts: { retryNum?: number; timestamp?: number; signature?: string } = {}) {
  const body = eventBody(TEAM, eventId, event);
  expect(slackEventViolation(JSON.parse(body))).toBeNull();
  return sendSigned(slack.url, body, json, { secret: SECRET, ...opts });
}

function slash(text: string, user = 'UMEMBER', channel = 'C1') {
  const id = ++seq;
  return {
    id: String(id),
    send: () =>
      sendSigned(
        slack.url,
        commandBody({ command: '/duban', text, team_id: TEAM, channel_id: channel, user_id: user, user_name: user.toLowerCase(), trigger_id: `trig-${id}`, response_url: `${fake.base}/respond/${id}` }),
        form,
        { secret: SECRET },
      ),
  };
}

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

/** The scheduler's path for a weekly prompt: outbox claim → poster.post → marked sent with its thread. */
async function postPrompt(channel: string, week: string) {
  const planId = (store.reader.prepare('SELECT id FROM plans ORDER BY id LIMIT 1').get() as { id: number }).id;
  const key: OutboxKey = { tenant: TEAM, channel, planId, week, kind: 'prompt' };
  const target = { tenant: TEAM, channel };
  let posted: { messageId: string; thread?: string } = { messageId: '' };
  const outcome = await deliverOnce(store, key, new Date(), {
    send: async () => (posted = await slack.post(target, { text: '请回复本周进度', openThread: { key: postKey(key), name: `${week} 进度` } }, postKey(key))),
    findPostedMessage: (k) => slack.findPostedMessage(target, k),
  });
  return { ...posted, outcome, key };
}

describe('Slack over HTTP (signed requests, real Bolt)', () => {
  test('GIVEN a DM 谁牵头推动5G赋能交通 THEN the lead units are answered in the DM', async () => {
    const ts = nextTs();
    const res = await sendEvent('Ev-dm-1', { type: 'message', channel: 'D1', channel_type: 'im', user: 'UMEMBER', text: '谁牵头推动5G赋能交通？', ts });
    expect(res.status).toBe(200);
    const m = await fake.waitFor(() => fake.messages.find((x) => x.channel === 'D1'));
    expect(m.text).toContain('市工业和信息化局');
    expect(m.text).toContain('牵头');
  });

  test('GIVEN an app_mention in a channel THEN the answer goes in that message thread', async () => {
    const ts = nextTs();
    await sendEvent('Ev-men-1', { type: 'app_mention', channel: 'C1', user: 'UMEMBER', text: '<@UBOT> 谁牵头推动5G赋能交通', ts });
    const m = await fake.waitFor(() => fake.messages.find((x) => x.channel === 'C1' && x.thread_ts === ts));
    expect(m.text).toContain('市交通运输局');
  });

  test('GIVEN 今天中午吃什么？ in somebody else\'s thread THEN no answer; with a mention in that thread THEN answered', async () => {
    const parent = nextTs();
    await sendEvent('Ev-lunch-1', { type: 'message', channel: 'C7', user: 'UMEMBER', text: '今天中午吃什么？', ts: nextTs(), thread_ts: parent });
    await sendEvent('Ev-lunch-2', { type: 'app_mention', channel: 'C7', user: 'UMEMBER', text: '<@UBOT> 谁牵头推动5G赋能交通', ts: nextTs(), thread_ts: parent });
    const answers = await fake.waitFor(() => fake.messages.filter((x) => x.channel === 'C7' && x.thread_ts === parent).length > 0 && fake.messages.filter((x) => x.channel === 'C7'));
    await settle();
    expect(fake.messages.filter((x) => x.channel === 'C7')).toHaveLength(answers.length);
    expect(answers).toHaveLength(1);
    expect(answers[0].text).toContain('市交通运输局');
  });

  test('GIVEN the same event retried with X-Slack-Retry-Num: 1 THEN it is acknowledged and handled once', async () => {
    const ts = nextTs();
    const ev = { type: 'message', channel: 'D2', channel_type: 'im', user: 'UMEMBER', text: '谁牵头推动5G赋能交通', ts };
    expect((await sendEvent('Ev-retry-1', ev)).status).toBe(200);
    expect((await sendEvent('Ev-retry-1', ev, { retryNum: 1 })).status).toBe(200);
    await fake.waitFor(() => fake.messages.some((x) => x.channel === 'D2'));
    await settle();
    expect(fake.messages.filter((x) => x.channel === 'D2')).toHaveLength(1);
  });

  test('GIVEN a bad signature THEN 401 and nothing is handled', async () => {
    const res = await sendEvent('Ev-bad-sig', { type: 'message', channel: 'D3', channel_type: 'im', user: 'UMEMBER', text: '谁牵头', ts: nextTs() }, { signature: 'v0=deadbeef' });
    expect(res.status).toBe(401);
    const wrongSecret = await sendSigned(slack.url, eventBody(TEAM, 'Ev-bad-sig-2', { type: 'message', channel: 'D3', channel_type: 'im', user: 'U', text: 'x', ts: nextTs() }), json, { secret: 'ffff0000ffff0000ffff' });
    expect(wrongSecret.status).toBe(401);
    await settle(100);
    expect(fake.messages.filter((x) => x.channel === 'D3')).toHaveLength(0);
  });

  test('GIVEN a timestamp 10 minutes old or 10 minutes ahead THEN 401; 4 minutes off is accepted', async () => {
    const now = Math.floor(Date.now() / 1000);
    const ev = (id: string) => ({ type: 'message', channel: 'D4', channel_type: 'im', user: 'UMEMBER', text: `谁牵头推动5G赋能交通`, ts: nextTs(), id });
    expect((await sendEvent('Ev-old', ev('a'), { timestamp: now - 600 })).status).toBe(401);
    expect((await sendEvent('Ev-future', ev('b'), { timestamp: now + 600 })).status).toBe(401);
    expect((await sendEvent('Ev-near', ev('c'), { timestamp: now - 240 })).status).toBe(200);
    await fake.waitFor(() => fake.messages.some((x) => x.channel === 'D4'));
    await settle(100);
    expect(fake.messages.filter((x) => x.channel === 'D4')).toHaveLength(1);
  });

  test('GIVEN /duban lead 推动5G赋能交通 THEN the answer goes to response_url in the channel', async () => {
    const c = slash('lead 推动5G赋能交通');
    expect((await c.send()).status).toBe(200);
    const r = await fake.waitFor(() => fake.responses.find((x) => x.id === c.id));
    expect(r.body.response_type).toBe('in_channel');
    expect(String(r.body.text)).toContain('市工业和信息化局');
  });

  test('GIVEN a member (not admin, not configured) THEN /duban digest and /duban import are refused, ephemeral', async () => {
    for (const word of ['digest', 'import 一些文字']) {
      const c = slash(word, 'UMEMBER');
      await c.send();
      const r = await fake.waitFor(() => fake.responses.find((x) => x.id === c.id));
      expect(r.body.response_type).toBe('ephemeral');
      expect(String(r.body.text)).toContain('仅限协调人');
    }
    expect(fake.callsOf('users.info').some((c) => c.args.user === 'UMEMBER')).toBe(true);
  });

  test('GIVEN a workspace admin (users.info is_admin) THEN /duban digest is not refused', async () => {
    const c = slash('digest', 'UADMIN');
    await c.send();
    const r = await fake.waitFor(() => fake.responses.find((x) => x.id === c.id));
    expect(String(r.body.text)).not.toContain('仅限协调人');
  });

  test('GIVEN @everyone, <!channel> and a role mention echoed back THEN they are escaped text, not pings', async () => {
    const c = slash('report status:@everyone <!channel> <!subteam^S123> <@U999>');
    await c.send();
    const r = await fake.waitFor(() => fake.responses.find((x) => x.id === c.id));
    const text = String(r.body.text);
    expect(text).toContain('everyone');
    expect(text).not.toMatch(/@everyone|<!channel>|<!subteam|<@U999>/);
    expect(JSON.stringify(r.body.blocks)).not.toMatch(/@everyone|<!channel>|<!subteam|<@U999>/);
  });

  test('GIVEN /duban report with nothing else THEN a modal opens (views.open, callback report)', async () => {
    const c = slash('report');
    await c.send();
    const call = await fake.waitFor(() => fake.callsOf('views.open').find((x) => x.args.trigger_id === `trig-${c.id}`));
    const view = call.args.view as { callback_id: string; blocks: Array<{ block_id: string }>; private_metadata: string };
    expect(view.callback_id).toBe('report');
    expect(view.blocks.map((b) => b.block_id)).toEqual(['task', 'status', 'percent', 'note']);
    expect(JSON.parse(view.private_metadata)).toEqual({ channel: 'C1', thread: null });
  });

  test('GIVEN a modal submitted with percent 120 THEN the user is told, ephemeral, in the channel', async () => {
    const res = await sendSigned(
      slack.url,
      interactionBody({
        type: 'view_submission',
        team: { id: TEAM },
        user: { id: 'UMEMBER', team_id: TEAM },
        view: {
          id: 'V-sub-1',
          hash: 'h1',
          callback_id: 'report',
          private_metadata: JSON.stringify({ channel: 'C7', thread: null }),
          state: { values: { task: { task: { type: 'plain_text_input', value: '3' } }, percent: { percent: { type: 'plain_text_input', value: '120' } } } },
        },
      }),
      form,
      { secret: SECRET },
    );
    expect(res.status).toBe(200);
    const e = await fake.waitFor(() => fake.callsOf('chat.postEphemeral').find((x) => x.args.channel === 'C7'));
    expect(e.args.user).toBe('UMEMBER');
    expect(String(e.args.text)).toContain('100');
  });

  test('GIVEN a post with an outbox key THEN findPostedMessage finds it (with its thread) after the fact; another key is null', async () => {
    const target = { tenant: TEAM, channel: 'C-outbox' };
    const posted = await slack.post(target, { text: '本周周报' }, 'C-outbox|plan|2022-W10|digest');
    expect(await slack.findPostedMessage(target, 'C-outbox|plan|2022-W10|digest')).toEqual({ messageId: posted.messageId });
    expect(await slack.findPostedMessage(target, 'C-outbox|plan|2022-W11|digest')).toBeNull();
    const prompt = await slack.post(target, { text: '征询', openThread: { key: 'k', name: 'n' } }, 'C-outbox|plan|2022-W10|prompt');
    expect(await slack.findPostedMessage(target, 'C-outbox|plan|2022-W10|prompt')).toEqual({ messageId: prompt.messageId, thread: prompt.messageId });
  });

  test('GIVEN a prompt already sent THEN the outbox does not post it again', async () => {
    const first = await postPrompt('C-once', '2022-W10');
    const again = await postPrompt('C-once', '2022-W10');
    expect([first.outcome, again.outcome]).toEqual(['sent', 'already_sent']);
    expect(fake.messages.filter((m) => m.channel === 'C-once')).toHaveLength(1);
  });

  test('GIVEN a weekly prompt posted with openThread THEN a reply in its thread is routed as a report, not a question', async () => {
    const posted = await postPrompt('C-prompt', '2022-W10');
    expect(posted.outcome).toBe('sent');
    expect(posted.thread).toBe(posted.messageId);
    const ts = nextTs();
    const ev = { type: 'message', channel: 'C-prompt', user: 'UMEMBER', text: '任务3 已完成60%', ts, thread_ts: posted.thread };
    await sendEvent('Ev-thread-1', ev);
    await sendEvent('Ev-thread-1', ev, { retryNum: 1 });
    // The acknowledgement is public or, for a refusal, ephemeral; either way in the prompt's thread.
    const replies = () => [
      ...fake.messages.filter((x) => x.channel === 'C-prompt' && x.thread_ts === posted.thread).map((x) => x.text),
      ...fake.callsOf('chat.postEphemeral').filter((x) => x.args.channel === 'C-prompt' && x.args.thread_ts === posted.thread).map((x) => String(x.args.text)),
    ];
    await fake.waitFor(() => replies().length > 0);
    await settle();
    expect(replies()).toHaveLength(1);
    // Until src/progress lands the report command answers not_ready; either way it is not the answer engine's.
    expect(replies()[0]).not.toContain('这项任务');
  });

  test('GIVEN a member replies in the prompt thread, retried THEN one report is stored and acknowledged', async () => {
    const posted = await postPrompt('C-rep', '2022-W10');
    // A task of the prompt's plan and the unit that leads it.
    const lead = store.reader
      .prepare(`SELECT t.number AS number, u.name AS unit FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN units u ON u.id = a.unit_id
                JOIN outbox o ON o.plan_id = t.plan_id WHERE o.channel = 'C-rep' AND a.role = 'lead' AND t.kind = 'task' ORDER BY t.ord LIMIT 1`)
      .get() as { number: string; unit: string };
    const j = slash(`join ${lead.unit}`, 'UREP', 'C-rep');
    await j.send();
    expect(String((await fake.waitFor(() => fake.responses.find((x) => x.id === j.id))).body.text)).toContain(lead.unit);
    const ev = { type: 'message', channel: 'C-rep', user: 'UREP', text: `任务${lead.number} 推进中 进度60%`, ts: nextTs(), thread_ts: posted.thread };
    await sendEvent('Ev-rep-1', ev);
    await sendEvent('Ev-rep-1', ev, { retryNum: 1 });
    const inThread = () => [
      ...fake.messages.filter((x) => x.channel === 'C-rep' && x.thread_ts === posted.thread).map((x) => x.text),
      ...fake.callsOf('chat.postEphemeral').filter((x) => x.args.channel === 'C-rep').map((x) => `(ephemeral) ${String(x.args.text)}`),
    ];
    await fake.waitFor(() => inThread().length > 0);
    await settle();
    expect(inThread()).toHaveLength(1);
    expect(inThread()[0]).not.toContain('(ephemeral)');
    const n = (store.reader.prepare("SELECT count(*) AS n FROM reports WHERE source_platform = 'slack' AND tenant = ?").get(TEAM) as { n: number }).n;
    expect(n).toBe(1);
  });

  test('GIVEN a channel follows a plan THEN the scheduler posts the weekly prompt once and a reply in its thread is recorded', async () => {
    const f = slash('follow 广州5G应用', 'UCOORD', 'C-sched');
    await f.send();
    expect(String((await fake.waitFor(() => fake.responses.find((x) => x.id === f.id))).body.text)).toContain('关注');
    const scheduler = startScheduler({ deps, posters: [slack], tickMs: 0 });
    await scheduler.tick();
    await scheduler.tick(); // a second pass posts nothing again
    const prompts = fake.messages.filter((m) => m.channel === 'C-sched' && !m.thread_ts);
    expect(prompts).toHaveLength(1);
    expect(prompts[0].metadata?.event_type).toBe('duban_post');
    const lead = store.reader
      .prepare(`SELECT t.number AS number, u.name AS unit FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN units u ON u.id = a.unit_id
                JOIN outbox o ON o.plan_id = t.plan_id WHERE o.channel = 'C-sched' AND o.kind = 'prompt' AND a.role = 'lead' AND t.kind = 'task' ORDER BY t.ord LIMIT 1`)
      .get() as { number: string; unit: string };
    const j = slash(`join ${lead.unit}`, 'USCHED', 'C-sched');
    await j.send();
    await fake.waitFor(() => fake.responses.find((x) => x.id === j.id));
    await sendEvent('Ev-sched-1', { type: 'message', channel: 'C-sched', user: 'USCHED', text: `任务${lead.number} 已完成80%`, ts: nextTs(), thread_ts: prompts[0].ts });
    const ack = await fake.waitFor(() => fake.messages.find((m) => m.channel === 'C-sched' && m.thread_ts === prompts[0].ts));
    expect(ack.text).toMatch(/80/);
    const row = store.reader.prepare("SELECT percent FROM reports WHERE tenant = ? AND reporter = 'USCHED'").get(TEAM) as { percent: number } | undefined;
    expect(row?.percent).toBe(80);
  });

  test('GIVEN a coordinator DMs "import" with a plan file attached THEN duban downloads it with the bot token and imports it; a member is refused', async () => {
    const name = '002-kaifeng-5g-industry-2020-2022.txt';
    fake.files.set(name, readFileSync(join(import.meta.dirname, '../../seeds', name)));
    const file = { id: 'F1', name, size: fake.files.get(name)!.length, url_private_download: `${fake.base}/files/${name}` };
    await sendEvent('Ev-imp-member', { type: 'message', subtype: 'file_share', channel: 'DIMP1', channel_type: 'im', user: 'UMEMBER', text: 'import', ts: nextTs(), files: [file] });
    const refused = await fake.waitFor(() => fake.messages.find((m) => m.channel === 'DIMP1'), 15_000);
    expect(refused.text).toContain('仅限协调人');
    await sendEvent('Ev-imp-coord', { type: 'message', subtype: 'file_share', channel: 'DIMP2', channel_type: 'im', user: 'UCOORD', text: 'import', ts: nextTs(), files: [file] });
    const done = await fake.waitFor(() => fake.messages.find((m) => m.channel === 'DIMP2'), 45_000);
    expect(done.text).toMatch(/导入|开封/);
    expect(done.text).not.toContain('仅限协调人');
    expect(fake.fileGets.every((g) => g.authorization === 'Bearer xoxb-test-token')).toBe(true);
  }, 60_000);

  test('GIVEN a coordinator asks for the digest THEN it is posted once with its chart uploaded', async () => {
    const c = slash('digest plan:广州5G应用', 'UCOORD', 'C-digest');
    await c.send();
    const r = await fake.waitFor(() => fake.responses.find((x) => x.id === c.id));
    expect(r.body.response_type).toBe('in_channel');
    const upload = await fake.waitFor(() => [...fake.uploads.values()].find((u) => u.channel === 'C-digest' && u.completed));
    expect(upload.bytes.subarray(1, 4).toString()).toBe('PNG');
    // The headline once (one header), then its detail messages; the chart and the markdown file once each.
    const mine = fake.responses.filter((x) => x.id === c.id);
    expect(mine.filter((x) => JSON.stringify(x.body.blocks ?? []).includes('"header"'))).toHaveLength(1);
    expect(mine.length).toBeLessThanOrEqual(5);
    expect(JSON.stringify(r.body.blocks)).toContain('广州');
    await fake.waitFor(() => [...fake.uploads.values()].filter((u) => u.channel === 'C-digest' && u.completed).length === 2 || undefined);
    expect([...fake.uploads.values()].filter((u) => u.channel === 'C-digest').map((u) => u.filename?.replace(/^digest-\d+-/, '')).sort()).toEqual(['2022-W10.md', '2022-W10.png']);
  });
});

describe('Slack in Socket Mode (SLACK_APP_TOKEN set; real Bolt SocketModeReceiver)', () => {
  let sfake: FakeSlack;
  let sslack: SlackRunning;
  beforeAll(async () => {
    sfake = await startFakeSlack({ teamId: TEAM });
    const c = config(sfake.url);
    c.slack = { ...c.slack!, signingSecret: undefined, appToken: 'xapp-1-A0DUBAN-test', socketMode: true };
    const connected = sfake.socketConnected();
    sslack = await startSlack({ store, clock: new ManualClock('2022-03-07T01:00:00Z'), commands: commandList }, c, { retries: 0 });
    await connected;
  });
  afterAll(async () => {
    await sslack?.stop();
    await sfake?.close();
  });

  test('GIVEN a DM question as an events_api envelope, then its retry THEN acked each time, answered once', async () => {
    const payload = JSON.parse(eventBody(TEAM, 'Ev-sock-1', { type: 'message', channel: 'DS1', channel_type: 'im', user: 'UMEMBER', text: '谁牵头推动5G赋能交通？', ts: nextTs() }));
    expect(slackEventViolation(payload)).toBeNull();
    expect(await sfake.sendEnvelope('events_api', payload)).toHaveProperty('envelope_id');
    expect(await sfake.sendEnvelope('events_api', payload, 1)).toHaveProperty('envelope_id');
    const m = await sfake.waitFor(() => sfake.messages.find((x) => x.channel === 'DS1'));
    expect(m.text).toContain('市工业和信息化局');
    await settle();
    expect(sfake.messages.filter((x) => x.channel === 'DS1')).toHaveLength(1);
    expect(sfake.callsOf('apps.connections.open')).toHaveLength(1);
  });

  test('GIVEN /duban lead as a slash_commands envelope THEN acked, answered through response_url', async () => {
    await sfake.sendEnvelope('slash_commands', {
      command: '/duban', text: 'lead 推动5G赋能交通', team_id: TEAM, channel_id: 'CS1', user_id: 'UMEMBER', trigger_id: 'trig-sock-1', response_url: `${sfake.base}/respond/sock-1`,
    });
    const r = await sfake.waitFor(() => sfake.responses.find((x) => x.id === 'sock-1'));
    expect(String(r.body.text)).toContain('市交通运输局');
  });
});
