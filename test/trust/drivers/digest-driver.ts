// Test driver: one scheduler tick against a fake platform. `digest-driver.ts DB URL NOW` runs the
// due posts (weekly prompt, digest …) of the store at DB at time NOW through runDuePosts, posting
// with the crashing HTTP Poster (CRASH / CRASH_KEY, see http-poster.ts), prints each outcome and
// `tick done`. The test restarts it after a SIGKILL, as the bot would restart.
import { openStore } from '../../../src/store/open.ts';
import { runDuePosts, type PostContent } from '../../../src/progress/run-due-posts.ts';
import type { DuePost } from '../../../src/progress/schedule.ts';
import { httpPoster } from './http-poster.ts';

const [db, url, now] = process.argv.slice(2);
const store = openStore(db);
const poster = httpPoster(url);
const target = (p: DuePost) => ({ tenant: p.follow.tenant, channel: p.follow.channel });
const text = (c: PostContent) => (c.kind === 'prompt' ? c.prompt.text : c.kind === 'reminder' ? `提醒 ${c.reminder.units.length}` : `周报 ${c.digest.plan} ${c.digest.week}`);

const results = await runDuePosts(store, new Date(now), {
  async send(post, content) {
    const r = await poster.post(target(post), { text: text(content), openThread: post.kind === 'prompt' ? { key: post.keyString, name: '进度征询' } : undefined }, post.keyString);
    return { messageId: r.messageId, thread: r.thread ?? null };
  },
  findPostedMessage: (post) => poster.findPostedMessage(target(post), post.keyString),
});
for (const r of results) process.stdout.write(`${r.post.kind} ${r.post.key.week} ${r.outcome}${r.error ? ` ${String(r.error)}` : ''}\n`);
process.stdout.write('tick done\n');
store.close();
