// The scheduler loop: every tick, post what is due (weekly prompts, reminders, digests) through the
// platform of the channel that follows the plan, exactly once (progress/outbox.ts: each part's intent
// is recorded before it is sent and reconciled with the platform after a crash or a 5xx). Channels
// run side by side (run-due-posts.ts): a slow post holds up only its own channel, and a tick that
// comes while a channel is still posting leaves that channel to a later tick.
import { runDuePosts, type TickResult } from './run-due-posts.ts';
import type { DispatchDeps } from '../core/dispatch.ts';
import { type Poster, type PreparedPost, type PostTarget } from '../core/poster.ts';
import type { Reply } from '../core/reply.ts';
import { contentReply } from './post-content.ts';
import { sanitizeReply } from '../core/middleware/sanitize-mentions.ts';
import { limitReply } from '../core/reply.ts';

export interface SchedulerOptions {
  deps: DispatchDeps;
  posters: readonly Poster[];
  /** 0: no timer, passes only by tick() (the console's simulated week, tests). */
  tickMs: number;
  /** Waits between tries within a tick (tests). */
  sleep?: (ms: number) => Promise<void>;
}

export interface Scheduler {
  /** One pass now (also run at start: posts missed while down go out once). */
  tick(): Promise<TickResult[]>;
  stop(): void;
}

/** A Poster without parts of its own (console, test posters): the whole reply is one part. */
function preparedOf(poster: Poster, target: PostTarget, reply: Reply, key: string): PreparedPost {
  if (poster.prepare) return poster.prepare(target, reply, key);
  return {
    parts: ['head'],
    send: () => poster.post(target, reply, key),
    find: (_i, _head, opts) => poster.findPostedMessage(target, key, opts),
  };
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
  const busy = new Set<string>();

  const once = async (): Promise<TickResult[]> => {
    const now = deps.clock.now();
    const results = await runDuePosts(
      deps.store,
      now,
      {
        prepare: (post, content) => {
          const poster = posterFor(post.follow.platform);
          // Notes and unit names in a digest are user text: neutralise mentions like any reply.
          const raw = contentReply(content, post.keyString);
          // Member ids to notify are ours, not user text: kept apart from the sanitising.
          const reply = { ...limitReply(sanitizeReply({ ...raw, mentions: undefined })), mentions: raw.mentions };
          return preparedOf(poster, { tenant: post.key.tenant, channel: post.key.channel }, reply, post.keyString);
        },
        notify: async (post, text) => {
          const poster = posterFor(post.follow.platform);
          deps.log?.error({ key: post.keyString, notice: text }, 'scheduled post failed for good; coordinator told');
          try {
            await poster.notify?.({ tenant: post.key.tenant, channel: post.key.channel }, text);
          } catch (err) {
            deps.log?.error({ err, key: post.keyString }, 'the failure notice could not be posted either');
          }
        },
      },
      { busy, sleep: options.sleep },
    );
    for (const r of results) {
      if (r.error) deps.log?.error({ err: r.error, key: r.post.keyString, outcome: r.outcome }, 'scheduled post failed');
      else deps.log?.info?.({ key: r.post.keyString, outcome: r.outcome }, 'scheduled post');
    }
    return results;
  };

  // Ticks may overlap; a channel still posting is skipped by the later one (busy), so no two passes
  // ever claim the same post at once.
  const tick = (): Promise<TickResult[]> => once();
  if (options.tickMs <= 0) return { tick, stop: () => {} };
  const timer = setInterval(() => void tick().catch((err) => deps.log?.error({ err }, 'scheduler tick failed')), options.tickMs);
  timer.unref();
  void tick().catch((err) => deps.log?.error({ err }, 'scheduler tick failed'));
  return { tick, stop: () => clearInterval(timer) };
}
