// The second process of the Slack load bench (issue 6 "Load"): sends `count` signed thread-reply
// events to our receiver, evenly over `durationMs`, every `retryEvery`-th one again with
// X-Slack-Retry-Num: 1 (as Slack does when an ack is slow), and prints each request's
// acknowledgement latency as one JSON line. Plain JavaScript so it starts without tsx.
import { createHmac } from 'node:crypto';

const cfg = JSON.parse(process.argv[2]);
const { url, secret, team, channel, thread, users, count, durationMs, retryEvery, texts } = cfg;

function sign(ts, body) {
  return `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
}

async function send(body, retryNum) {
  const ts = Math.floor(Date.now() / 1000);
  const headers = { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(ts, body) };
  if (retryNum) Object.assign(headers, { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' });
  const t = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', headers, body });
    const ms = performance.now() - t;
    await res.arrayBuffer();
    return { status: res.status, ms };
  } catch (err) {
    return { status: 0, ms: performance.now() - t, error: String(err) };
  }
}

function bodyOf(i) {
  const ts = `${1700000000 + i}.${String(i).padStart(6, '0')}`;
  const event = { type: 'message', channel, user: users[i % users.length], text: texts[i % texts.length], ts, thread_ts: thread, channel_type: 'channel' };
  return JSON.stringify({ token: 'x', team_id: team, api_app_id: 'A0DUBAN', type: 'event_callback', event_id: `EvLoad${i}`, event_time: Math.floor(Date.now() / 1000), event });
}

const interval = durationMs / count;
const start = performance.now() + 20;
const results = [];
const retries = [];
const jobs = [];
for (let i = 0; i < count; i++) {
  jobs.push(
    new Promise((done) => {
      setTimeout(async () => {
        const body = bodyOf(i);
        results[i] = await send(body, 0);
        if (retryEvery && i % retryEvery === 0) retries.push(await send(body, 1));
        done();
      }, Math.max(0, start + i * interval - performance.now()));
    }),
  );
}
await Promise.all(jobs);
process.stdout.write(`${JSON.stringify({ results, retries, wallMs: performance.now() - start })}\n`);
