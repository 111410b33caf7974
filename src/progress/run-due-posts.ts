// One scheduler tick: for each due post, build its content (prompt, reminder, digest) and deliver it
// exactly once through the outbox. The platform part (send, findPostedMessage) is passed in by the
// adapter/scheduler; nothing here knows Slack or Discord.
import type { Store } from '../store/open.ts';
import { buildDigest } from '../digest/build.ts';
import type { Digest } from '../digest/types.ts';
import { deliverOnce, markSent, type DeliveryOutcome } from './outbox.ts';
import { buildWeeklyPrompt, type WeeklyPrompt } from './prompt.ts';
import { buildReminder, type Reminder } from './remind.ts';
import { duePosts, type DuePost } from './schedule.ts';

export type PostContent =
  | { kind: 'prompt'; prompt: WeeklyPrompt }
  | { kind: 'reminder'; reminder: Reminder }
  | { kind: 'digest'; digest: Digest };

export interface PostSender {
  /** Posts the content in post.follow.channel; returns the message id (and a prompt's thread). */
  send(post: DuePost, content: PostContent): Promise<{ messageId: string | null; thread?: string | null }>;
  /** A message already posted under post.keyString in the channel's history (no older than `since`: the intent's time), or null. */
  findPostedMessage(post: DuePost, opts?: { since?: Date }): Promise<{ messageId: string; thread?: string | null } | string | null>;
}

export function buildPostContent(store: Store, post: DuePost, now: Date): PostContent {
  const k = post.key;
  if (post.kind === 'prompt') return { kind: 'prompt', prompt: buildWeeklyPrompt(store, { ...k, now, timezone: post.follow.timezone }) };
  if (post.kind === 'reminder') return { kind: 'reminder', reminder: buildReminder(store, k) };
  return { kind: 'digest', digest: buildDigest(store, { tenant: k.tenant, planId: k.planId, week: k.week, now, timezone: post.follow.timezone }) };
}

export interface TickResult {
  post: DuePost;
  outcome: DeliveryOutcome | 'skipped' | 'failed';
  error?: unknown;
}

export async function runDuePosts(store: Store, now: Date, sender: PostSender, opts: { tenant?: string } = {}): Promise<TickResult[]> {
  const results: TickResult[] = [];
  for (const post of duePosts(store, now, opts)) {
    const content = buildPostContent(store, post, now);
    // Nobody silent: the reminder is done without a message (an in-doubt one too: never post an empty reminder).
    if (content.kind === 'reminder' && !content.reminder.units.length) {
      markSent(store, post.key, null, { now });
      results.push({ post, outcome: 'skipped' });
      continue;
    }
    try {
      const outcome = await deliverOnce(store, post.key, now, {
        send: () => sender.send(post, content),
        findPostedMessage: (_key, claimedAt) => sender.findPostedMessage(post, { since: claimedAt }),
      });
      results.push({ post, outcome });
    } catch (error) {
      results.push({ post, outcome: 'failed', error });
    }
  }
  return results;
}
