// The scheduler loop: every tick, post what is due (weekly prompts, reminders, digests) through the
// platform of the channel that follows the plan, exactly once (progress/run-due-posts.ts: the outbox
// records the intent before the post and reconciles with Poster.findPostedMessage after a crash).
import { runDuePosts, type TickResult } from './run-due-posts.ts';
import type { DispatchDeps } from '../core/dispatch.ts';
import type { Poster } from '../core/poster.ts';
import { contentReply } from './post-content.ts';
import { sanitizeReply } from '../core/middleware/sanitize-mentions.ts';
import { limitReply } from '../core/reply.ts';

export interface SchedulerOptions {
  deps: DispatchDeps;
  posters: readonly Poster[];
  /** 0: no timer, passes only by tick() (the console's simulated week, tests). */
  tickMs: number;
}

export interface Scheduler {
  /** One pass now (also run at start: posts missed while down go out once). */
  tick(): Promise<TickResult[]>;
  stop(): void;
}

export function startScheduler(options: SchedulerOptions): Scheduler {
  const { deps, posters } = options;
  const byPlatform = new Map(posters.map((p) => [p.platform as string, p]));
  const posterFor = (platform: string): Poster => {
    const p = byPlatform.get(platform);
    // A follow made on a platform that is not running now: leave its posts due (no intent recorded).
    if (!p) throw Object.assign(new Error(`no ${platform} adapter running`), { definitelyNotSent: true });
    return p;
  };
  let running: Promise<TickResult[]> | null = null;

  const once = async (): Promise<TickResult[]> => {
    const now = deps.clock.now();
    const results = await runDuePosts(deps.store, now, {
      send: async (post, content) => {
        const poster = posterFor(post.follow.platform);
        // Notes and unit names in a digest are user text: neutralise mentions like any reply.
        const raw = contentReply(content, post.keyString);
        // Member ids to notify are ours, not user text: kept apart from the sanitising.
        const reply = { ...limitReply(sanitizeReply({ ...raw, mentions: undefined })), mentions: raw.mentions };
        const sent = await poster.post({ tenant: post.key.tenant, channel: post.key.channel }, reply, post.keyString);
        return { messageId: sent.messageId, thread: sent.thread ?? null };
      },
      findPostedMessage: async (post, opts) => {
        const target = { tenant: post.key.tenant, channel: post.key.channel };
        const found = await posterFor(post.follow.platform).findPostedMessage(target, post.keyString, { since: opts?.since });
        return found ? { messageId: found.messageId, thread: found.thread ?? null } : null;
      },
    });
    for (const r of results) {
      if (r.outcome === 'failed') deps.log?.error({ err: r.error, key: r.post.keyString }, 'scheduled post failed');
      else deps.log?.info?.({ key: r.post.keyString, outcome: r.outcome }, 'scheduled post');
    }
    return results;
  };

  // Ticks never overlap: a slow platform call must not let two passes claim the same post.
  const tick = (): Promise<TickResult[]> => {
    running ??= once().finally(() => {
      running = null;
    });
    return running;
  };
  if (options.tickMs <= 0) return { tick, stop: () => {} };
  const timer = setInterval(() => void tick().catch((err) => deps.log?.error({ err }, 'scheduler tick failed')), options.tickMs);
  timer.unref();
  void tick().catch((err) => deps.log?.error({ err }, 'scheduler tick failed'));
  return { tick, stop: () => clearInterval(timer) };
}
