// Slack: a Bolt App in Socket Mode (SLACK_APP_TOKEN) or behind our signed HTTP receiver. Every
// listener acknowledges first (Slack wants a 2xx within 3 s), then translates to a ChatEvent
// (events.ts), dispatches, and renders the Reply (render.ts, sent by poster.ts). Messages go through
// the shared inbox protocol (core/intake.ts); retries and the app_mention/message double are deduped
// there and in dispatch (the message's channel:ts is the event id, see events.ts).
import type { ServerResponse } from 'node:http';
import { App, LogLevel, webApi, type Logger } from '@slack/bolt';
import type { Config } from '../../config.ts';
import type { DispatchDeps } from '../../core/dispatch.ts';
import type { Attachment, ChatEvent } from '../../core/event.ts';
import { createIntake, type Intake } from '../../core/intake.ts';
import type { Poster } from '../../core/poster.ts';
import type { Reply } from '../../core/reply.ts';
import { inboxOf } from '../../store/inbox.ts';
import { MAX_FILE_BYTES } from '../../text/limits.ts';
import { createDispatcher, type Dispatcher } from './dispatch-pool.ts';
import { commandToEvent, messageToEvent, viewToEvent, type SlackCommandPayload, type SlackMessageEvent, type ViewSubmission } from './events.ts';
import { slackPoster, slackSender, type SlackSender } from './poster.ts';
import { SignedHttpReceiver } from './receiver.ts';
import { renderMessages, renderModal, RESPONSE_URL_MAX, SLASH_MAX_MESSAGES } from './render.ts';

// Slack answers within a few seconds; past this a call is treated as in doubt (reconciled, then retried).
const REQUEST_TIMEOUT_MS = 15_000;

export interface SlackOptions {
  /** WebClient retries (a 429 is retried up to 10 times over ~30 min by default); tests pass 0. */
  retries?: number;
  host?: string;
  /** Dispatch in a worker thread (default: yes for a store file with the system clock; see dispatch-pool.ts). */
  worker?: boolean;
  /** Admin lookups (users.info) are cached this long. */
  adminCacheMs?: number;
  /** Every Web API call gives up after this long (default 15 s): one slow call never holds a channel for long. */
  requestTimeoutMs?: number;
  /** A test seam from the entry (main.ts): after a new event's ack; true stops before dispatch. */
  afterAck?: (res: ServerResponse) => boolean;
}

export interface SlackRunning extends Poster {
  /** The HTTP receiver's URL (http://127.0.0.1:PORT/slack/events); empty in Socket Mode. */
  url: string;
  teamId: string;
  app: App;
  stop(): Promise<void>;
}

/** What the listeners share. */
interface SlackContext {
  deps: DispatchDeps;
  client: App['client'];
  send: SlackSender;
  intake: Intake;
  run: Dispatcher;
  ids: { teamId: string; botUserId?: string };
  isCoordinator(user: string): Promise<boolean>;
  download(files: SlackMessageEvent['files']): Promise<Attachment[]>;
  /** HTTP receiver (inbox rows, replay) rather than Socket Mode. */
  withInbox: boolean;
}

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
  const intake = createIntake(inboxOf(deps.store), 'slack', deps.clock);
  const ids: SlackContext['ids'] = { teamId: '' };
  const receiver = slack.socketMode
    ? undefined
    : new SignedHttpReceiver({
        signingSecret: slack.signingSecret ?? '',
        port: config.port,
        host: options.host,
        afterAck: options.afterAck,
        onError: (err) => deps.log?.error({ err }, 'slack receiver'),
        // On the receiver's own connection, committed before the 200 (the dispatch worker has another).
        intake: (body) => receiveSlackEvent(body, ids, deps, intake),
      });
  const clientOptions = {
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}),
    ...(options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {}),
    timeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
  };
  const app = new App({ token: slack.botToken, logger: boltLogger(deps), clientOptions, ...(receiver ? { receiver } : { socketMode: true, appToken: slack.appToken }) });
  const client = app.client;
  const run = createDispatcher(deps, { worker: options.worker, logLevel: config.logLevel });
  const auth = (await client.auth.test()) as { team_id?: string; user_id?: string };
  ids.teamId = auth.team_id ?? '';
  ids.botUserId = auth.user_id;
  const send = slackSender(client);
  const isCoordinator = coordinators(client, slack.coordinatorIds, deps, options.adminCacheMs ?? 300_000);
  const ctx: SlackContext = { deps, client, send, intake, run, ids, isCoordinator, download: downloader(slack.botToken), withInbox: Boolean(receiver) };
  listen(app, ctx);
  await app.start();
  // Events a crash left between the inbox and dispatch, replayed once through the same path.
  if (receiver) {
    for (const event of intake.replay()) {
      await handleMessage(ctx, event).catch((err: unknown) => deps.log?.error({ err, eventId: event.eventId }, 'slack inbox replay failed'));
    }
  }
  // Scheduled posts go through a client of their own without WebClient's retries (10 over ~30 min,
  // doubling a post Slack stored before its 5xx) and without waiting out a 429 inside the call: the
  // outbox retries, after looking for the post by its metadata (issue 13).
  const postClient = new webApi.WebClient(slack.botToken, {
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    logger: boltLogger(deps),
  });
  return {
    platform: 'slack',
    url: receiver?.url ?? '',
    teamId: ids.teamId,
    app,
    ...slackPoster(postClient),
    async stop() {
      await app.stop();
      await run.close();
    },
  };
}

/** An Events API body at the receiver, before its 200: into the inbox, or ignored. */
function receiveSlackEvent(body: Record<string, unknown>, ids: SlackContext['ids'], deps: DispatchDeps, intake: Intake): 'new' | 'duplicate' | 'ignored' {
  const e = body.event as SlackMessageEvent | undefined;
  if (!e || (e.type !== 'message' && e.type !== 'app_mention')) return 'ignored';
  const team = (body.team_id as string | undefined) ?? ids.teamId;
  const draft = messageToEvent(team, e, { botUserId: ids.botUserId, isCoordinator: false, receivedAt: deps.clock.now(), isPromptThread: promptThreadsOf(deps, team) });
  return draft ? intake.receive(draft) : 'ignored';
}

/** The weekly-prompt threads of one workspace (a reply there is addressed to duban without a mention). */
function promptThreadsOf(deps: DispatchDeps, tenant: string): (channel: string, thread: string) => boolean {
  return (channel, thread) => deps.store.lookups.isPromptThread({ platform: 'slack', tenant, channel, thread });
}

/** Coordinators: SLACK_COORDINATOR_IDS, else workspace admins and owners (users.info), cached. */
function coordinators(client: App['client'], ids: readonly string[], deps: DispatchDeps, cacheMs: number): (user: string) => Promise<boolean> {
  const admins = new Map<string, { admin: boolean; until: number }>();
  return async (user) => {
    if (ids.includes(user)) return true;
    const hit = admins.get(user);
    if (hit && hit.until > Date.now()) return hit.admin;
    try {
      const info = (await client.users.info({ user })) as { user?: { is_admin?: boolean; is_owner?: boolean } };
      const admin = Boolean(info.user?.is_admin || info.user?.is_owner);
      admins.set(user, { admin, until: Date.now() + cacheMs });
      return admin;
    } catch (err) {
      deps.log?.error({ err, user }, 'slack users.info failed');
      return false;
    }
  };
}

/** A Slack file (an import attached to a mention or DM) → bytes, with the bot token. */
function downloader(botToken: string): SlackContext['download'] {
  return async (files) => {
    const out: Attachment[] = [];
    for (const f of files ?? []) {
      if (!f.url_private_download || (f.size ?? 0) > MAX_FILE_BYTES) continue;
      const res = await fetch(f.url_private_download, { headers: { authorization: `Bearer ${botToken}` } });
      if (res.ok) out.push({ name: f.name ?? f.id, bytes: new Uint8Array(await res.arrayBuffer()) });
    }
    return out;
  };
}

function listen(app: App, ctx: SlackContext): void {
  const onMessage = async (teamOfBody: string | undefined, e: SlackMessageEvent) => {
    const team = teamOfBody ?? ctx.ids.teamId;
    const draft = messageToEvent(team, e, { botUserId: ctx.ids.botUserId, isCoordinator: false, receivedAt: ctx.deps.clock.now(), isPromptThread: promptThreadsOf(ctx.deps, team) });
    if (draft) await handleMessage(ctx, draft, e.files);
  };
  app.event('app_mention', async ({ event, body }) => onMessage((body as { team_id?: string }).team_id, event as unknown as SlackMessageEvent));
  app.event('message', async ({ event, body }) => onMessage((body as { team_id?: string }).team_id, event as unknown as SlackMessageEvent));
  app.command('/duban', async ({ command, ack, respond }) => {
    await ack();
    await onCommand(ctx, command as unknown as SlackCommandPayload, respond as (message: unknown) => Promise<unknown>);
  });
  app.view(/.*/, async ({ ack, body }) => {
    await ack();
    await onView(ctx, body as unknown as ViewSubmission);
  });
  app.error(async (err) => ctx.deps.log?.error({ err }, 'slack listener failed'));
}

// A message's ChatEvent (fresh, or replayed from the inbox) → dispatch, the inbox row marked handled
// (Socket Mode has none: Bolt acks over the socket) → the reply. A throw leaves the row pending.
async function handleMessage(ctx: SlackContext, event: ChatEvent, files?: SlackMessageEvent['files']): Promise<void> {
  const work = async () => {
    const full: ChatEvent = { ...event, isCoordinator: await ctx.isCoordinator(event.user) };
    if (files?.length) full.attachments = await ctx.download(files);
    return ctx.run(full);
  };
  const reply = ctx.withInbox ? await ctx.intake.handle(event, work) : await work();
  if (!reply) return;
  // A question in a channel is answered in its thread; a DM or a thread reply stays where it is.
  const thread = event.thread ?? (event.isDirect ? null : (event.messageId ?? null));
  if (reply.modal) {
    // No trigger_id on a message: Slack only opens modals from commands and buttons.
    await ctx.send.postEphemeral(event.channel, event.user, thread, { text: `${reply.text}\n请使用 /duban ${reply.modal.id} 打开表单，或直接写出，例如 任务3 进度60%。` });
  } else if (reply.ephemeral && !event.isDirect) await ctx.send.postEphemeral(event.channel, event.user, thread, reply);
  else await ctx.send.postReply(event.channel, thread, reply);
}

async function onCommand(ctx: SlackContext, p: SlackCommandPayload, respond: (message: unknown) => Promise<unknown>): Promise<void> {
  const event = commandToEvent(p, { botUserId: ctx.ids.botUserId, isCoordinator: await ctx.isCoordinator(p.user_id), receivedAt: ctx.deps.clock.now() });
  const reply: Reply | null = await ctx.run(event);
  if (!reply) return;
  if (reply.modal) {
    await ctx.client.views.open({ trigger_id: p.trigger_id, view: renderModal(reply.modal, { channel: p.channel_id, thread: null }) as never });
    return;
  }
  const response_type = reply.ephemeral ? 'ephemeral' : 'in_channel';
  // response_url takes five responses; a longer answer goes on through the Web API (issue 13).
  const messages = renderMessages(reply, SLASH_MAX_MESSAGES);
  for (const m of messages.slice(0, RESPONSE_URL_MAX)) await respond({ response_type, ...m });
  if (messages.length > RESPONSE_URL_MAX) await ctx.send.continueAnswer(p.channel_id, p.user_id, messages.slice(RESPONSE_URL_MAX), Boolean(reply.ephemeral));
  // A private answer's files never go to the channel (postEphemeral sends them by DM).
  if (reply.ephemeral && reply.files?.length) await ctx.send.filesPrivately(p.channel_id, p.user_id, null, reply);
  else await ctx.send.uploadFiles(p.channel_id, null, reply);
}

async function onView(ctx: SlackContext, p: ViewSubmission): Promise<void> {
  const event = viewToEvent(p, { botUserId: ctx.ids.botUserId, isCoordinator: await ctx.isCoordinator(p.user.id), receivedAt: ctx.deps.clock.now() });
  if (!event) return;
  const reply = await ctx.run(event);
  if (!reply) return;
  if (reply.ephemeral) await ctx.send.postEphemeral(event.channel, event.user, event.thread, reply);
  else await ctx.send.postReply(event.channel, event.thread, reply);
}
