// Test support for the weekly loop: a fake platform that keeps what was posted (and can say what is
// in the channel's history, for in-doubt posts), and a driver that ticks a ManualClock forward.
import type { Store } from '../../src/store/open.ts';
import type { ManualClock } from '../../src/core/clock.ts';
import { runDuePosts, type PostContent, type PostSender } from '../../src/progress/run-due-posts.ts';
import type { DuePost } from '../../src/progress/schedule.ts';

export interface Posted {
  key: string;
  kind: string;
  tenant: string;
  channel: string;
  week: string;
  at: Date;
  messageId: string;
  text: string;
  units: string[];
}

export class FakePlatform implements PostSender {
  posts: Posted[] = [];
  private n = 0;
  constructor(private readonly clock: ManualClock) {}
  async send(post: DuePost, content: PostContent) {
    const messageId = `msg-${++this.n}`;
    const text = content.kind === 'prompt' ? content.prompt.text : content.kind === 'reminder' ? content.reminder.text : `digest ${content.digest.week}`;
    const units =
      content.kind === 'prompt' ? content.prompt.units.map((u) => u.unit)
      : content.kind === 'reminder' ? content.reminder.units.map((u) => u.unit)
      : content.digest.units.missing.map((u) => u.unit);
    this.posts.push({ key: post.keyString, kind: post.kind, tenant: post.key.tenant, channel: post.key.channel, week: post.key.week, at: this.clock.now(), messageId, text, units });
    return { messageId, thread: post.kind === 'prompt' ? messageId : null };
  }
  async findPostedMessage(post: DuePost) {
    const p = this.posts.find((x) => x.key === post.keyString);
    return p ? { messageId: p.messageId, thread: p.kind === 'prompt' ? p.messageId : null } : null;
  }
}

/** Ticks every `stepMs` from now until `until` (inclusive), delivering due posts at each tick. */
export async function tickUntil(store: Store, clock: ManualClock, platform: PostSender, until: Date, stepMs = 15 * 60_000): Promise<void> {
  while (clock.now().getTime() <= until.getTime()) {
    await runDuePosts(store, clock.now(), platform);
    if (clock.now().getTime() + stepMs > until.getTime() && clock.now().getTime() !== until.getTime()) clock.set(until);
    else clock.advance(stepMs);
  }
}
