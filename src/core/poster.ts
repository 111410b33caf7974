// What the scheduler needs from a platform to post on its own (weekly prompt, reminder, digest):
// Slack and Discord adapters implement it; the console has a trivial one. Once and only once, or
// loudly never (issues 6, 13): a post is several parts (the head message, its follow-ups in the
// head's thread, the files); the outbox records the intent of each part before `send` and, when a
// part is in doubt (a crash, a 5xx, a timeout), asks `find` whether it went out before sending again.
import type { Platform } from './event.ts';
import type { Reply } from './reply.ts';

export interface PostTarget {
  /** Slack team_id / Discord guild_id: the isolation boundary. */
  tenant: string;
  channel: string;
  /** Post inside this thread (Slack thread_ts, Discord thread channel id). */
  thread?: string | null;
}

export interface PostedMessage {
  /** Slack ts / Discord message id. */
  messageId: string;
  /** Where replies and follow-ups go (Slack: the head's ts; Discord: the thread started from the head). */
  thread?: string;
}

export interface FindPostedOptions {
  since?: Date;
}

/**
 * Why a platform call failed, in the outbox's terms:
 * - refused: the platform said no for good (Slack invalid_blocks, msg_blocks_too_long,
 *   channel_not_found, not_in_channel; Discord 50035, 50001, 50013 …): never retried.
 * - transient: certainly not stored, try again later (Slack/Discord 429 with retry-after).
 * - in_doubt: maybe stored (5xx, timeout, connection lost): reconcile (`find`) before any retry.
 */
export type PostFailure = 'refused' | 'transient' | 'in_doubt';

export class PostError extends Error {
  readonly failure: PostFailure;
  /** The platform's own name for it: `invalid_blocks`, `50035`, `http 503`, `timeout`. */
  readonly code: string;
  /** What it means, in Chinese, for the coordinator's notice. */
  readonly explanation: string;
  readonly retryAfterMs?: number;
  constructor(failure: PostFailure, code: string, explanation: string, opts: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(`${failure}: ${code}`, { cause: opts.cause });
    this.name = 'PostError';
    this.failure = failure;
    this.code = code;
    this.explanation = explanation;
    if (opts.retryAfterMs !== undefined) this.retryAfterMs = opts.retryAfterMs;
  }
}

/** One reply made ready to post under an outbox key: its parts, each sent and found on its own. */
export interface PreparedPost {
  /** What each part is, in order: 'head', then 'follow-up', then 'files' (for logs and the notice). */
  parts: ReadonlyArray<'head' | 'follow-up' | 'files'>;
  /** Sends part `i`; `head` is part 0 as posted (null when sending part 0). */
  send(i: number, head: PostedMessage | null): Promise<PostedMessage>;
  /** Part `i` if it is already in the channel (or the head's thread) under this key, else null. */
  find(i: number, head: PostedMessage | null, opts?: FindPostedOptions): Promise<PostedMessage | null>;
}

export interface Poster {
  readonly platform: Platform;
  /**
   * Sends the whole reply (every part). `key` is the outbox key; the adapter stores it with the
   * message (Slack message metadata, a Discord footer tag) so findPostedMessage can recognise it later.
   */
  post(target: PostTarget, reply: Reply, key: string): Promise<PostedMessage>;
  /**
   * A message already posted under `key` in that channel's history, or null. `since`: when the outbox
   * intent was recorded; the adapter pages through everything from then on (minus a margin for clock
   * skew), so a busy channel cannot push the post out of reach. Without it only recent history is read.
   */
  findPostedMessage(target: PostTarget, key: string, opts?: FindPostedOptions): Promise<PostedMessage | null>;
  /** The reply as parts under `key`, each tagged, sent and found on its own (Slack, Discord). Without it the reply is one part. */
  prepare?(target: PostTarget, reply: Reply, key: string): PreparedPost;
  /** A plain notice in the channel (a post that failed for good, told to the coordinator once). */
  notify?(target: PostTarget, text: string): Promise<void>;
}

/** Every part in order, without an outbox (tests, benches): the head as posted. */
export async function postAll(prepared: PreparedPost): Promise<PostedMessage> {
  let head: PostedMessage | null = null;
  for (let i = 0; i < prepared.parts.length; i++) {
    const sent = await prepared.send(i, head);
    head ??= sent;
  }
  if (!head) throw new Error('a post without parts');
  return head;
}
