// Slack: a Bolt App in Socket Mode (SLACK_APP_TOKEN) or behind our signed HTTP receiver. Every
// listener acknowledges first (Slack wants a 2xx within 3 s), then translates to a ChatEvent,
// dispatches, and renders the Reply. Retries and the app_mention/message double are deduped in
// dispatch (the message's channel:ts is the event id, see events.ts).
import { App, LogLevel, type Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Config } from '../../config.ts';
import type { DispatchDeps } from '../../core/dispatch.ts';
import { createDispatcher } from './dispatch-pool.ts';
import type { Attachment, ChatEvent } from '../../core/event.ts';
import type { FindPostedOptions, PostTarget, PostedMessage, Poster } from '../../core/poster.ts';
import type { Reply } from '../../core/reply.ts';
import { MAX_FILE_BYTES } from '../../text/limits.ts';
import { commandToEvent, messageToEvent, viewToEvent, type SlackCommandPayload, type SlackMessageEvent, type ViewSubmission } from './events.ts';
import { SignedHttpReceiver } from './receiver.ts';
import { isPending, markHandled, pendingEvents, pruneInbox, receiveEvent } from '../../store/inbox.ts';
import { renderMessages, renderModal } from './render.ts';

export interface SlackOptions {
  /** WebClient retries (a 429 is retried up to 10 times over ~30 min by default); tests pass 0. */
  retries?: number;
  host?: string;
  /** Dispatch in a worker thread (default: yes for a store file with the system clock; see dispatch-pool.ts). */
  worker?: boolean;
  /** Admin lookups (users.info) are cached this long. */
  adminCacheMs?: number;
}

export interface SlackRunning extends Poster {
  /** The HTTP receiver's URL (http://127.0.0.1:PORT/slack/events); empty in Socket Mode. */
  url: string;
  teamId: string;
  app: App;
  stop(): Promise<void>;
}

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

function boltLogger(deps: DispatchDeps): Logger {
  const log = deps.log;
  let level = LogLevel.WARN;
  const out = (kind: 'error' | 'info') => (...msg: unknown[]) => {
    if (kind === 'error') log?.error({ slack: msg.map(String).join(' ') }, 'slack');
    else log?.info?.({ slack: msg.map(String).join(' ') }, 'slack');
  };
  return {
    debug: () => {},
    info: () => {},
    warn: out('info'),
    error: out('error'),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => {},
  };
}

export async function startSlack(deps: DispatchDeps, config: Config, options: SlackOptions = {}): Promise<SlackRunning> {
  const slack = config.slack;
  if (!slack) throw new Error('startSlack: SLACK_BOT_TOKEN is not configured');
  const clientOptions = {
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}),
    ...(options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {}),
  };
  // Inbox events being handled by this process (from intake until dispatch returned or threw).
  const inFlight = new Set<string>();
  const receiver = slack.socketMode
    ? undefined
    : new SignedHttpReceiver({
        signingSecret: slack.signingSecret ?? '',
        port: config.port,
        host: options.host,
        onError: (err) => deps.log?.error({ err }, 'slack receiver'),
        // On the receiver's own connection, committed before the 200 (the dispatch worker has another).
        intake: (body) => {
          const e = body.event as SlackMessageEvent | undefined;
          if (!e || (e.type !== 'message' && e.type !== 'app_mention')) return 'ignored';
          const draft = messageToEvent((body.team_id as string | undefined) ?? teamId, e, { botUserId, isCoordinator: false, receivedAt: deps.clock.now() });
          if (!draft) return 'ignored';
          let verdict = receiveEvent(deps.store, draft);
          // A retry of one whose handling failed here (still pending, nobody on it) runs again now
          // rather than waiting for the next start's replay.
          if (verdict === 'duplicate' && !inFlight.has(draft.eventId) && isPending(deps.store, 'slack', draft.eventId)) verdict = 'new';
          if (verdict === 'new') inFlight.add(draft.eventId);
          return verdict;
        },
      });
  const app = new App({
    token: slack.botToken,
    logger: boltLogger(deps),
    clientOptions,
    ...(receiver ? { receiver } : { socketMode: true, appToken: slack.appToken }),
  });
  const client = app.client;
  const run = createDispatcher(deps, { worker: options.worker, logLevel: config.logLevel });
  const auth = (await client.auth.test()) as { team_id?: string; user_id?: string };
  const teamId = auth.team_id ?? '';
  const botUserId = auth.user_id;

  // Coordinators: SLACK_COORDINATOR_IDS, else workspace admins and owners (users.info), cached.
  const admins = new Map<string, { admin: boolean; until: number }>();
  const isCoordinator = async (user: string): Promise<boolean> => {
    if (slack.coordinatorIds.includes(user)) return true;
    const hit = admins.get(user);
    if (hit && hit.until > Date.now()) return hit.admin;
    try {
      const info = (await client.users.info({ user })) as { user?: { is_admin?: boolean; is_owner?: boolean } };
      const admin = Boolean(info.user?.is_admin || info.user?.is_owner);
      admins.set(user, { admin, until: Date.now() + (options.adminCacheMs ?? 300_000) });
      return admin;
    } catch (err) {
      deps.log?.error({ err, user }, 'slack users.info failed');
      return false;
    }
  };

  // Sends a reply into a channel (or thread); files (the digest chart) go with files.uploadV2.
  const postReply = async (channel: string, thread: string | null, reply: Reply, extra: Record<string, unknown> = {}) => {
    const [first, ...more] = renderMessages(reply);
    const res = (await client.chat.postMessage({ channel, ...(thread ? { thread_ts: thread } : {}), unfurl_links: false, ...first, ...extra } as never)) as { ts?: string };
    for (const m of more) await client.chat.postMessage({ channel, thread_ts: thread ?? res.ts, ...m } as never);
    await uploadFiles(channel, thread ?? res.ts ?? null, reply);
    return res.ts ?? '';
  };
  const uploadFiles = async (channel: string, thread: string | null, reply: Reply) => {
    if (!reply.files?.length) return;
    await client.filesUploadV2({
      channel_id: channel,
      ...(thread ? { thread_ts: thread } : {}),
      file_uploads: reply.files.map((f) => ({ file: Buffer.from(f.bytes), filename: f.name, title: f.alt ?? f.name })),
    } as never);
  };
  const postEphemeral = async (channel: string, user: string, thread: string | null, reply: Reply) => {
    for (const m of renderMessages(reply)) {
      await client.chat.postEphemeral({ channel, user, ...(thread ? { thread_ts: thread } : {}), ...m } as never);
    }
  };

  // A Slack file (an import attached to a mention or DM) → bytes, with the bot token.
  const download = async (files: SlackMessageEvent['files']): Promise<Attachment[]> => {
    const out: Attachment[] = [];
    for (const f of files ?? []) {
      if (!f.url_private_download || (f.size ?? 0) > MAX_FILE_BYTES) continue;
      const res = await fetch(f.url_private_download, { headers: { authorization: `Bearer ${slack.botToken}` } });
      if (res.ok) out.push({ name: f.name ?? f.id, bytes: new Uint8Array(await res.arrayBuffer()) });
    }
    return out;
  };

  const onMessage = async (teamOfBody: string | undefined, e: SlackMessageEvent) => {
    const who = { botUserId, isCoordinator: false, receivedAt: deps.clock.now() };
    const draft = messageToEvent(teamOfBody ?? teamId, e, who);
    if (draft) await handleMessage(draft, e.files);
  };

  // A message's ChatEvent (fresh, or replayed from the inbox) → dispatch → the inbox row marked
  // handled → the reply. A dispatch that throws leaves the row pending for the next start's replay.
  const handleMessage = async (event: ChatEvent, files?: SlackMessageEvent['files']) => {
    inFlight.add(event.eventId);
    let reply: Reply | null;
    try {
      const full: ChatEvent = { ...event, isCoordinator: await isCoordinator(event.user) };
      if (files?.length) full.attachments = await download(files);
      reply = await run(full);
      // Socket Mode is acked by Bolt over the socket and has no inbox row (only the HTTP receiver writes one).
      if (receiver) markHandled(deps.store, 'slack', event.eventId, deps.clock.now());
    } finally {
      inFlight.delete(event.eventId);
    }
    if (!reply) return;
    // A question in a channel is answered in its thread; a DM or a thread reply stays where it is.
    const thread = event.thread ?? (event.isDirect ? null : (event.messageId ?? null));
    if (reply.modal) {
      // No trigger_id on a message: Slack only opens modals from commands and buttons.
      await postEphemeral(event.channel, event.user, thread, { text: `${reply.text}\n请使用 /duban ${reply.modal.id} 打开表单，或直接写出，例如 任务3 进度60%。` });
    } else if (reply.ephemeral && !event.isDirect) await postEphemeral(event.channel, event.user, thread, reply);
    else await postReply(event.channel, thread, reply);
  };

  app.event('app_mention', async ({ event, body }) => onMessage((body as { team_id?: string }).team_id, event as unknown as SlackMessageEvent));
  app.event('message', async ({ event, body }) => onMessage((body as { team_id?: string }).team_id, event as unknown as SlackMessageEvent));

  app.command('/duban', async ({ command, ack, respond }) => {
    await ack();
    const p = command as unknown as SlackCommandPayload;
    const event = commandToEvent(p, { botUserId, isCoordinator: await isCoordinator(p.user_id), receivedAt: deps.clock.now() });
    const reply = await run(event);
    if (!reply) return;
    if (reply.modal) {
      await client.views.open({ trigger_id: p.trigger_id, view: renderModal(reply.modal, { channel: p.channel_id, thread: null }) as never });
      return;
    }
    const [first, ...more] = renderMessages(reply);
    const response_type = reply.ephemeral ? 'ephemeral' : 'in_channel';
    await respond({ response_type, ...first } as never);
    for (const m of more) await respond({ response_type, ...m } as never);
    await uploadFiles(p.channel_id, null, reply);
  });

  app.view(/.*/, async ({ ack, body }) => {
    await ack();
    const p = body as unknown as ViewSubmission;
    const event = viewToEvent(p, { botUserId, isCoordinator: await isCoordinator(p.user.id), receivedAt: deps.clock.now() });
    if (!event) return;
    const reply = await run(event);
    if (!reply) return;
    if (reply.ephemeral) await postEphemeral(event.channel, event.user, event.thread, reply);
    else await postReply(event.channel, event.thread, reply);
  });

  app.error(async (err) => deps.log?.error({ err }, 'slack listener failed'));

  await app.start();

  // Events a crash left between the inbox and dispatch, replayed once through the same path. One
  // applied but not marked is harmless: dispatch's dedupe and the report's source message id.
  if (receiver) {
    pruneInbox(deps.store, deps.clock.now());
    for (const event of pendingEvents(deps.store, { platform: 'slack', now: deps.clock.now() })) {
      await handleMessage(event).catch((err: unknown) => deps.log?.error({ err, eventId: event.eventId }, 'slack inbox replay failed'));
    }
  }

  return {
    platform: 'slack',
    url: receiver?.url ?? '',
    teamId,
    app,
    async post(target: PostTarget, reply: Reply, key: string): Promise<PostedMessage> {
      // The outbox key rides along as message metadata: findPostedMessage recognises it after a crash.
      const ts = await postReply(target.channel, target.thread ?? null, reply, { metadata: { event_type: POST_EVENT, event_payload: { key, opens_thread: Boolean(reply.openThread) } } });
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
    async stop() {
      await app.stop();
      await run.close();
    },
  };
}
