// Sending to Slack: a Reply into a channel or thread (files with files.uploadV2), an ephemeral
// reply, and the scheduler's Poster (a post tagged with its outbox key as message metadata, and
// finding that post again after a crash).
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { FindPostedOptions, PostTarget, PostedMessage, Poster } from '../../core/poster.ts';
import type { Reply } from '../../core/reply.ts';
import { renderMessages } from './render.ts';

const POST_EVENT = 'duban_post';
// Reconciling an in-doubt post reads the channel from the intent's time on: 200 a page (Slack's
// advice), at most 25 pages (5,000 messages), starting 10 min early for clock skew with Slack.
const HISTORY_PAGE = 200;
const HISTORY_PAGES = 25;
const SKEW_MS = 10 * 60_000;

type HistoryPage = {
  messages?: Array<{ ts?: string; metadata?: { event_type?: string; event_payload?: { key?: unknown; opens_thread?: unknown } } }>;
  has_more?: boolean;
  response_metadata?: { next_cursor?: string };
};

export interface SlackSender {
  /** Posts into a channel (or thread); more messages go in its thread; files follow. The first message's ts. */
  postReply(channel: string, thread: string | null, reply: Reply, extra?: Record<string, unknown>): Promise<string>;
  uploadFiles(channel: string, thread: string | null, reply: Reply): Promise<void>;
  postEphemeral(channel: string, user: string, thread: string | null, reply: Reply): Promise<void>;
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
      for (const m of renderMessages(reply)) {
        await client.chat.postEphemeral({ channel, user, ...(thread ? { thread_ts: thread } : {}), ...m } as never);
      }
    },
  };
}

/** The scheduler's Poster on Slack. */
export function slackPoster(client: App['client'], send: SlackSender): Pick<Poster, 'post' | 'findPostedMessage'> {
  return {
    async post(target: PostTarget, reply: Reply, key: string): Promise<PostedMessage> {
      // The outbox key rides along as message metadata: findPostedMessage recognises it after a crash.
      const ts = await send.postReply(target.channel, target.thread ?? null, reply, { metadata: { event_type: POST_EVENT, event_payload: { key, opens_thread: Boolean(reply.openThread) } } });
      // A Slack thread is its parent's ts; the scheduler records it with the outbox row (markSent),
      // which is how dispatch knows a reply there is a progress report.
      return reply.openThread ? { messageId: ts, thread: ts } : { messageId: ts };
    },
    async findPostedMessage(target: PostTarget, key: string, opts: FindPostedOptions = {}): Promise<PostedMessage | null> {
      // Without the intent's time there is no lower bound: only the latest page is read (the old behaviour).
      const oldest = opts.since ? String(Math.max(0, Math.floor((opts.since.getTime() - SKEW_MS) / 1000))) : undefined;
      let cursor: string | undefined;
      for (let page = 0; page < HISTORY_PAGES; page++) {
        const res = (await (client as WebClient).conversations.history({
          channel: target.channel,
          limit: HISTORY_PAGE,
          include_all_metadata: true,
          ...(oldest ? { oldest } : {}),
          ...(cursor ? { cursor } : {}),
        })) as HistoryPage;
        const hit = res.messages?.find((m) => m.metadata?.event_type === POST_EVENT && m.metadata.event_payload?.key === key);
        if (hit?.ts) return hit.metadata?.event_payload?.opens_thread ? { messageId: hit.ts, thread: hit.ts } : { messageId: hit.ts };
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!oldest || !res.has_more || !cursor) return null;
      }
      // Not seen, but not all read either: resending could double it, so the post stays in doubt (logged).
      throw new Error(`slack: more than ${HISTORY_PAGE * HISTORY_PAGES} messages in ${target.channel} since the intent of ${key}; cannot confirm it was not posted`);
    },
  };
}
