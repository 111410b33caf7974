// Sending to Slack: a Reply into a channel or thread (files with files.uploadV2), an ephemeral
// reply, and the scheduler's Poster (a post tagged with its outbox key as message metadata, and
// finding that post again after a crash).
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { postAll, type FindPostedOptions, type PostTarget, type PostedMessage, type Poster, type PreparedPost } from '../../core/poster.ts';
import type { Reply } from '../../core/reply.ts';
import { isDmRefused, slackPostError } from './post-errors.ts';
import { escapeSlack, renderMessages, SLASH_MAX_MESSAGES, type SlackMessage } from './render.ts';

const POST_EVENT = 'duban_post';
// Reconciling an in-doubt post reads the channel from the intent's time on: 200 a page (Slack's
// advice), at most 25 pages (5,000 messages), starting 10 min early for clock skew with Slack.
const HISTORY_PAGE = 200;
const HISTORY_PAGES = 25;
const SKEW_MS = 10 * 60_000;

type PostMetadata = { event_type?: string; event_payload?: { key?: unknown; part?: unknown; opens_thread?: unknown } };
type SlackMsg = { ts?: string; user?: string; bot_id?: string; files?: Array<{ name?: string }>; metadata?: PostMetadata };
type HistoryPage = { messages?: SlackMsg[]; has_more?: boolean; response_metadata?: { next_cursor?: string } };

export interface SlackSender {
  /** Posts into a channel (or thread); more messages go in its thread; files follow. The first message's ts. */
  postReply(channel: string, thread: string | null, reply: Reply, extra?: Record<string, unknown>): Promise<string>;
  uploadFiles(channel: string, thread: string | null, reply: Reply): Promise<void>;
  /** Text parts ephemeral; files (which an ephemeral message cannot carry) by DM, never in the channel. */
  postEphemeral(channel: string, user: string, thread: string | null, reply: Reply): Promise<void>;
  /** Only the files, by DM (ephemeral in the channel when the DM is refused or fails). */
  filesPrivately(channel: string, user: string, thread: string | null, reply: Reply): Promise<void>;
  /**
   * A slash command's messages past response_url's five: ephemeral to the user, or (a public answer)
   * in the channel, falling back to ephemeral where duban may not post (not in the channel).
   */
  continueAnswer(channel: string, user: string, messages: SlackMessage[], ephemeral: boolean): Promise<void>;
}

export function slackSender(client: App['client']): SlackSender {
  const uploadFiles = async (channel: string, thread: string | null, reply: Reply) => {
    if (!reply.files?.length) return;
    await client.filesUploadV2({
      channel_id: channel,
      ...(thread ? { thread_ts: thread } : {}),
      file_uploads: reply.files.map((f) => ({ file: Buffer.from(f.bytes), filename: f.name, title: f.alt ?? f.name })),
    } as never);
  };
  return {
    uploadFiles,
    async postReply(channel, thread, reply, extra = {}) {
      const [first, ...more] = renderMessages(reply);
      const res = (await client.chat.postMessage({ channel, ...(thread ? { thread_ts: thread } : {}), unfurl_links: false, ...first, ...extra } as never)) as { ts?: string };
      for (const m of more) await client.chat.postMessage({ channel, thread_ts: thread ?? res.ts, ...m } as never);
      await uploadFiles(channel, thread ?? res.ts ?? null, reply);
      return res.ts ?? '';
    },
    async postEphemeral(channel, user, thread, reply) {
      // No five-response bound here (that is response_url's): the longer bound of a slash answer.
      for (const m of renderMessages(reply, SLASH_MAX_MESSAGES)) {
        await client.chat.postEphemeral({ channel, user, ...(thread ? { thread_ts: thread } : {}), ...m } as never);
      }
      if (reply.files?.length) await sendFilesPrivately(channel, user, thread, reply);
    },
    filesPrivately: sendFilesPrivately,
    continueAnswer: (channel, user, messages, ephemeral) => continueAnswer(client, channel, user, messages, ephemeral),
  };
  // An ephemeral message cannot carry files: they go to the user's DM with duban, never the channel
  // (issue 13). A refused or failed DM falls back to ephemeral messages: a text file's content
  // itself (a digest's markdown detail), the others named.
  async function sendFilesPrivately(channel: string, user: string, thread: string | null, reply: Reply): Promise<void> {
    try {
      const dm = (await client.conversations.open({ users: user })) as { channel?: { id?: string } };
      if (!dm.channel?.id) throw Object.assign(new Error('no DM channel'), { data: { error: 'channel_not_found' } });
      await uploadFiles(dm.channel.id, null, reply);
    } catch (err) {
      const why = isDmRefused(err) ? '无法私信发送给你' : '私信发送失败';
      for (const m of filesAsEphemeral(reply, why)) await client.chat.postEphemeral({ channel, user, ...(thread ? { thread_ts: thread } : {}), ...m } as never);
    }
  }
}

// A slash answer's messages past response_url's five.
async function continueAnswer(client: App['client'], channel: string, user: string, messages: SlackMessage[], ephemeral: boolean): Promise<void> {
  // not_in_channel (a slash command works where duban is no member): a public answer goes on to
  // the asker only, ephemeral; where that fails too, by DM. Never lost, never public when private.
  let way: 'public' | 'ephemeral' | 'dm' = ephemeral ? 'ephemeral' : 'public';
  let dm: string | null = null;
  for (const m of messages) {
    if (way === 'public') {
      try {
        await client.chat.postMessage({ channel, unfurl_links: false, ...m } as never);
        continue;
      } catch {
        way = 'ephemeral';
      }
    }
    if (way === 'ephemeral') {
      try {
        await client.chat.postEphemeral({ channel, user, ...m } as never);
        continue;
      } catch {
        way = 'dm';
      }
    }
    dm ??= ((await client.conversations.open({ users: user })) as { channel?: { id?: string } }).channel?.id ?? null;
    if (!dm) throw new Error(`slack: no DM channel with ${user} for the rest of an answer`);
    await client.chat.postMessage({ channel: dm, unfurl_links: false, ...m } as never);
  }
}

// Files that could not be sent privately, as ephemeral messages: a text file is shown as text, any
// other (the chart) named with its description.
function filesAsEphemeral(reply: Reply, why: string): SlackMessage[] {
  const files = reply.files ?? [];
  const isText = (f: (typeof files)[number]) => f.contentType.startsWith('text/') || /\.(md|txt|csv)$/i.test(f.name);
  const sections = files.filter(isText).map((f) => ({ title: f.name, lines: new TextDecoder().decode(f.bytes).split('\n') }));
  const others = files.filter((f) => !isText(f)).map((f) => `${f.name}${f.alt ? `（${f.alt}）` : ''}`);
  const text = `附件只应你本人可见，但${why}${others.length ? `；未能显示：${others.join('、')}` : ''}。${sections.length ? '文字内容如下：' : ''}`;
  return renderMessages({ text, sections }, SLASH_MAX_MESSAGES);
}

type Posted = { ts?: string };

/** The scheduler's Poster on Slack. `client`: one without WebClient retries (the outbox retries, after reconciling). */
export function slackPoster(client: WebClient): Pick<Poster, 'post' | 'findPostedMessage' | 'prepare' | 'notify'> {
  const findHead = (target: PostTarget, key: string, opts: FindPostedOptions = {}) => findInHistory(client, target, key, opts);
  const prepare = (target: PostTarget, reply: Reply, key: string): PreparedPost => {
    const messages = renderMessages(reply);
    const files = reply.files ?? [];
    const parts: PreparedPost['parts'] = ['head', ...messages.slice(1).map(() => 'follow-up' as const), ...(files.length ? ['files' as const] : [])];
    // Every part carries the key and its index as message metadata: find() recognises it after a crash or a 5xx.
    const metadata = (part: number) => ({ event_type: POST_EVENT, event_payload: { key, part, opens_thread: part === 0 && Boolean(reply.openThread) } });
    // Follow-ups and files go in the head's thread (a Slack thread is its parent's ts).
    const threadOf = (head: PostedMessage | null) => target.thread ?? head?.thread ?? head?.messageId ?? null;
    const call = async <T>(run: () => Promise<T>): Promise<T> => {
      try {
        return await run();
      } catch (err) {
        throw slackPostError(err);
      }
    };
    return {
      parts,
      async send(i, head) {
        if (parts[i] === 'files') {
          const thread = threadOf(head);
          const res = (await call(() => client.filesUploadV2({ channel_id: target.channel, ...(thread ? { thread_ts: thread } : {}), file_uploads: files.map((f) => ({ file: Buffer.from(f.bytes), filename: f.name, title: f.alt ?? f.name })) } as never))) as { files?: Array<{ files?: Array<{ id?: string }> }> };
          return { messageId: res.files?.[0]?.files?.[0]?.id ?? `files:${key}` };
        }
        const thread = i === 0 ? (target.thread ?? null) : threadOf(head);
        const res = (await call(() => client.chat.postMessage({ channel: target.channel, ...(thread ? { thread_ts: thread } : {}), unfurl_links: false, ...messages[i], metadata: metadata(i) } as never))) as Posted;
        const ts = res.ts ?? '';
        // The scheduler records a prompt's thread with the outbox row: replies there are progress reports.
        return i === 0 && reply.openThread ? { messageId: ts, thread: ts } : { messageId: ts };
      },
      async find(i, head, opts) {
        if (i === 0) return call(() => findHead(target, key, opts));
        const thread = threadOf(head);
        if (!thread) return null;
        const res = (await call(() => client.conversations.replies({ channel: target.channel, ts: thread, include_all_metadata: true, limit: 200 } as never))) as HistoryPage;
        const names = new Set(files.map((f) => f.name));
        const hit = res.messages?.find((m) =>
          parts[i] === 'files'
            ? Boolean(m.bot_id || m.user) && (m.files ?? []).some((f) => f.name !== undefined && names.has(f.name))
            : m.metadata?.event_type === POST_EVENT && m.metadata.event_payload?.key === key && m.metadata.event_payload?.part === i,
        );
        return hit?.ts ? { messageId: hit.ts } : null;
      },
    };
  };
  return {
    prepare,
    post: (target, reply, key) => postAll(prepare(target, reply, key)),
    findPostedMessage: findHead,
    async notify(target, text) {
      await client.chat.postMessage({ channel: target.channel, ...(target.thread ? { thread_ts: target.thread } : {}), text: escapeSlack(text) } as never);
    },
  };
}

// The head in the channel's history from the intent's time on (Slack's metadata search).
async function findInHistory(client: WebClient, target: PostTarget, key: string, opts: FindPostedOptions): Promise<PostedMessage | null> {
  // Without the intent's time there is no lower bound: only the latest page is read (the old behaviour).
  const oldest = opts.since ? String(Math.max(0, Math.floor((opts.since.getTime() - SKEW_MS) / 1000))) : undefined;
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page++) {
    const res = (await client.conversations.history({
      channel: target.channel,
      limit: HISTORY_PAGE,
      include_all_metadata: true,
      ...(oldest ? { oldest } : {}),
      ...(cursor ? { cursor } : {}),
    })) as HistoryPage;
    const hit = res.messages?.find((m) => m.metadata?.event_type === POST_EVENT && m.metadata.event_payload?.key === key && (m.metadata.event_payload.part ?? 0) === 0);
    if (hit?.ts) return hit.metadata?.event_payload?.opens_thread ? { messageId: hit.ts, thread: hit.ts } : { messageId: hit.ts };
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!oldest || !res.has_more || !cursor) return null;
  }
  // Not seen, but not all read either: resending could double it, so the post stays in doubt (logged).
  throw new Error(`slack: more than ${HISTORY_PAGE * HISTORY_PAGES} messages in ${target.channel} since the intent of ${key}; cannot confirm it was not posted`);
}
