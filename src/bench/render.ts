// Bench of rendering the largest week (issue 13): every post kind (prompt, reminder, digest,
// answer, error) rendered for Slack, Discord and the console, all messages of all kinds; median ms
// of 21 runs (goal < 50 ms). The replies are built once (store reads and the chart PNG are the
// digest bench's business); this times the renderers that measure and split, and prints how many
// messages each kind needs on each platform.
import { renderMessages as slackMessages } from '../adapters/slack/render.ts';
import { postTag, renderMessages as discordMessages } from '../adapters/discord/render.ts';
import { renderReply } from '../adapters/console/render.ts';
import { buildLargestWeek, TASKS, UNITS } from './largest-week.ts';
import { allPosts, type Post } from './largest-week-posts.ts';

const RUNS = 21;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function renderAll(slack: Post[], discord: Post[], console: Post[]): number {
  let messages = 0;
  for (const p of slack) messages += slackMessages(p.reply).length;
  for (const p of discord) messages += discordMessages(p.reply, p.key && postTag(p.key)).length;
  for (const p of console) messages += renderReply(p.reply) ? 1 : 0;
  return messages;
}

export async function run(): Promise<void> {
  const w = buildLargestWeek();
  try {
    const [slack, discord, console_] = [await allPosts(w, 'slack'), await allPosts(w, 'discord'), await allPosts(w, 'console')];
    console.log(`render largest week: ${UNITS} units, ${TASKS} tasks, ${slack.length} posts a platform (prompt, reminder, digest ×2, answer ×2, error)`);
    for (const [i, p] of slack.entries()) {
      const s = slackMessages(p.reply).length;
      const d = discordMessages(discord[i].reply, discord[i].key && postTag(discord[i].key!)).length;
      console.log(`render messages ${p.kind}${p.key ? ' (scheduled)' : ''}: slack ${s}, discord ${d}`);
    }
    // The digest reply's chart PNG and markdown are built with the reply (not timed here).
    const times: number[] = [];
    let messages = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      messages = renderAll(slack, discord, console_);
      times.push(performance.now() - t0);
    }
    const med = median(times);
    console.log(`render all kinds, all platforms (${messages} messages) median: ${med.toFixed(1)} ms (goal < 50 ms: ${med < 50 ? 'met' : 'NOT met'})`);
    console.log(`render all kinds, all platforms max: ${Math.max(...times).toFixed(1)} ms`);
  } finally {
    w.close();
  }
}
