// Issue 13 "once and only once, or loudly never", through the real adapters (Bolt 5, discord.js 14)
// with a proxy in front of the local fakes that answers as the platforms do: a 429 with
// Retry-After, a 5xx after the platform stored the message, a permanent refusal (Slack
// invalid_blocks, Discord 50035), and a partial failure (the head goes out, a follow-up does not).
// Each part of a post appears exactly once, or the coordinator is told once that it failed.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSlack } from '../../src/adapters/slack/index.ts';
import { startDiscord } from '../../src/adapters/discord/index.ts';
import { ManualClock } from '../../src/core/clock.ts';
import type { Poster, PostTarget } from '../../src/core/poster.ts';
import type { Reply } from '../../src/core/reply.ts';
import { deliverPost, postKey, postState, type OutboxKey } from '../../src/progress/outbox.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { commandList } from '../../commands/index.ts';
import { startFakeSlack, type FakeSlack } from '../../src/bench/fake-slack.ts';
import { tempDir } from '../support/fixtures.ts';
import { IDS, startFakeDiscord, type FakeDiscord } from '../support/fake-discord.ts';
import { startPlatformProxy, type Fault, type PlatformProxy } from '../support/platform-proxy.ts';
import { chatConfig, DISCORD_TOKEN } from '../support/chat-config.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

interface Harness {
  name: 'slack' | 'discord';
  poster: Poster;
  target: PostTarget;
  proxy: PlatformProxy;
  /** How many messages in the fake carry this text (or a file of this name). */
  count(marker: string): number;
  /** The request that sends a message carrying `marker`. */
  sends(marker: string): (r: { method: string; path: string; text: string }) => boolean;
  refusal: Fault;
  violations(): string[];
  stop(): Promise<void>;
}

async function slackHarness(store: Store, clock: ManualClock): Promise<Harness> {
  // Message times follow the test clock, as the reconciling search's lower bound (the intent's time) does.
  const fake: FakeSlack = await startFakeSlack({ teamId: 'T0DUBAN', now: () => clock.now() });
  const proxy = await startPlatformProxy(fake.base, 'slack');
  const slack = await startSlack({ store, clock, commands: commandList }, chatConfig({ slackApiUrl: `${proxy.url}/api/` }), { retries: 0, host: '127.0.0.1', worker: false });
  return {
    name: 'slack',
    poster: slack,
    target: { tenant: 'T0DUBAN', channel: 'CPROXY' },
    proxy,
    count: (marker) => fake.messages.filter((m) => JSON.stringify(m).includes(marker)).length,
    sends: (marker) => (r) => (r.path === '/api/chat.postMessage' || r.path === '/api/files.completeUploadExternal') && r.text.includes(marker),
    refusal: { kind: 'refuse', status: 200, body: { ok: false, error: 'invalid_blocks' } },
    violations: () => [],
    stop: async () => {
      await slack.stop();
      await proxy.close();
      await fake.close();
    },
  };
}

async function discordHarness(store: Store, clock: ManualClock): Promise<Harness> {
  const fake: FakeDiscord = await startFakeDiscord({ now: () => clock.now() });
  const proxy = await startPlatformProxy(fake.api.replace(/\/api$/, ''), 'discord');
  const discord = await startDiscord({ store, clock, commands: commandList }, chatConfig({ discordApiUrl: `${proxy.url}/api` }));
  return {
    name: 'discord',
    poster: discord,
    target: { tenant: IDS.guild, channel: IDS.channel },
    proxy,
    count: (marker) => fake.messages.filter((m) => JSON.stringify(m).includes(marker)).length,
    sends: (marker) => (r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path) && r.text.includes(marker),
    refusal: { kind: 'refuse', status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: {} } },
    violations: () => fake.violations,
    stop: async () => {
      await discord.stop();
      await proxy.close();
      await fake.close();
    },
  };
}

const starts = [['Slack', slackHarness], ['Discord', discordHarness]] as const;

describe.each(starts)('%s behind a proxy that answers as the platform does', (_name, start) => {
  let h: Harness;
  let store: Store;
  let cleanup: () => void;
  const clock = new ManualClock('2022-03-11T08:05:00Z');
  let week = 0;
  const sleeps: number[] = [];

  beforeAll(async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    store = openStore(join(tmp.dir, 'proxy.sqlite'));
    h = await start(store, clock);
  }, 30_000);

  afterAll(async () => {
    await h?.stop();
    store?.close();
    cleanup?.();
  });

  /** A post of three parts on Slack (head, follow-up, chart) and two on Discord (the chart rides on the head). */
  function newPost() {
    const w = `2022-W${String(10 + ++week)}`;
    const key: OutboxKey = { tenant: h.target.tenant, channel: h.target.channel, planId: 1, week: w, kind: 'digest' };
    const marks = { head: `周报${w}第一部分`, follow: `周报${w}第二部分`, chart: `chart-${w}.png` };
    const reply: Reply = { text: `${marks.head}：已报 3/5`, followUps: [`${marks.follow}：明细`], files: [{ name: marks.chart, bytes: PNG, contentType: 'image/png' }] };
    const notices: string[] = [];
    const deliver = (now: Date) =>
      deliverPost(store, key, now, {
        prepare: () => h.poster.prepare!(h.target, reply, postKey(key)),
        notify: async (text) => {
          notices.push(text);
          await h.poster.notify!(h.target, text);
        },
        sleep: async (ms) => void sleeps.push(ms),
      });
    return { key, marks, deliver, notices, once: () => [h.count(marks.head), h.count(marks.follow), h.count(marks.chart)] };
  }

  test('GIVEN a 429 with Retry-After on the head THEN it waits and every part appears exactly once', async () => {
    const p = newPost();
    h.proxy.add({ match: h.sends(p.marks.head), fault: { kind: 'rate-limit', retryAfterSec: 1 } });
    expect((await p.deliver(clock.now())).outcome).toBe('sent');
    expect(p.once()).toEqual([1, 1, 1]);
    expect(h.proxy.fired.filter((f) => f.kind === 'rate-limit').length).toBeGreaterThan(0);
    expect(postState(store, p.key)).toBe('sent');
  }, 30_000);

  test('GIVEN a 500 after the platform stored the head THEN it is found, not posted again', async () => {
    const p = newPost();
    h.proxy.add({ match: h.sends(p.marks.head), fault: { kind: 'error-after-store', status: 500 } });
    const r = await p.deliver(clock.now());
    expect(r.error).toBeUndefined();
    expect(p.once()).toEqual([1, 1, 1]);
    expect(postState(store, p.key)).toBe('sent');
  }, 30_000);

  test('GIVEN a permanent refusal THEN the post ends failed, the coordinator is told once, and it is never retried', async () => {
    const p = newPost();
    h.proxy.add({ match: h.sends(p.marks.head), fault: h.refusal, times: 10 });
    const first = await p.deliver(clock.now());
    expect(first.outcome).toBe('failed');
    expect(postState(store, p.key)).toBe('failed');
    expect(p.once()).toEqual([0, 0, 0]);
    expect(p.notices).toHaveLength(1);
    expect(p.notices[0]).toMatch(h.name === 'slack' ? /invalid_blocks/ : /50035/);
    expect(h.count('未能发出')).toBeGreaterThan(0);
    const told = h.count('未能发出');
    // Later ticks: nothing sent, nobody told again.
    const fired = h.proxy.fired.length;
    expect((await p.deliver(new Date(clock.now().getTime() + 3600_000))).outcome).toBe('failed');
    expect(h.proxy.fired.length).toBe(fired);
    expect(p.notices).toHaveLength(1);
    expect(h.count('未能发出')).toBe(told);
    h.proxy.clear();
  }, 30_000);

  test('GIVEN the head goes out and the follow-up fails THEN the next tick sends only the follow-up (and what follows it)', async () => {
    const p = newPost();
    h.proxy.add({ match: h.sends(p.marks.follow), fault: { kind: 'error-before-store', status: 503 }, times: 3 });
    const first = await p.deliver(clock.now());
    expect(first.outcome).toBe('failed');
    expect(postState(store, p.key)).toBe('intent');
    expect(p.once()[0]).toBe(1);
    expect(p.once()[1]).toBe(0);
    // Too soon: the backoff holds it.
    expect((await p.deliver(clock.now())).outcome).toBe('waiting');
    const second = await p.deliver(new Date(clock.now().getTime() + 3600_000));
    expect(second.outcome).toBe('resent');
    expect(p.once()).toEqual([1, 1, 1]);
    expect(postState(store, p.key)).toBe('sent');
    expect(p.notices).toEqual([]);
  }, 30_000);

  test('THEN every request body the fake received conforms to the platform\'s published spec', () => {
    expect(h.violations()).toEqual([]);
  });
});
