// Bolt's one seam (Receiver → app.processEvent), over node:http, with our own request check.
// Why not Bolt's HTTPReceiver: its timestamp check refuses old requests but accepted one dated ten
// minutes ahead (../shared/design/libraries.md); a replayed, future-dated signature must fail too.
// Slack's rules: `v0=` HMAC-SHA256 of `v0:{X-Slack-Request-Timestamp}:{raw body}` with the signing
// secret, and the timestamp within 5 minutes of now (api.slack.com/authentication/verifying-requests-from-slack).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';

export const MAX_SKEW_SECONDS = 300;
const MAX_BODY_BYTES = 1024 * 1024;

export type VerifyResult = { ok: true } | { ok: false; reason: 'no_signature' | 'stale' | 'future' | 'bad_signature' };

/** Checks Slack's signature and the timestamp both ways (too old AND too far ahead). */
export function verifySlackRequest(secret: string, headers: { timestamp?: string; signature?: string }, rawBody: string, nowMs: number): VerifyResult {
  const ts = Number(headers.timestamp);
  if (!headers.signature || !headers.timestamp || !Number.isInteger(ts)) return { ok: false, reason: 'no_signature' };
  const skew = ts - Math.floor(nowMs / 1000);
  if (skew < -MAX_SKEW_SECONDS) return { ok: false, reason: 'stale' };
  if (skew > MAX_SKEW_SECONDS) return { ok: false, reason: 'future' };
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${ts}:${rawBody}`).digest('hex')}`);
  const given = Buffer.from(headers.signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' };
  return { ok: true };
}

/** Events API bodies are JSON; slash commands are a form; interactions are a form with `payload=<json>`. */
export function parseSlackBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const form = new URLSearchParams(raw);
  const payload = form.get('payload');
  if (payload !== null) return JSON.parse(payload) as Record<string, unknown>;
  return Object.fromEntries(form);
}

export interface ReceiverOptions {
  signingSecret: string;
  port: number;
  host?: string;
  /** Request URL path configured in the manifest. */
  path?: string;
  now?: () => number;
  onError?: (err: unknown) => void;
  onRejected?: (reason: string) => void;
  /**
   * A test seam, injected by the entry (main.ts, from DUBAN_TEST_CRASH_AFTER_ACK; used by
   * test/trust/inbox-replay.test.ts): runs once a new event is acknowledged; true stops there,
   * before dispatch, as a crash would.
   */
  afterAck?: (res: ServerResponse) => boolean;
  /**
   * Runs synchronously before an Events API callback is acknowledged: records the event in the
   * durable inbox (committed before the 200, issue 6 "nothing lost"). 'duplicate': a delivery of it
   * is already in the inbox (its first handling, or the replay on start, completes it), so the
   * retry is acked and goes no further. 'ignored': nothing duban keeps; handled as before.
   */
  intake?: (body: Record<string, unknown>) => 'new' | 'duplicate' | 'ignored';
}

export class SignedHttpReceiver implements Receiver {
  private app?: App;
  private server?: Server;
  url = '';

  constructor(private readonly options: ReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<Server> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host ?? '0.0.0.0', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}${this.options.path ?? '/slack/events'}`;
    return server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = responder(res);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method !== 'POST' || path !== (this.options.path ?? '/slack/events')) return send(404);
    const body = await this.signedBody(req, send);
    if (!body) return;
    if (body.ssl_check) return send(200);
    if (body.type === 'url_verification') return send(200, JSON.stringify({ challenge: body.challenge }), 'application/json');
    if (body.type === 'event_callback' && !this.takeIn(body, res, send)) return;
    await this.runBolt(body, req, send);
  }

  /** The body, once its size, signature and timestamp pass; null when a refusal was sent. */
  private async signedBody(req: IncomingMessage, send: Send): Promise<Record<string, unknown> | null> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        send(413);
        return null;
      }
      chunks.push(c as Buffer);
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const verdict = verifySlackRequest(
      this.options.signingSecret,
      { timestamp: header(req, 'x-slack-request-timestamp'), signature: header(req, 'x-slack-signature') },
      raw,
      (this.options.now ?? Date.now)(),
    );
    if (!verdict.ok) {
      this.options.onRejected?.(verdict.reason);
      send(401, verdict.reason);
      return null;
    }
    try {
      return parseSlackBody(raw, header(req, 'content-type'));
    } catch {
      send(400, 'bad body');
      return null;
    }
  }

  /**
   * Events API: acknowledge at once, before Bolt runs anything (issue 6: all acked within 3 s), but
   * only once the event is committed to the inbox: after the 200 Slack never redelivers. A failed
   * insert gets a 500, and Slack retries. Retries (X-Slack-Retry-Num) are acked the same way and
   * deduped by the inbox, then in dispatch. False: nothing more to do for this request.
   */
  private takeIn(body: Record<string, unknown>, res: ServerResponse, send: Send): boolean {
    let intake: 'new' | 'duplicate' | 'ignored';
    try {
      intake = this.options.intake?.(body) ?? 'ignored';
    } catch (err) {
      this.options.onError?.(err);
      send(500);
      return false;
    }
    send(200);
    if (intake === 'duplicate') return false;
    return !(intake === 'new' && this.options.afterAck?.(res));
  }

  private async runBolt(body: Record<string, unknown>, req: IncomingMessage, send: Send): Promise<void> {
    let acked = body.type === 'event_callback';
    const retry = header(req, 'x-slack-retry-num');
    const event: ReceiverEvent = {
      body,
      retryNum: retry === undefined ? undefined : Number(retry),
      retryReason: header(req, 'x-slack-retry-reason'),
      // Bolt calls this at once for Events API events (before listeners); commands and views call it first thing.
      ack: async (response?: unknown) => {
        if (acked) return;
        acked = true;
        if (response === undefined || response === '') send(200);
        else if (typeof response === 'string') send(200, response);
        else send(200, JSON.stringify(response), 'application/json');
      },
    };
    try {
      await this.app?.processEvent(event);
    } catch (err) {
      this.options.onError?.(err);
      // Not acknowledged: a 500 makes Slack retry, and dispatch's dedupe lets the retry run.
      if (!acked) send(500);
    }
    // A listener that never acked (no listener matched): Slack still wants its 200.
    if (!acked) send(200);
  }
}

type Send = (status: number, body?: string, type?: string) => void;

/** Sends a response once; later calls (a second ack) do nothing. */
function responder(res: ServerResponse): Send {
  return (status, body = '', type = 'text/plain') => {
    if (res.headersSent) return;
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
