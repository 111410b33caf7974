// Issue 6 "nothing lost": the Slack receiver acknowledges an event with 200 only once the event is
// committed to the inbox (after a 200 Slack never redelivers). A real `duban start` is SIGKILLed
// right after the ack, before dispatch (DUBAN_TEST_CRASH_AFTER_ACK=1); the next start replays the
// inbox: the thread reply is stored exactly once, a later retry and a second replay change nothing.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { join } from 'node:path';
import { test, tempDir } from '../support/fixtures.ts';
import { slackStartEnv } from '../support/slack-start-env.ts';
import { waitUntilUp } from '../support/wait-until-up.ts';
import { eventBody, sendSigned, startFakeSlack, type FakeSlack } from '../../src/bench/fake-slack.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { openStore } from '../../src/store/open.ts';
import { pendingEvents } from '../../src/store/inbox.ts';
import { receiveEvent } from '../../src/store/inbox.ts';
import { startDiscord } from '../../src/adapters/discord/index.ts';
import { messageToEvent } from '../../src/adapters/discord/events.ts';
import type { Config } from '../../src/config.ts';
import { commandList } from '../../commands/index.ts';
import { IDS, startFakeDiscord } from '../support/fake-discord.ts';
import { kill, spawnTs, type Child } from './support/spawn.ts';
import { chatter, memoryPoster, openPromptThread, reportRows, savePlans } from './support/world.ts';
import { freePort } from '../../src/bench/poll.ts';

const SECRET = '0123456789abcdef0123456789abcdef';
const TEAM = 'T0INBOX';


async function until<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let fake: FakeSlack;
let dir: string;
let cleanup: () => void;
let db: string;
let thread: string;
const children: Child[] = [];

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('duban-inbox-'));
  db = join(dir, 'inbox.sqlite');
  const store = openStore(db);
  savePlans(store);
  const clock = new ManualClock('2022-03-07T01:00:00Z');
  await chatter(store, clock, { tenant: TEAM, user: 'U1' })('/duban join 市交通运输局');
  thread = await openPromptThread(store, clock, TEAM, 'C1');
  store.close();
  fake = await startFakeSlack({ teamId: TEAM });
}, 60_000);

afterAll(async () => {
  for (const c of children) await kill(c);
  await fake?.close();
  cleanup?.();
});

/** `duban start` on the test store with Slack over HTTP; resolves when the receiver answers. */
async function start(env: NodeJS.ProcessEnv = {}): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const child = spawnTs(join('bin', 'duban.js'), ['start'], {
    ...slackStartEnv({ db, apiUrl: fake.url, port, token: 'xoxb-inbox-test', secret: SECRET }),
    DUBAN_SEEDS: join(dir, 'no-seeds'),
    ...env,
  });
  children.push(child);
  await waitUntilUp(`http://127.0.0.1:${port}/`, () => child.proc.exitCode !== null, () => `${child.stderr()} ${child.stdout()}`);
  return { child, url: `http://127.0.0.1:${port}/slack/events` };
}

const look = <T>(f: (s: ReturnType<typeof openStore>) => T): T => {
  const s = openStore(db);
  try {
    return f(s);
  } finally {
    s.close();
  }
};

const reply = () => eventBody(TEAM, 'EvInbox1', { type: 'message', user: 'U1', channel: 'C1', channel_type: 'channel', text: '任务4 推进中 进度60%', ts: '1700000000.000200', thread_ts: thread });

describe('the Slack inbox across a crash after the ack', { timeout: 120_000 }, () => {
  test('GIVEN SIGKILL right after the 200 and before dispatch THEN the restart replays the thread reply: stored exactly once', async () => {
    const first = await start({ DUBAN_TEST_CRASH_AFTER_ACK: '1' });
    const res = await sendSigned(first.url, reply(), 'application/json', { secret: SECRET });
    expect(res.status).toBe(200);
    expect((await first.child.exited).signal).toBe('SIGKILL');
    // The crash came before the write: without the inbox this report would be gone for good.
    expect(look((s) => reportRows(s))).toHaveLength(0);
    expect(look((s) => pendingEvents(s, { platform: 'slack' }).map((e) => e.eventId))).toEqual(['msg:C1:1700000000.000200']);

    const second = await start();
    const rows = await until(() => {
      const r = look((s) => reportRows(s));
      return r.length > 0 && r;
    }, 'the replayed report');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source_platform: 'slack', source_message_id: '1700000000.000200', percent: 60 });
    await until(() => look((s) => pendingEvents(s).length === 0), 'the inbox row marked handled');
    // The replay answered in the prompt's thread, as a live delivery would.
    await fake.waitFor(() => fake.messages.find((m) => m.channel === 'C1' && m.thread_ts === thread), 20_000);

    // (2) Slack's retry of the same event after the restart: acked, nothing more.
    const retry = await sendSigned(second.url, reply(), 'application/json', { secret: SECRET, retryNum: 1 });
    expect(retry.status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect(look((s) => reportRows(s))).toHaveLength(1);
    second.child.proc.kill('SIGTERM');
    expect((await second.child.exited).code).toBe(0);
  });

  test.each([
    ['dedupe (processed_events) holds it', false],
    ['dedupe forgot it too, so the report key (source message id) holds it', true],
  ])('GIVEN an applied event whose inbox row was never marked, %s THEN a replay on start stores nothing twice', async (_name, forget) => {
    // The window after dispatch wrote the report and before markHandled: the row is still pending.
    look((s) => s.writer.prepare('UPDATE inbox SET handled_at = NULL').run());
    if (forget) look((s) => s.writer.prepare('DELETE FROM processed_events').run());
    expect(look((s) => pendingEvents(s))).toHaveLength(1);
    const third = await start();
    await until(() => look((s) => pendingEvents(s).length === 0), 'the replayed row marked handled');
    expect(look((s) => reportRows(s))).toHaveLength(1);
    third.child.proc.kill('SIGTERM');
    await third.child.exited;
  });
});

describe('the Discord inbox', { timeout: 60_000 }, () => {
  test('GIVEN a thread reply received (in the inbox) but never dispatched THEN startDiscord replays it once; the next start replays nothing', async ({ store, clock }) => {
    savePlans(store);
    const member = '1300000000000000001';
    await chatter(store, clock, { platform: 'discord', tenant: IDS.guild, user: member })('/duban join 市交通运输局');
    const thread = await openPromptThread(store, clock, IDS.guild, IDS.channel, memoryPoster('discord'));
    // What onMessage wrote before a crash: the adapter's own ChatEvent for the MESSAGE_CREATE.
    const draft = messageToEvent(
      { id: '1500000000000000001', guildId: IDS.guild, channelId: thread, parentId: IDS.channel, authorId: member, authorIsBot: false, content: '任务4 推进中 进度60%', mentionsBot: false },
      { botId: IDS.bot, isCoordinator: false, receivedAt: clock.now() },
    )!;
    expect(receiveEvent(store, draft)).toBe('new');
    expect(reportRows(store)).toHaveLength(0);

    const fake = await startFakeDiscord();
    const config: Config = {
      db: undefined, timezone: 'Asia/Shanghai', seeds: 'seeds', logLevel: 'silent', port: 0, tickSeconds: 60, slack: null,
      discord: { token: 'MTEwMDAwMDAwMDAwMDAwMDAy.GhIjKl.abcdefghijklmnopqrstuvwxyz012345', applicationId: IDS.app, guildId: IDS.guild, coordinatorRole: IDS.roleCoordinator, apiUrl: fake.api },
    };
    const deps = { store, clock, commands: commandList };
    try {
      const first = await startDiscord(deps, config);
      await first.stop();
      expect(reportRows(store)).toMatchObject([{ source_platform: 'discord', source_message_id: '1500000000000000001', percent: 60 }]);
      expect(pendingEvents(store, { now: clock.now() })).toHaveLength(0);
      // The redelivery of the same message (gateway RESUME) is a duplicate of the inbox row.
      expect(receiveEvent(store, draft)).toBe('duplicate');
      const second = await startDiscord(deps, config);
      await second.stop();
      expect(reportRows(store)).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
