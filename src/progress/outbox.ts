// Once and only once, or loudly never (issues 4, 6, 13). A scheduled post is a list of parts (the
// head message, its follow-ups in the head's thread, the files). The post's intent is recorded
// before the first platform call and 'sent' after the last part; each part has its own intent/sent
// row, so after a crash or a failure only the missing parts go out. A part left 'intent' is in doubt
// (crash, 5xx, timeout): the adapter looks for it (PreparedPost.find) before sending it again.
// A refusal (invalid_blocks, 50035 …) ends the post as 'failed' and the coordinator is told once;
// transient errors (429, 5xx) retry with backoff, bounded in the tick and across ticks.
import { PostError, type PostedMessage, type PreparedPost } from '../core/poster.ts';
import type { Store } from '../store/open.ts';
import { claimOutboxNotice, claimOutboxPart, dropOutboxPart, markOutboxFailed, markOutboxPartSent, outboxParts, outboxRow, recordOutboxAttempt } from '../store/outbox-parts.ts';
import { claimOutbox, markOutboxSent, releaseOutbox, type OutboxKey, type PostKind } from '../store/progress-writer.ts';
import { failureNotice } from './outbox-notice.ts';

export type { OutboxKey, PostKind };

/** The key as one string: what adapters store with the message (Slack metadata, Discord nonce/footer). */
export function postKey(k: OutboxKey): string {
  return [k.tenant, k.channel, String(k.planId), k.week, k.kind].map(encodeURIComponent).join('/');
}

export function parsePostKey(key: string): OutboxKey | null {
  const parts = key.split('/').map(decodeURIComponent);
  if (parts.length !== 5 || !/^\d+$/.test(parts[2]) || !['prompt', 'reminder', 'digest'].includes(parts[4])) return null;
  return { tenant: parts[0], channel: parts[1], planId: Number(parts[2]), week: parts[3], kind: parts[4] as PostKind };
}

const asKey = (k: OutboxKey | string): OutboxKey => {
  if (typeof k !== 'string') return k;
  const parsed = parsePostKey(k);
  if (!parsed) throw new Error(`bad outbox key ${k}`);
  return parsed;
};

export type ClaimResult = 'claimed' | 'already_sent' | 'in_doubt' | 'failed';

/** Records the intent to post. 'claimed': post now. 'in_doubt': an earlier attempt may have posted. */
export function claimPost(store: Store, key: OutboxKey | string, now: Date = new Date()): ClaimResult {
  const r = claimOutbox(store, asKey(key), now.getTime());
  if (r.inserted) return 'claimed';
  const state = r.state as string;
  return state === 'sent' ? 'already_sent' : state === 'failed' ? 'failed' : 'in_doubt';
}

/** The post went out (messageId null: nothing needed posting, e.g. a reminder with nobody silent). */
export function markSent(store: Store, key: OutboxKey | string, messageId: string | null, opts: { thread?: string | null; now?: Date } = {}): void {
  markOutboxSent(store, asKey(key), messageId, opts.thread ?? null, (opts.now ?? new Date()).getTime());
}

/** Nothing of it went out and nothing was refused (no adapter for that platform now): drop the intent so it stays due. */
export function releasePost(store: Store, key: OutboxKey | string): void {
  releaseOutbox(store, asKey(key));
}

export function postState(store: Store, key: OutboxKey | string): 'none' | 'intent' | 'sent' | 'failed' {
  return outboxRow(store, asKey(key))?.state ?? 'none';
}

/** Bounds (issue 13): tries of one part within a tick, failing ticks before the post is given up. */
export const OUTBOX_RETRY = { triesPerTick: 3, maxAttempts: 6, firstBackoffMs: 1_000, maxBackoffMs: 30_000, maxWaitBetweenTicksMs: 3600_000 } as const;

export interface Delivery {
  /** The post's parts, built once something is to be sent (throws `definitelyNotSent` when it cannot be). */
  prepare(): PreparedPost;
  /** Tells the coordinator in the channel (called at most once per post). */
  notify(text: string): Promise<void>;
  /** Waits between tries within a tick (tests pass a recorder). */
  sleep?(ms: number): Promise<void>;
}

/** The one-message form (benches, older callers): the whole post is one part. */
export interface SimpleDelivery {
  send(): Promise<{ messageId: string | null; thread?: string | null }>;
  /** A message already posted under this key (no older than `claimedAt`), or null. */
  findPostedMessage(key: string, claimedAt?: Date): Promise<{ messageId: string; thread?: string | null } | string | null>;
}

export type DeliveryOutcome = 'sent' | 'already_sent' | 'reconciled' | 'resent' | 'failed' | 'waiting';

export interface DeliveryResult {
  outcome: DeliveryOutcome;
  error?: unknown;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const asPosted = (m: { messageId: string | null; thread?: string | null } | string): PostedMessage => {
  const o = typeof m === 'string' ? { messageId: m } : m;
  return { messageId: o.messageId ?? '', ...(o.thread ? { thread: o.thread } : {}) };
};

/** A SimpleDelivery as one part. */
export function oneMessage(key: OutboxKey, d: SimpleDelivery): Delivery {
  return {
    prepare: () => ({
      parts: ['head'],
      send: async () => asPosted(await d.send()),
      find: async (_i, _head, opts) => {
        const found = await d.findPostedMessage(postKey(key), opts?.since);
        return found ? asPosted(found) : null;
      },
    }),
    notify: async () => {},
  };
}

/** deliverPost, throwing its error (the older calling convention). */
export async function deliverOnce(store: Store, key: OutboxKey, now: Date, d: Delivery | SimpleDelivery): Promise<DeliveryOutcome> {
  const result = await deliverPost(store, key, now, 'prepare' in d ? d : oneMessage(key, d));
  if (result.error) throw result.error;
  return result.outcome;
}

/** Claim → each missing part (found, or sent) → mark sent; a refusal ends it, loudly, once. */
export async function deliverPost(store: Store, key: OutboxKey, now: Date, d: Delivery): Promise<DeliveryResult> {
  const claim = claimPost(store, key, now);
  if (claim === 'already_sent') return { outcome: 'already_sent' };
  if (claim === 'failed') return { outcome: 'failed' };
  const row = outboxRow(store, key)!;
  if (row.nextTryAt !== null && row.nextTryAt > now.getTime()) return { outcome: 'waiting' };
  let prepared: PreparedPost;
  try {
    prepared = d.prepare();
  } catch (error) {
    if ((error as { definitelyNotSent?: boolean }).definitelyNotSent && claim === 'claimed') releasePost(store, key);
    return { outcome: 'failed', error };
  }
  const run = new PartRun(store, key, now, prepared, d.sleep ?? realSleep, claim === 'in_doubt' ? new Date(row.claimedAt) : undefined);
  try {
    await run.all();
  } catch (error) {
    return { outcome: 'failed', error: await onFailure(store, key, now, d, prepared, run.failedPart, error) };
  }
  markSent(store, key, run.head!.messageId || null, { thread: run.head!.thread ?? null, now });
  if (claim === 'claimed') return { outcome: 'sent' };
  return { outcome: run.sentAny ? 'resent' : 'reconciled' };
}

/** The parts of one delivery, in order, each found or sent once. */
class PartRun {
  head: PostedMessage | null = null;
  sentAny = false;
  failedPart = 0;
  constructor(
    private store: Store,
    private key: OutboxKey,
    private now: Date,
    private prepared: PreparedPost,
    private sleep: (ms: number) => Promise<void>,
    /** Set when the post is in doubt: its intent's time, the search's lower bound. */
    private doubtSince: Date | undefined,
  ) {}

  async all(): Promise<void> {
    const rows = new Map(outboxParts(this.store, this.key).map((r) => [r.part, r]));
    for (let i = 0; i < this.prepared.parts.length; i++) {
      this.failedPart = i;
      const row = rows.get(i);
      let got: PostedMessage | null = row?.state === 'sent' && row.messageId ? { messageId: row.messageId, ...(row.thread ? { thread: row.thread } : {}) } : null;
      // In doubt: a part whose intent was recorded, or the head of a post from before parts were recorded.
      if (!got && (row?.state === 'intent' || (i === 0 && !row && this.doubtSince))) {
        got = await this.prepared.find(i, this.head, { since: row ? new Date(row.claimedAt) : this.doubtSince });
        if (got) this.mark(i, got);
      }
      if (!got) {
        claimOutboxPart(this.store, this.key, i, this.now.getTime());
        got = await this.sendWithRetries(i);
        this.mark(i, got);
        this.sentAny = true;
      }
      this.head ??= got;
    }
  }

  private mark(i: number, m: PostedMessage): void {
    markOutboxPartSent(this.store, this.key, i, m, this.now.getTime());
  }

  // Within the tick: a 429 waits its retry-after; a 5xx or timeout is looked for before it is sent again.
  private async sendWithRetries(i: number): Promise<PostedMessage> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.prepared.send(i, this.head);
      } catch (err) {
        // Not classified by the adapter: in doubt, left for the next tick (reconciled there).
        if (!(err instanceof PostError)) throw err;
        if (err.failure !== 'in_doubt') dropOutboxPart(this.store, this.key, i);
        if (err.failure === 'refused' || attempt >= OUTBOX_RETRY.triesPerTick) throw err;
        await this.sleep(backoffMs(err, attempt));
        if (err.failure === 'in_doubt') {
          const found = await this.prepared.find(i, this.head, { since: this.now });
          if (found) return found;
        }
        claimOutboxPart(this.store, this.key, i, this.now.getTime());
      }
    }
  }
}

function backoffMs(err: PostError, attempt: number): number {
  if (err.retryAfterMs !== undefined) return Math.min(err.retryAfterMs, OUTBOX_RETRY.maxBackoffMs);
  return Math.min(OUTBOX_RETRY.firstBackoffMs * 2 ** (attempt - 1), OUTBOX_RETRY.maxBackoffMs);
}

// A refusal, or too many failing ticks: the post ends as failed and the coordinator hears it once.
// Anything else: counted, and tried again at a later tick (after the backoff the platform asked for).
async function onFailure(store: Store, key: OutboxKey, now: Date, d: Delivery, prepared: PreparedPost, part: number, error: unknown): Promise<unknown> {
  const row = outboxRow(store, key);
  const code = error instanceof PostError ? error.code : error instanceof Error ? error.message : String(error);
  const giveUp = (error instanceof PostError && error.failure === 'refused') || (row?.attempts ?? 0) + 1 >= OUTBOX_RETRY.maxAttempts;
  if (!giveUp) {
    const wait = error instanceof PostError ? Math.min(backoffMs(error, (row?.attempts ?? 0) + 1) * 4, OUTBOX_RETRY.maxWaitBetweenTicksMs) : 0;
    recordOutboxAttempt(store, key, code, now.getTime() + wait);
    return error;
  }
  markOutboxFailed(store, key, code);
  if (claimOutboxNotice(store, key, now.getTime())) {
    await d.notify(failureNotice(key, prepared.parts, part, error)).catch(() => undefined);
  }
  return error;
}
