// A local stand-in for Discord: REST (node:http, /api/v10/…) and the gateway (WebSocket via `ws`)
// on 127.0.0.1, enough for the real discord.js 14 Client: HELLO → IDENTIFY → READY → GUILD_CREATE,
// heartbeats, dispatches we inject (INTERACTION_CREATE, MESSAGE_CREATE), and RESUME after a close
// with a replay of events (Discord may deliver a message again after a resume: issue 6).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { closeServers, pollUntil } from '../../src/bench/poll.ts';
import { discordBodyViolation } from './platform-specs.ts';

export const IDS = {
  app: '1100000000000000001',
  bot: '1100000000000000002',
  guild: '1100000000000000003',
  channel: '1100000000000000004',
  owner: '1100000000000000005',
  roleCoordinator: '1100000000000000006',
  roleManager: '1100000000000000007',
} as const;

export const MANAGE_GUILD = 1n << 5n;

export interface RestCall {
  method: string;
  path: string; // after /api/v10
  body: Record<string, unknown> | null;
  files: Array<{ name: string; bytes: Buffer }>;
}

export interface FakeDiscordMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: unknown[];
  attachments: Array<{ id: string; filename: string; size: number }>;
  allowed_mentions?: { parse?: string[] };
  nonce?: string;
  flags?: number;
  /** Default: the bot. */
  author_id?: string;
}

export interface FakeDiscord {
  api: string; // http://127.0.0.1:PORT/api, for `rest: { api }`
  calls: RestCall[];
  /** Request bodies Discord's OpenAPI spec does not allow (each answered 400 / 50035, as Discord does). */
  violations: string[];
  messages: FakeDiscordMessage[];
  callbacks: Array<{ interactionId: string; type: number; data: Record<string, unknown> | undefined }>;
  identifies: number;
  resumes: number;
  /** Users whose DMs are refused with 50007. */
  refuseDm: Set<string>;
  /** Dispatches replayed after the next RESUME (before RESUMED). */
  replayOnResume: Array<{ t: string; d: unknown }>;
  dispatch(t: string, d: unknown): void;
  /** Closes the gateway socket with a resumable code; the client reconnects and RESUMEs. */
  dropConnection(code?: number): void;
  nextId(): string;
  /** Someone else's message in the channel (busy-channel tests); returns its id. */
  postAs(channelId: string, authorId: string, content: string): string;
  /** Served at `${cdn}/:name` (attachment URLs). */
  files: Map<string, Buffer>;
  cdn: string;
  waitFor<T>(probe: () => T | undefined | false | null, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export function user(id: string, name = `user${id.slice(-3)}`, bot = false) {
  return { id, username: name, discriminator: '0', global_name: name, avatar: null, bot };
}

export function member(id: string, roles: string[] = [], permissions = 0n) {
  return { user: user(id), roles, joined_at: '2022-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, nick: null, permissions: String(permissions) };
}

function guildPayload() {
  const role = (id: string, name: string, permissions: bigint, position: number) => ({
    id, name, permissions: String(permissions), position, color: 0, hoist: false, managed: false, mentionable: false, flags: 0,
  });
  return {
    id: IDS.guild,
    name: '督办测试',
    icon: null,
    owner_id: IDS.owner,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [role(IDS.guild, '@everyone', 1024n | 2048n, 0), role(IDS.roleCoordinator, '督办协调人', 0n, 1), role(IDS.roleManager, '管理员', MANAGE_GUILD, 2)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    joined_at: '2022-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 2,
    members: [member(IDS.bot)],
    channels: [{ id: IDS.channel, type: 0, guild_id: IDS.guild, name: '督办', position: 0, permission_overwrites: [], parent_id: null, nsfw: false }],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    premium_tier: 0,
    preferred_locale: 'zh-CN',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

// discord.js sends JSON, or multipart/form-data with payload_json and files[n] when attaching.
async function parseBody(raw: Buffer, contentType: string | undefined): Promise<Pick<RestCall, 'body' | 'files'>> {
  if (!raw.length) return { body: null, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RestCall['files'] = [];
    let body: Record<string, unknown> | null = null;
    for (const [key, value] of form) {
      if (key === 'payload_json') body = JSON.parse(String(value)) as Record<string, unknown>;
      else if (typeof value !== 'string') files.push({ name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')) as Record<string, unknown>, files: [] };
}

export interface FakeDiscordOptions {
  /** Snowflakes follow this clock ((ms - 1420070400000) << 22, strictly increasing); default: a counter from 1200000000000000000. */
  now?: () => Date;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  let snowflake = options.now ? 0n : 1200000000000000000n;
  const nextId = () => {
    const at = options.now ? BigInt(Math.max(0, options.now().getTime() - 1420070400000)) << 22n : 0n;
    snowflake = at > snowflake ? at : snowflake + 1n;
    return String(snowflake);
  };
  const calls: RestCall[] = [];
  const violations: string[] = [];
  const messages: FakeDiscordMessage[] = [];
  const callbacks: FakeDiscord['callbacks'] = [];
  const channels = new Map<string, Record<string, unknown>>();
  const cdnFiles = new Map<string, Buffer>();
  let socket: WebSocket | null = null;
  let seq = 0;
  let base = '';
  const sessionId = 'fake-session-1';

  const state: Pick<FakeDiscord, 'identifies' | 'resumes' | 'refuseDm' | 'replayOnResume'> = {
    identifies: 0,
    resumes: 0,
    refuseDm: new Set(),
    replayOnResume: [],
  };

  const send = (payload: Record<string, unknown>) => socket?.send(JSON.stringify(payload));
  const dispatch = (t: string, d: unknown) => send({ op: 0, t, s: ++seq, d });

  const messageOf = (channelId: string, body: Record<string, unknown> | null, files: RestCall['files']) => {
    const m: FakeDiscordMessage = {
      id: nextId(),
      channel_id: channelId,
      content: String(body?.content ?? ''),
      embeds: (body?.embeds as unknown[]) ?? [],
      attachments: files.map((f) => ({ id: nextId(), filename: f.name, size: f.bytes.length })),
      allowed_mentions: body?.allowed_mentions as FakeDiscordMessage['allowed_mentions'],
      nonce: body?.nonce as string | undefined,
    };
    messages.push(m);
    return {
      ...m,
      attachments: m.attachments.map((a) => ({ ...a, url: `${base}/files/${a.id}`, proxy_url: `${base}/files/${a.id}` })),
      guild_id: channels.get(channelId)?.guild_id ?? undefined,
      author: user(IDS.bot, 'duban', true),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      type: 0,
    };
  };

  const rest = (method: string, path: string, body: Record<string, unknown> | null, files: RestCall['files'], query: URLSearchParams): [number, unknown] => {
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return [200, { url: `${base.replace('http', 'ws')}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }];
    }
    if (method === 'GET' && path === '/users/@me') return [200, user(IDS.bot, 'duban', true)];
    if ((m = path.match(/^\/interactions\/(\d+)\/[^/]+\/callback$/)) && method === 'POST') {
      callbacks.push({ interactionId: m[1], type: Number(body?.type), data: body?.data as Record<string, unknown> | undefined });
      if (query.get('with_response') === 'true') return [200, { interaction: { id: m[1], type: 2 }, resource: { type: Number(body?.type) } }];
      return [204, null];
    }
    if ((m = path.match(/^\/webhooks\/\d+\/([^/]+)\/messages\/(@original|\d+)$/)) && method === 'PATCH') {
      return [200, messageOf(`webhook:${m[1]}`, body, files)];
    }
    if ((m = path.match(/^\/webhooks\/\d+\/([^/]+)\/messages\/(@original|\d+)$/)) && method === 'DELETE') return [204, null];
    if ((m = path.match(/^\/webhooks\/\d+\/([^/]+)$/)) && method === 'POST') return [200, messageOf(`webhook:${m[1]}`, body, files)];
    if (path === '/users/@me/channels' && method === 'POST') {
      const recipient = String(body?.recipient_id);
      const dm = { id: `9${recipient.slice(1)}`, type: 1, recipients: [user(recipient)], last_message_id: null };
      channels.set(dm.id, { ...dm, recipient });
      return [200, dm];
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/)) && method === 'POST') {
      // Discord: a thread started from a message has that message's id; the message gets HAS_THREAD.
      const parent = messages.find((x) => x.id === m![2]);
      if (parent) parent.flags = (parent.flags ?? 0) | 32;
      const thread = {
        id: m[2],
        type: 11,
        guild_id: IDS.guild,
        parent_id: m[1],
        name: String(body?.name ?? 'thread'),
        owner_id: IDS.bot,
        thread_metadata: { archived: false, auto_archive_duration: Number(body?.auto_archive_duration ?? 10080), archive_timestamp: new Date().toISOString(), locked: false },
        message_count: 0,
        member_count: 1,
        rate_limit_per_user: 0,
        flags: 0,
      };
      channels.set(thread.id, thread);
      return [201, thread];
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/)) && method === 'DELETE') {
      // A bot may delete its own messages without Manage Messages.
      const at = messages.findIndex((x) => x.channel_id === m![1] && x.id === m![2]);
      if (at < 0) return [404, { message: 'Unknown Message', code: 10008 }];
      messages.splice(at, 1);
      return [204, null];
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages$/))) {
      const ch = channels.get(m[1]);
      if (method === 'GET') {
        // Discord: newest first, `limit` (default 50, at most 100); `after` gives the ones right after
        // that id, `before` the ones right before it.
        const limit = Math.min(Math.max(Number(query.get('limit') ?? 50) || 50, 1), 100);
        const after = query.get('after');
        const before = query.get('before');
        let list = messages.filter((x) => x.channel_id === m![1]).sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
        if (after) list = list.filter((x) => BigInt(x.id) > BigInt(after)).slice(0, limit);
        else if (before) list = list.filter((x) => BigInt(x.id) < BigInt(before)).slice(-limit);
        else list = list.slice(-limit);
        return [
          200,
          list
            .reverse()
            .map((x) => {
              const { author_id, ...rest } = x;
              const author = author_id && author_id !== IDS.bot ? user(author_id) : user(IDS.bot, 'duban', true);
              return { ...rest, flags: x.flags ?? 0, ...(x.flags ? { thread: channels.get(x.id) } : {}), author, timestamp: new Date().toISOString(), type: 0, mentions: [], mention_roles: [], attachments: [] };
            }),
        ];
      }
      if (ch?.type === 1 && state.refuseDm.has(String(ch.recipient))) return [403, { message: 'Cannot send messages to this user', code: 50007 }];
      // enforce_nonce (Discord): a message with the same nonce from the same author a moment ago is
      // returned as it is, not created again.
      const again = body?.enforce_nonce && body.nonce ? messages.find((x) => x.channel_id === m![1] && !x.author_id && x.nonce === body.nonce) : undefined;
      if (again) return [200, { ...again, author: user(IDS.bot, 'duban', true), timestamp: new Date().toISOString(), type: 0, mentions: [], mention_roles: [], attachments: [] }];
      return [200, messageOf(m[1], body, files)];
    }
    if ((m = path.match(/^\/channels\/(\d+)$/)) && method === 'GET') {
      const ch = channels.get(m[1]);
      return ch ? [200, ch] : [404, { message: 'Unknown Channel', code: 10003 }];
    }
    if ((m = path.match(/^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/)) && method === 'PUT') {
      return [200, ((body as unknown as unknown[]) ?? []).map((c) => ({ ...(c as object), id: nextId(), application_id: IDS.app, version: '1' }))];
    }
    if ((m = path.match(/^\/users\/(\d+)$/)) && method === 'GET') return [200, user(m[1])];
    return [404, { message: `fake-discord: no route ${method} ${path}`, code: 0 }];
  };

  channels.set(IDS.channel, { id: IDS.channel, type: 0, guild_id: IDS.guild, name: '督办' });

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && url.pathname.startsWith('/cdn/')) {
      const f = cdnFiles.get(decodeURIComponent(url.pathname.slice(5)));
      res.writeHead(f ? 200 : 404);
      res.end(f ?? '');
      return;
    }
    const path = url.pathname.replace(/^\/api(\/v\d+)?/, '');
    const { body, files } = await parseBody(await readBody(req), req.headers['content-type']);
    // Arrays (command registration) are bodies too.
    calls.push({ method: req.method ?? 'GET', path, body, files });
    // Held to Discord's published spec: a body it does not allow is refused as Discord refuses it.
    const violation = discordBodyViolation(req.method ?? 'GET', decodeURIComponent(path), body);
    if (violation) {
      violations.push(violation);
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Invalid Form Body', code: 50035, errors: { _errors: [{ code: 'BASE_TYPE_INVALID', message: violation }] } }));
      return;
    }
    const [status, payload] = rest(req.method ?? 'GET', decodeURIComponent(path), body, files, url.searchParams);
    if (status === 204) {
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  });

  const wss = new WebSocketServer({ server, path: '/gateway' });
  wss.on('connection', (ws) => {
    socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        state.identifies++;
        dispatch('READY', {
          v: 10,
          user: { ...user(IDS.bot, 'duban', true), verified: true, flags: 0, mfa_enabled: false },
          guilds: [{ id: IDS.guild, unavailable: true }],
          session_id: sessionId,
          resume_gateway_url: `${base.replace('http', 'ws')}/gateway`,
          application: { id: IDS.app, flags: 0 },
          private_channels: [],
          presences: [],
          relationships: [],
        });
        dispatch('GUILD_CREATE', guildPayload());
      }
      if (msg.op === 6) {
        state.resumes++;
        for (const e of state.replayOnResume.splice(0)) dispatch(e.t, e.d);
        dispatch('RESUMED', {});
      }
    });
  });

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeDiscord = {
    api: `${base}/api`,
    calls,
    violations,
    messages,
    callbacks,
    get identifies() {
      return state.identifies;
    },
    get resumes() {
      return state.resumes;
    },
    refuseDm: state.refuseDm,
    replayOnResume: state.replayOnResume,
    dispatch,
    dropConnection: (code = 4000) => socket?.close(code, 'fake: dropped'),
    nextId,
    postAs: (channelId, authorId, content) => {
      const id = nextId();
      messages.push({ id, channel_id: channelId, content, embeds: [], attachments: [], author_id: authorId });
      return id;
    },
    files: cdnFiles,
    get cdn() {
      return `${base}/cdn`;
    },
    waitFor: (probe, timeoutMs = 5000) => pollUntil(probe, timeoutMs, 'fake-discord') as never,
    close: () => closeServers(server, wss),
  };
  return fake;
}
