// One scheduler tick: for each due post, build its content (prompt, reminder, digest) and deliver it
// exactly once through the outbox (outbox.ts: per part, refused → failed and told once). Channels
// are independent (issue 13): each channel's posts run in order, the channels side by side, so one
// slow or failing channel never holds up another. Nothing here knows Slack or Discord.
import type { PreparedPost } from '../core/poster.ts';
import type { Store } from '../store/open.ts';
import { buildDigest } from '../digest/build.ts';
import type { Digest } from '../digest/types.ts';
import { deliverPost, markSent, oneMessage, type Delivery, type DeliveryOutcome } from './outbox.ts';
import { buildWeeklyPrompt, type WeeklyPrompt } from './prompt.ts';
import { buildReminder, type Reminder } from './remind.ts';
import { duePosts, type DuePost } from './schedule.ts';

export type PostContent =
  | { kind: 'prompt'; prompt: WeeklyPrompt }
  | { kind: 'reminder'; reminder: Reminder }
  | { kind: 'digest'; digest: Digest };

export interface PartsSender {
  /** The content as parts for post.follow.channel's platform (throws `definitelyNotSent` when no adapter runs it). */
  prepare(post: DuePost, content: PostContent): PreparedPost;
  /** A notice in the post's channel: it failed for good (once per post). */
  notify(post: DuePost, text: string): Promise<void>;
}

/** The one-message form (test platforms): send the whole post, find it again after a crash. */
export interface PostSender {
  send(post: DuePost, content: PostContent): Promise<{ messageId: string | null; thread?: string | null }>;
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
  outcome: DeliveryOutcome | 'skipped';
  error?: unknown;
}

export interface RunOptions {
  tenant?: string;
  /** Channels with a delivery still under way (from an earlier tick): left for a later tick. */
  busy?: Set<string>;
  /** Waits between tries within a tick (tests). */
  sleep?: (ms: number) => Promise<void>;
}

/** Where a post goes, as one string: the unit of independence. */
export const channelOf = (post: DuePost): string => `${post.follow.platform}\u0000${post.key.tenant}\u0000${post.key.channel}`;

export async function runDuePosts(store: Store, now: Date, sender: PartsSender | PostSender, opts: RunOptions = {}): Promise<TickResult[]> {
  const byChannel = new Map<string, DuePost[]>();
  for (const post of duePosts(store, now, opts)) {
    const ch = channelOf(post);
    if (opts.busy?.has(ch)) continue;
    byChannel.set(ch, [...(byChannel.get(ch) ?? []), post]);
  }
  const runs = [...byChannel].map(async ([ch, posts]) => {
    opts.busy?.add(ch);
    try {
      const out: TickResult[] = [];
      for (const post of posts) out.push(await deliverDue(store, now, sender, post, opts));
      return out;
    } finally {
      opts.busy?.delete(ch);
    }
  });
  return (await Promise.all(runs)).flat().sort((a, b) => a.post.scheduledAt.getTime() - b.post.scheduledAt.getTime());
}

async function deliverDue(store: Store, now: Date, sender: PartsSender | PostSender, post: DuePost, opts: RunOptions): Promise<TickResult> {
  try {
    const content = buildPostContent(store, post, now);
    // Nobody silent: the reminder is done without a message (an in-doubt one too: never post an empty reminder).
    if (content.kind === 'reminder' && !content.reminder.units.length) {
      markSent(store, post.key, null, { now });
      return { post, outcome: 'skipped' };
    }
    const delivery: Delivery =
      'prepare' in sender
        ? { prepare: () => sender.prepare(post, content), notify: (text) => sender.notify(post, text), sleep: opts.sleep }
        : oneMessage(post.key, { send: () => sender.send(post, content), findPostedMessage: (_key, since) => sender.findPostedMessage(post, { since }) });
    const result = await deliverPost(store, post.key, now, delivery);
    return { post, ...result };
  } catch (error) {
    return { post, outcome: 'failed', error };
  }
}
