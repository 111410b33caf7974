// The scheduler's Poster on Discord: a post in parts (the head tagged with its outbox key in the
// embed footer, the follow-ups and files in a thread started from the head), every part sent with
// a `nonce` and `enforce_nonce` derived from the key and the part, so a retry after a 5xx within
// Discord's nonce window returns the stored message instead of a second one; and finding a part
// again after a crash by reading the channel (head) or the head's thread (the rest).
import { createHash } from 'node:crypto';
import type { Client, Message } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { postAll, type FindPostedOptions, type PostTarget, type PostedMessage, type Poster, type PreparedPost } from '../../core/poster.ts';
import type { Reply } from '../../core/reply.ts';
import { discordPostError } from './post-errors.ts';
import { NO_MENTIONS, postTag, renderMessages, type DiscordPayload } from './render.ts';

// Reconciling an in-doubt post reads the channel from the intent's time on: 100 a page (Discord's
// maximum), at most 50 pages (5,000 messages), starting 10 min early for clock skew with Discord.
const HISTORY_PAGE = 100;
const HISTORY_PAGES = 50;
const SKEW_MS = 10 * 60_000;
const DISCORD_EPOCH_MS = 1420070400000;
// Discord: a thread was already started from this message (its id is the message's).
const THREAD_ALREADY_CREATED = 160004;

/** The smallest snowflake of that instant: `after` it lists the messages from then on. */
export function snowflakeAt(ms: number): bigint {
  return BigInt(Math.max(0, Math.floor(ms) - DISCORD_EPOCH_MS)) << 22n;
}

/** A part's nonce: at most 25 characters (Discord), the same for every try of that part. */
export function nonceOf(key: string, part: number): string {
  return createHash('sha256').update(`${key}#${part}`).digest('hex').slice(0, 25);
}

type Sendable = Awaited<ReturnType<typeof sendableIn>>;

async function sendableIn(client: Client, id: string) {
  const ch = await client.channels.fetch(id);
  if (!ch?.isSendable() || !('messages' in ch)) throw new Error(`discord: cannot post in channel ${id}`);
  return ch;
}

// What identifies a follow-up in its thread: its text (follow-ups carry no tag; the nonce is not
// returned when messages are read back).
const fingerprint = (p: { content?: string | null; embeds?: ReadonlyArray<{ title?: string | null; description?: string | null }> }) =>
  JSON.stringify([p.content ?? '', (p.embeds ?? []).map((e) => [e.title ?? '', e.description ?? ''])]);

/** The render's messages, and files it left off as a last message of their own; each message's part kind. */
function payloadsOf(reply: Reply, key: string): { all: DiscordPayload[]; parts: PreparedPost['parts'] } {
  const payloads = renderMessages(reply, postTag(key));
  const loose = payloads.some((p) => p.files.length) ? [] : (reply.files ?? []);
  const all: DiscordPayload[] = loose.length
    ? [...payloads, { embeds: [], files: loose.map((f) => ({ attachment: Buffer.from(f.bytes), name: f.name, ...(f.alt ? { description: f.alt.slice(0, 1024) } : {}) })), allowedMentions: NO_MENTIONS }]
    : payloads;
  return { all, parts: all.map((_, i) => (i === 0 ? 'head' : loose.length && i === all.length - 1 ? 'files' : 'follow-up')) };
}

export function discordPoster(client: Client): Pick<Poster, 'post' | 'findPostedMessage' | 'prepare' | 'notify'> {
  const sendable = (target: PostTarget) => sendableIn(client, target.thread ?? target.channel);
  const mine = (m: Message) => m.author.id === client.user?.id;
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      throw discordPostError(err);
    }
  };

  const prepare = (target: PostTarget, reply: Reply, key: string): PreparedPost => {
    const { all, parts } = payloadsOf(reply, key);
    let threadId: string | null = null;
    // Follow-ups go in the head's thread: the prompt's own, or one started from the head now.
    const threadOf = async (head: PostedMessage): Promise<string> => {
      if (target.thread) return target.thread;
      threadId ??= head.thread ?? (await startThread(client, target.channel, head.messageId, reply.openThread?.name ?? reply.title ?? reply.text));
      return threadId;
    };
    return {
      parts,
      async send(i, head) {
        const ch = await call(() => (i === 0 || !head ? sendable(target) : threadOf(head).then((id) => sendableIn(client, id))));
        const msg: Message = await call(async (): Promise<Message> => ch.send({ ...all[i], nonce: nonceOf(key, i), enforceNonce: true }));
        if (i > 0) return { messageId: msg.id };
        if (reply.openThread && msg.guildId && !ch.isThread()) {
          // The scheduler records the thread with the outbox row (markSent): replies there are reports.
          const thread = await call(() => startThread(client, target.channel, msg.id, reply.openThread!.name));
          threadId = thread;
          return { messageId: msg.id, thread };
        }
        return { messageId: msg.id };
      },
      async find(i, head, opts) {
        if (i === 0) return call(() => findHead(client, target, key, opts));
        if (!head) return null;
        // No thread yet (Unknown Channel): nothing was sent in it.
        const ch = await sendableIn(client, head.thread ?? head.messageId).catch(() => null);
        if (!ch) return null;
        const want = fingerprint(all[i]);
        const names = new Set(all[i].files.map((f) => f.name));
        const batch = await call(() => ch.messages.fetch({ limit: HISTORY_PAGE, cache: false }));
        const hit = batch.find((m) => mine(m) && (parts[i] === 'files' ? m.attachments.some((a) => names.has(a.name)) : fingerprint(m) === want));
        return hit ? { messageId: hit.id } : null;
      },
    };
  };

  return {
    prepare,
    post: (target, reply, key) => postAll(prepare(target, reply, key)),
    findPostedMessage: (target, key, opts) => findHead(client, target, key, opts),
    async notify(target, text) {
      const ch = await sendable(target);
      await ch.send({ content: text.slice(0, 2000), allowedMentions: NO_MENTIONS });
    },
  };
}

/** A thread started from a message (its id is the message's); one already started is that one. */
async function startThread(client: Client, channelId: string, messageId: string, name: string): Promise<string> {
  const ch = await client.channels.fetch(channelId);
  if (!ch || !('threads' in ch) || !('messages' in ch)) return messageId;
  try {
    const thread = await ch.threads.create({ startMessage: messageId, name: name.replace(/\s+/g, ' ').slice(0, 100) || '督办', autoArchiveDuration: 10080 });
    return thread.id;
  } catch (err) {
    if ((err as { code?: unknown }).code === THREAD_ALREADY_CREATED) return messageId;
    throw err;
  }
}

// The head by its footer tag, reading the channel forwards from the intent's time.
async function findHead(client: Client, target: PostTarget, key: string, opts: FindPostedOptions = {}): Promise<PostedMessage | null> {
  const ch: Sendable = await sendableIn(client, target.thread ?? target.channel);
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
}
