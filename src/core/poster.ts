// What the scheduler needs from a platform to post on its own (weekly prompt, reminder, digest):
// Slack and Discord adapters implement it; the console has a trivial one. Exactly-once across
// crashes (issue 6): the scheduler records the intent (outbox claim) before `post`, and after a
// restart asks `findPostedMessage` whether the post went out before marking it sent or resending.
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
  /** When reply.openThread was set: where replies go (Slack: the message ts; Discord: the new thread's id). */
  thread?: string;
}

export interface FindPostedOptions {
  since?: Date;
}

export interface Poster {
  readonly platform: Platform;
  /**
   * Sends the reply (text, rich forms, files, follow-ups). `key` is the outbox key; the adapter stores
   * it with the message (Slack message metadata, a Discord nonce or footer) so findPostedMessage can
   * recognise it later.
   */
  post(target: PostTarget, reply: Reply, key: string): Promise<PostedMessage>;
  /**
   * A message already posted under `key` in that channel's history, or null. `since`: when the outbox
   * intent was recorded; the adapter pages through everything from then on (minus a margin for clock
   * skew), so a busy channel cannot push the post out of reach. Without it only recent history is read.
   */
  findPostedMessage(target: PostTarget, key: string, opts?: FindPostedOptions): Promise<PostedMessage | null>;
}
