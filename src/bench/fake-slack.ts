// A local stand-in for the Slack Web API (Bolt's WebClient points at it through
// clientOptions.slackApiUrl), plus a sender that signs requests to our receiver the way Slack does
// (v0 HMAC-SHA256 over `v0:timestamp:body`). No network: everything is 127.0.0.1.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { closeServers, pollUntil } from './poll.ts';
import { fakeSlackApi, type FakeSlackState } from './fake-slack-api.ts';

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  text: string;
  thread_ts?: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  user: string;
  /** Files shared by files.completeUploadExternal (Slack posts them as a message of the uploader). */
  files?: Array<{ id: string; name: string }>;
}

export interface FakeSlackOptions {
  teamId?: string;
  botUserId?: string;
  /** users.info is_admin per user id. */
  admins?: string[];
  /** Users whose DMs conversations.open refuses (cannot_dm_bot). */
  refuseDm?: string[];
  /** Channels duban is no member of: chat.postMessage and chat.postEphemeral answer channel_not_found. */
  notMemberOf?: string[];
  /** Message ts follow this clock (strictly increasing); default: 1646614800 (2022-03-07T01:00Z) + 1 s a message. */
  now?: () => Date;
}

export interface FakeSlack {
  url: string; // the slackApiUrl, ending in /api/
  base: string;
  calls: SlackCall[];
  messages: FakeMessage[];
  /** Bodies posted to response_url (`${base}/respond/:id`). */
  responses: Array<{ id: string; body: Record<string, unknown> }>;
  /** Bytes uploaded through files.uploadV2, by file id. */
  uploads: Map<string, { bytes: Buffer; filename?: string; channel?: string; thread_ts?: string; completed: boolean }>;
  /** Files served at `${base}/files/:name` (url_private_download), and the Authorization each GET carried. */
  files: Map<string, Buffer>;
  fileGets: Array<{ name: string; authorization?: string }>;
  callsOf(method: string): SlackCall[];
  /** Someone else's message in the channel (busy-channel tests); returns its ts. */
  postAs(channel: string, user: string, text: string): string;
  /** Socket Mode: sends an envelope to the connected app; resolves with its ack (the app's reply). */
  sendEnvelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown, retryAttempt?: number): Promise<Record<string, unknown>>;
  /** Resolves when a Socket Mode client is connected (after hello). */
  socketConnected(): Promise<void>;
  waitFor<T>(probe: () => T | undefined | false | null, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

// WebClient sends form-urlencoded with nested values JSON-encoded; some calls send JSON.
function parseArgs(raw: Buffer, contentType: string | undefined): Record<string, unknown> {
  const text = raw.toString('utf8');
  if (contentType?.includes('application/json')) return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  let seq = 0;
  let base = '';
  let lastMicros = 0n;
  const nextTs = () => {
    if (!options.now) return `${1646614800 + ++seq}.${String(seq).padStart(6, '0')}`;
    // Slack ts: seconds.micros, unique per channel; two in one microsecond are nudged apart.
    const micros = BigInt(options.now().getTime()) * 1000n;
    lastMicros = micros > lastMicros ? micros : lastMicros + 1n;
    return `${lastMicros / 1_000_000n}.${String(lastMicros % 1_000_000n).padStart(6, '0')}`;
  };
  const st: FakeSlackState = {
    teamId: options.teamId ?? 'T0DUBAN',
    botUserId: options.botUserId ?? 'UBOT',
    admins: new Set(options.admins ?? []),
    refuseDm: new Set(options.refuseDm ?? []),
    notMemberOf: new Set(options.notMemberOf ?? []),
    calls: [],
    messages: [],
    responses: [],
    uploads: new Map(),
    files: new Map(),
    fileGets: [],
    nextTs,
    nextSeq: () => ++seq,
    base: () => base,
  };
  const server: Server = createServer(httpHandler(st, fakeSlackApi(st)));
  const socket = socketMode(server, st.nextSeq);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${base}/api/`,
    base,
    calls: st.calls,
    messages: st.messages,
    responses: st.responses,
    uploads: st.uploads,
    files: st.files,
    fileGets: st.fileGets,
    callsOf: (method) => st.calls.filter((c) => c.method === method),
    postAs: (channel, user, text) => {
      const ts = nextTs();
      st.messages.push({ channel, ts, text, user });
      return ts;
    },
    sendEnvelope: socket.sendEnvelope,
    socketConnected: socket.connected,
    waitFor: (probe, timeoutMs = 5000) => pollUntil(probe, timeoutMs, 'fake-slack') as never,
    close: () => closeServers(server, socket.wss),
  };
}

type Json = (status: number, payload: unknown) => void;

// The Web API under /api/, the private file downloads, the upload URLs and response_url.
function httpHandler(st: FakeSlackState, api: ReturnType<typeof fakeSlackApi>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = await readBody(req);
    const json: Json = (status, payload) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice(5);
      const args = parseArgs(body, req.headers['content-type']);
      st.calls.push({ method, args });
      return json(200, api(method, args));
    }
    if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
      const name = decodeURIComponent(url.pathname.slice(7));
      st.fileGets.push({ name, authorization: req.headers.authorization });
      const f = st.files.get(name);
      // Slack serves url_private only with the bot token.
      if (!f || !req.headers.authorization?.startsWith('Bearer xoxb-')) return json(404, { ok: false });
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return res.end(f);
    }
    if (url.pathname.startsWith('/upload/')) return receiveUpload(st, url.pathname.slice(8), req.headers['content-type'] ?? '', body, res, json);
    if (url.pathname.startsWith('/respond/')) {
      // Slack takes at most five responses on one response_url; a sixth is refused and shows nothing.
      const id = url.pathname.slice(9);
      if (st.responses.filter((r) => r.id === id).length >= 5) return json(404, { ok: false, error: 'used_url' });
      st.responses.push({ id, body: parseArgs(body, req.headers['content-type']) });
      return json(200, { ok: true });
    }
    json(404, { ok: false, error: 'unknown_path' });
  };
}

// WebClient posts the file as multipart/form-data (field `file`) or as raw bytes.
async function receiveUpload(st: FakeSlackState, id: string, ct: string, body: Buffer, res: ServerResponse, json: Json): Promise<void> {
  const u = st.uploads.get(id);
  if (!u) return json(404, { ok: false });
  if (ct.startsWith('multipart/form-data')) {
    const form = await new Response(body, { headers: { 'content-type': ct } }).formData();
    let bytes = Buffer.alloc(0);
    for (const v of form.values()) if (typeof v !== 'string') bytes = Buffer.from(await v.arrayBuffer());
    u.bytes = bytes;
  } else u.bytes = body;
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('OK');
}

// Socket Mode (api.slack.com/apis/socket-mode): hello, then envelopes the app acks by envelope_id.
function socketMode(server: Server, nextSeq: () => number) {
  const wss = new WebSocketServer({ server, path: '/socket-mode' });
  let socket: WebSocket | null = null;
  const onConnected: Array<() => void> = [];
  const acks = new Map<string, (m: Record<string, unknown>) => void>();
  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (raw) => {
      const m = JSON.parse(String(raw)) as Record<string, unknown>;
      const done = acks.get(String(m.envelope_id));
      acks.delete(String(m.envelope_id));
      done?.(m);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0DUBAN' } }));
    for (const f of onConnected.splice(0)) f();
  });
  const sendEnvelope: FakeSlack['sendEnvelope'] = (type, payload, retryAttempt = 0) => {
    const envelope_id = `env-${nextSeq()}`;
    return new Promise((resolve) => {
      acks.set(envelope_id, resolve);
      socket?.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: retryAttempt, retry_reason: retryAttempt ? 'timeout' : '' }));
    });
  };
  const connected = () => (socket ? Promise.resolve() : new Promise<void>((r) => onConnected.push(r)));
  return { wss, sendEnvelope, connected };
}

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  retryNum?: number;
  /** Replace the computed signature (bad-signature tests). */
  signature?: string;
}

/** POSTs a signed Events API (JSON) body to our receiver; resolves with the HTTP status and text. */
export async function sendSigned(url: string, body: string, contentType: string, opts: SendOptions): Promise<{ status: number; text: string }> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': opts.signature ?? slackSignature(opts.secret, ts, body),
  };
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

/** An Events API body as Slack wraps an event (the wrapper schema requires authed_users and event.event_ts). */
export function eventBody(teamId: string, eventId: string, event: Record<string, unknown>): string {
  const wrapped = { event_ts: String(event.ts ?? `${Math.floor(Date.now() / 1000)}.000000`), ...event };
  return JSON.stringify({ token: 'x', team_id: teamId, api_app_id: 'A0DUBAN', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), authed_users: ['UBOT'], event: wrapped });
}

/** A slash command as Slack posts it: form-urlencoded. */
export function commandBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** An interactive payload (view_submission …): form-urlencoded `payload=<json>`. */
export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
