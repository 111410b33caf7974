// The scheduler's Poster on Discord: a post tagged with its outbox key (embed footer), a thread
// opened under a weekly prompt, and finding a post again after a crash by reading the channel forwards.
import type { Client, Message } from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { FindPostedOptions, PostTarget, PostedMessage, Poster } from '../../core/poster.ts';
import type { Reply } from '../../core/reply.ts';
import { postTag, renderMessages } from './render.ts';

// Reconciling an in-doubt post reads the channel from the intent's time on: 100 a page (Discord's
// maximum), at most 50 pages (5,000 messages), starting 10 min early for clock skew with Discord.
const HISTORY_PAGE = 100;
const HISTORY_PAGES = 50;
const SKEW_MS = 10 * 60_000;
const DISCORD_EPOCH_MS = 1420070400000;

/** The smallest snowflake of that instant: `after` it lists the messages from then on. */
export function snowflakeAt(ms: number): bigint {
  return BigInt(Math.max(0, Math.floor(ms) - DISCORD_EPOCH_MS)) << 22n;
}

export function discordPoster(client: Client): Pick<Poster, 'post' | 'findPostedMessage'> {
  const sendable = async (target: PostTarget) => {
    const ch = await client.channels.fetch(target.thread ?? target.channel);
    if (!ch?.isSendable() || !('messages' in ch)) throw new Error(`discord: cannot post in channel ${target.channel}`);
    return ch;
  };
  return {
    async post(target: PostTarget, reply: Reply, key: string): Promise<PostedMessage> {
      const ch = await sendable(target);
      // The outbox key's tag rides in the embed footer: findPostedMessage recognises it after a crash.
      const [first, ...more] = renderMessages(reply, postTag(key));
      const msg = await ch.send(first);
      for (const m of more) await ch.send(m);
      if (reply.openThread && msg.guildId && !ch.isThread()) {
        const thread = await msg.startThread({ name: reply.openThread.name.slice(0, 100), autoArchiveDuration: 10080 });
        // The scheduler records thread.id with the outbox row (markSent): replies there are reports.
        return { messageId: msg.id, thread: thread.id };
      }
      return { messageId: msg.id };
    },
    async findPostedMessage(target: PostTarget, key: string, opts: FindPostedOptions = {}): Promise<PostedMessage | null> {
      const ch = await sendable(target);
      const tag = postTag(key);
      const found = (m: Message) => m.author.id === client.user?.id && m.embeds.some((e) => e.footer?.text === tag);
      // A thread started from a message has the message's id (Discord); HasThread marks that it exists.
      const posted = (m: Message): PostedMessage => (m.hasThread || m.flags.has(MessageFlags.HasThread) ? { messageId: m.id, thread: m.id } : { messageId: m.id });
      if (!opts.since) {
        // No intent time, no lower bound: only the latest page (the old behaviour).
        const hit = (await ch.messages.fetch({ limit: HISTORY_PAGE })).find(found);
        return hit ? posted(hit) : null;
      }
      // Forwards from the intent's time (minus skew): the post is near the start however busy the channel since.
      let after = snowflakeAt(opts.since.getTime() - SKEW_MS);
      for (let page = 0; page < HISTORY_PAGES; page++) {
        const batch = await ch.messages.fetch({ after: String(after), limit: HISTORY_PAGE, cache: false });
        const hit = batch.find(found);
        if (hit) return posted(hit);
        if (batch.size < HISTORY_PAGE) return null;
        for (const id of batch.keys()) if (BigInt(id) > after) after = BigInt(id);
      }
      // Not seen, but not all read either: resending could double it, so the post stays in doubt (logged).
      throw new Error(`discord: more than ${HISTORY_PAGE * HISTORY_PAGES} messages in ${target.channel} since the intent of ${key}; cannot confirm it was not posted`);
    },
  };
}
