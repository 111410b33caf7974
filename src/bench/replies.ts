// `npm run bench` section "replies" (issue 11): reading 10,000 progress replies with readReply
// (the corpus under test/fixtures/replies and the dev set, cycled), total time; goal < 1 s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReply } from '../progress/reply/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FILES = ['test/fixtures/replies/tune.jsonl', 'test/fixtures/replies/held.jsonl', 'test/fixtures/eval/replies.dev.jsonl'];
const COUNT = 10_000;
const LIMIT_MS = 1000;

function corpus(): Array<{ reply: string; week: string; unitTasks: string[] }> {
  const out: Array<{ reply: string; week: string; unitTasks: string[] }> = [];
  for (const f of FILES) {
    for (const line of readFileSync(join(ROOT, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { reply: string; week?: string; tasks?: unknown };
      out.push({ reply: c.reply, week: c.week ?? '2022-W10', unitTasks: typeof c.tasks === 'string' ? c.tasks.split(',') : [] });
    }
  }
  return out;
}

export async function run(): Promise<void> {
  const replies = corpus();
  // One warm-up pass: the figure is the steady state a running bot sees, not module loading.
  for (const r of replies) readReply(r.reply, { week: r.week, unitTasks: r.unitTasks });
  let sure = 0;
  const started = performance.now();
  for (let i = 0; i < COUNT; i++) {
    const r = replies[i % replies.length];
    if (readReply(r.reply, { week: r.week, unitTasks: r.unitTasks }).sure) sure++;
  }
  const ms = performance.now() - started;
  console.log(`replies: reading ${COUNT} replies total ${ms.toFixed(0)} ms (${((ms * 1000) / COUNT).toFixed(0)} µs each; goal < ${LIMIT_MS} ms) ${ms < LIMIT_MS ? 'OK' : 'OVER'}`);
  console.log(`replies: ${replies.length} distinct replies cycled, ${sure} read as sure`);
}
