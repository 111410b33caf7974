// Issue 6 "Load": the real Bolt App behind our signed HTTP receiver on a temp store; a SECOND
// PROCESS (slack-load-sender.mjs) sends thread replies to a weekly prompt, evenly over the duration,
// some retried with X-Slack-Retry-Num. Figures: acknowledgement latency p50/p99/max, how many acked
// within 3 s, and stored reports (each message exactly once).
// The Slack Web API the App calls (auth.test, chat.postMessage for the acknowledgements) is the same
// local fake the tests use: there is no Slack to reach from here.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSlack } from '../adapters/slack/index.ts';
import { systemClock } from '../core/clock.ts';
import type { Config } from '../config.ts';
import { deliverOnce, postKey, type OutboxKey } from '../progress/outbox.ts';
import { joinUnit } from '../progress/members.ts';
import { openStore, type Store } from '../store/open.ts';
import { commandList } from '../../commands/index.ts';
import { fakeChatConfig } from './chat-config.ts';
import { eventBody, sendSigned, startFakeSlack } from './fake-slack.ts';
import { setting } from '../config.ts';

const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const TEAM = 'TLOAD';
const CHANNEL = 'CLOAD';

export interface LoadOptions {
  count: number;
  durationMs: number;
  /** Every n-th event is sent again as a retry (0: none). */
  retryEvery?: number;
  users?: number;
  /** Dispatch in a worker thread (startSlack's default for a store file) or on the receiver's thread. */
  worker?: boolean;
  /** Loads plans into the fresh store (the bench: the seeds; tests: the gold plans). */
  prepare(store: Store): Promise<void> | void;
}

export interface LoadResult {
  sent: number;
  retries: number;
  non2xx: number;
  p50: number;
  p99: number;
  max: number;
  within3s: number;
  wallMs: number;
  /** Rows in reports from these messages, and how many distinct source messages they came from. */
  stored: number;
  storedDistinct: number;
  /** Thread acknowledgements posted back (chat.postMessage / postEphemeral in the prompt's thread). */
  acknowledged: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;

function runSender(args: unknown): Promise<{ results: Sent; retries: Sent; wallMs: number }> {
  const script = fileURLToPath(new URL('./slack-load-sender.mjs', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`sender exited ${code}`))));
  });
}

/** A task some unit leads in the first plan, to report on: `任务{number}` from unit {unit}. */
function leadAssignment(store: Store): { planId: number; number: string; unit: string } {
  const row = store.reader
    .prepare(
      `SELECT t.plan_id AS planId, t.number AS number, u.name AS unit FROM assignments a
       JOIN tasks t ON t.id = a.task_id JOIN units u ON u.id = a.unit_id
       WHERE a.role = 'lead' AND t.kind = 'task' ORDER BY t.plan_id, t.ord LIMIT 1`,
    )
    .get() as { planId: number; number: string; unit: string } | undefined;
  if (!row) throw new Error('slack-load: no plan with a lead unit in the store');
  return row;
}

type Sent = Array<{ status: number; ms: number }>;
type LoadBot = { store: Store; fake: Awaited<ReturnType<typeof startFakeSlack>>; slack: Awaited<ReturnType<typeof startSlack>> };
type LoadTask = ReturnType<typeof leadAssignment>;

/** A fresh store, the fake Slack Web API and the real App behind our signed receiver. */
async function startLoadBot(store: Store, worker: boolean | undefined): Promise<LoadBot> {
  const fake = await startFakeSlack({ teamId: TEAM });
  const config: Config = fakeChatConfig({ slackApiUrl: fake.url, slackSecret: SECRET, slackBotToken: 'xoxb-load' });
  const app = await startSlack({ store, clock: systemClock, commands: commandList }, config, { retries: 0, host: '127.0.0.1', worker });
  return { store, fake, slack: app };
}

/** The weekly prompt through the outbox, as the scheduler posts it; returns the thread that takes the replies. */
async function postPrompt(bot: LoadBot, key: OutboxKey): Promise<string> {
  let thread = '';
  await deliverOnce(bot.store, key, new Date(), {
    send: async () => {
      const p = await bot.slack.post({ tenant: TEAM, channel: CHANNEL }, { text: '请回复本周进度', openThread: { key: postKey(key), name: '进度征询' } }, postKey(key));
      thread = p.thread ?? p.messageId;
      return p;
    },
    findPostedMessage: async () => null,
  });
  return thread;
}

// Warm up as a running bot is: the first dispatch loads the answer and progress modules (hundreds of
// ms, once). A separate tenant, so none of it is counted; through the receiver, so whichever thread
// dispatches (a worker by default) is warm too.
async function warmUp(bot: LoadBot, key: OutboxKey, task: LoadTask): Promise<void> {
  const warmKey: OutboxKey = { ...key, tenant: 'TWARM', channel: 'CWARM' };
  await deliverOnce(bot.store, warmKey, new Date(), { send: async () => ({ messageId: 'w1', thread: 'w1' }), findPostedMessage: async () => null });
  joinUnit(bot.store, { tenant: 'TWARM', user: 'UWARM', unit: task.unit, now: new Date() });
  const warm = (id: string, event: Record<string, unknown>) => sendSigned(bot.slack.url, eventBody('TWARM', id, { type: 'message', user: 'UWARM', ...event }), 'application/json', { secret: SECRET });
  await warm('EvWarm1', { channel: 'DWARM', channel_type: 'im', text: '谁牵头推动5G赋能交通？', ts: '1.000001' });
  await warm('EvWarm2', { channel: 'CWARM', text: `任务${task.number} 推进中 进度10%`, ts: '1.000002', thread_ts: 'w1' });
  await bot.fake.waitFor(() => bot.fake.messages.some((m) => m.channel === 'DWARM') && bot.fake.messages.some((m) => m.channel === 'CWARM'), 30_000);
}

/** Thread acknowledgements posted so far; handling continues after the ack, so this waits until
 *  every message has its acknowledgement (or 10 s of quiet) and returns the count. */
async function awaitAcks(fake: LoadBot['fake'], thread: string, count: number): Promise<number> {
  const acks = () =>
    fake.messages.filter((m) => m.channel === CHANNEL && m.thread_ts === thread).length +
    fake.callsOf('chat.postEphemeral').filter((c) => c.args.channel === CHANNEL && c.args.thread_ts === thread).length;
  for (let last = -1, quietSince = Date.now(); acks() < count && Date.now() - quietSince < 10_000; await new Promise((r) => setTimeout(r, 50))) {
    if (acks() !== last) (last = acks()), (quietSince = Date.now());
  }
  return acks();
}

/** Report rows stored from the load's messages, and from how many distinct messages. */
function storedReports(store: Store): { n: number; d: number } {
  const hasReports = store.reader.prepare("SELECT 1 FROM sqlite_master WHERE name = 'reports'").get();
  if (!hasReports) return { n: 0, d: 0 };
  return store.reader
    .prepare("SELECT count(*) AS n, count(DISTINCT source_message_id) AS d FROM reports WHERE tenant = ? AND source_platform = 'slack'")
    .get(TEAM) as { n: number; d: number };
}

function loadResult(out: { results: Sent; retries: Sent; wallMs: number }, counts: { n: number; d: number }, acknowledged: number): LoadResult {
  const all = [...out.results, ...out.retries];
  const ms = all.map((r) => r.ms).sort((a, b) => a - b);
  return {
    sent: out.results.length,
    retries: out.retries.length,
    non2xx: all.filter((r) => r.status < 200 || r.status >= 300).length,
    p50: quantile(ms, 0.5),
    p99: quantile(ms, 0.99),
    max: ms[ms.length - 1] ?? 0,
    within3s: all.filter((r) => r.status >= 200 && r.status < 300 && r.ms < 3000).length,
    wallMs: out.wallMs,
    stored: counts.n,
    storedDistinct: counts.d,
    acknowledged,
  };
}

export async function runSlackLoad(o: LoadOptions): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'duban-load-'));
  const bot = await startLoadBot(openStore(join(dir, 'load.sqlite')), o.worker);
  const { store } = bot;
  try {
    await o.prepare(store);
    const task = leadAssignment(store);
    const users = Array.from({ length: o.users ?? 20 }, (_, i) => `ULOAD${i}`);
    for (const user of users) joinUnit(store, { tenant: TEAM, user, unit: task.unit, now: new Date() });
    const key: OutboxKey = { tenant: TEAM, channel: CHANNEL, planId: task.planId, week: '2022-W10', kind: 'prompt' };
    const thread = await postPrompt(bot, key);
    await warmUp(bot, key, task);
    const texts = [10, 20, 35, 50, 60, 75, 80, 90].map((p) => `任务${task.number} 推进中 进度${p}%`);
    const out = await runSender({ url: bot.slack.url, secret: SECRET, team: TEAM, channel: CHANNEL, thread, users, count: o.count, durationMs: o.durationMs, retryEvery: o.retryEvery ?? 10, texts });
    const acknowledged = await awaitAcks(bot.fake, thread, o.count);
    return loadResult(out, storedReports(store), acknowledged);
  } finally {
    await bot.slack.stop();
    await bot.fake.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run bench`: SLACK_LOAD_COUNT (1000) events over SLACK_LOAD_SECONDS (60; shorter runs say so). */
export async function run(): Promise<void> {
  const count = Number(setting('SLACK_LOAD_COUNT') ?? 1000);
  const seconds = Number(setting('SLACK_LOAD_SECONDS') ?? 60);
  const { ensureSeedsLoaded } = await import('../plans/import-plans.ts');
  const r = await runSlackLoad({
    count,
    durationMs: seconds * 1000,
    prepare: async (store) => void (await ensureSeedsLoaded(store, fileURLToPath(new URL('../../seeds', import.meta.url)))),
  });
  console.log(`slack_load_events: ${r.sent} events over ${seconds} s (+${r.retries} retries)${seconds < 60 ? ' (shortened run)' : ''}`);
  console.log(`slack_load_ack_p50: ${r.p50.toFixed(1)} ms`);
  console.log(`slack_load_ack_p99: ${r.p99.toFixed(1)} ms`);
  console.log(`slack_load_ack_max: ${r.max.toFixed(1)} ms`);
  console.log(`slack_load_acked_within_3s: ${r.within3s} of ${r.sent + r.retries}`);
  console.log(`slack_load_non_2xx: ${r.non2xx} requests`);
  console.log(`slack_load_reports_stored: ${r.stored} rows from ${r.storedDistinct} messages (expected ${r.sent})`);
  console.log(`slack_load_thread_acks: ${r.acknowledged} replies`);
}
