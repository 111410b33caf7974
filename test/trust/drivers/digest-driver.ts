// Test driver: one pass of the bot's scheduler (src/progress/scheduler.ts, the production path) against
// a fake platform. `digest-driver.ts DB URL NOW` posts what is due at NOW (weekly prompt, digest …)
// with the crashing HTTP Poster (CRASH / CRASH_KEY, see http-poster.ts), prints each outcome and
// `tick done`. The test restarts it after a SIGKILL, as the bot would restart.
import { openStore } from '../../../src/store/open.ts';
import { ManualClock } from '../../../src/core/clock.ts';
import { startScheduler } from '../../../src/progress/scheduler.ts';
import { commandList } from '../../../commands/index.ts';
import { httpPoster } from './http-poster.ts';

const [db, url, now] = process.argv.slice(2);
const store = openStore(db);
const scheduler = startScheduler({ deps: { store, clock: new ManualClock(now), commands: commandList }, posters: [httpPoster(url)], tickMs: 0 });
const results = await scheduler.tick();
for (const r of results) process.stdout.write(`${r.post.kind} ${r.post.key.week} ${r.outcome}${r.error ? ` ${String(r.error)}` : ''}\n`);
process.stdout.write('tick done\n');
scheduler.stop();
store.close();
