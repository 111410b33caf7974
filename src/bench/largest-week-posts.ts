// Every post kind of the largest week, built the way duban builds it: scheduled posts (prompt,
// reminder, digest) as the scheduler does (sanitise, then limitReply, then the members to ping put
// back: src/progress/scheduler.ts), answers and errors through dispatch, as each adapter gets them.
import { dispatch } from '../core/dispatch.ts';
import { limitReply, type Reply } from '../core/reply.ts';
import { sanitizeReply } from '../core/middleware/sanitize-mentions.ts';
import { ManualClock } from '../core/clock.ts';
import { buildDigest } from '../digest/build.ts';
import { buildWeeklyPrompt } from '../progress/prompt.ts';
import { buildReminder } from '../progress/remind.ts';
import { contentReply } from '../progress/post-content.ts';
import type { PostContent } from '../progress/run-due-posts.ts';
import { commandList } from '../../commands/index.ts';
import { HOSTILE, TENANTS, unitName, type LargePlatform, type LargestWeek } from './largest-week.ts';

export type PostKind = 'prompt' | 'reminder' | 'digest' | 'answer' | 'error';

export interface Post {
  kind: PostKind;
  reply: Reply;
  /** The outbox key of a scheduled post (Discord carries its tag). */
  key?: string;
}

function scheduled(content: PostContent, key: string): Reply {
  const raw = contentReply(content, key);
  return { ...limitReply(sanitizeReply({ ...raw, mentions: undefined })), mentions: raw.mentions };
}

let n = 0;
async function ask(w: LargestWeek, platform: LargePlatform, text: string, isCoordinator = false): Promise<Reply> {
  const clock = new ManualClock(w.now.toISOString());
  const event = { platform, tenant: TENANTS[platform], channel: 'C1', thread: null, user: 'U9', text, eventId: `limits-${platform}-${++n}`, isCoordinator, receivedAt: w.now };
  const reply = await dispatch(event, { store: w.store, clock, commands: commandList });
  if (!reply) throw new Error(`no reply to ${text}`);
  return reply;
}

export async function allPosts(w: LargestWeek, platform: LargePlatform): Promise<Post[]> {
  const tenant = TENANTS[platform];
  const k = { tenant, planId: w.planId };
  const key = (kind: string, week: string) => `${tenant}/C1/${w.planId}/${week}/${kind}`;
  return [
    { kind: 'prompt', key: key('prompt', w.week), reply: scheduled({ kind: 'prompt', prompt: buildWeeklyPrompt(w.store, { ...k, week: w.week }) }, key('prompt', w.week)) },
    { kind: 'reminder', key: key('reminder', w.nextWeek), reply: scheduled({ kind: 'reminder', reminder: buildReminder(w.store, { ...k, week: w.nextWeek }) }, key('reminder', w.nextWeek)) },
    { kind: 'digest', key: key('digest', w.week), reply: scheduled({ kind: 'digest', digest: buildDigest(w.store, { ...k, week: w.week, now: w.now }) }, key('digest', w.week)) },
    { kind: 'digest', reply: await ask(w, platform, `/duban digest plan:${w.planId} week:${w.week}`, true) },
    { kind: 'answer', reply: await ask(w, platform, '哪些任务已经逾期了？') },
    { kind: 'answer', reply: await ask(w, platform, `${unitName(3)}牵头了哪些工作？`) },
    { kind: 'error', reply: await ask(w, platform, `/duban report task:${HOSTILE.repeat(3)} note:${HOSTILE}`) },
  ];
}
