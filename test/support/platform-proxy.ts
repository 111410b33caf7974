// A proxy in front of a local fake (Slack Web API or Discord REST) that answers as the platforms do
// when things go wrong (issue 13): a 429 with Retry-After, a 5xx after the platform stored the
// message (the request reaches the fake, the answer is lost), a 5xx before it, and a permanent
// refusal in the platform's own shape. Rules match a request by method, path and body text; each
// fires a number of times, then requests pass through untouched.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  method: string;
  path: string;
  /** The body as text (a form body decoded), for matching. */
  text: string;
}

export type Fault =
  | { kind: 'rate-limit'; retryAfterSec: number }
  | { kind: 'error-after-store'; status: number }
  | { kind: 'error-before-store'; status: number }
  | { kind: 'refuse'; status: number; body: unknown };

export interface Rule {
  match(req: ProxiedRequest): boolean;
  fault: Fault;
  /** How many matching requests it fires on (default 1). */
  times?: number;
}

export interface PlatformProxy {
  url: string;
  /** Every fault answered, in order. */
  fired: Array<{ kind: Fault['kind']; path: string }>;
  add(rule: Rule): void;
  clear(): void;
  close(): Promise<void>;
}

const decodeForm = (raw: string) => {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
};

/** `platform` shapes a 429: Slack answers with a Retry-After header, Discord with JSON and headers. */
export async function startPlatformProxy(target: string, platform: 'slack' | 'discord'): Promise<PlatformProxy> {
  const rules: Array<Rule & { left: number }> = [];
  const fired: PlatformProxy['fired'] = [];
  const forward = async (method: string, url: string, headers: Record<string, string>, body: Buffer) => {
    const res = await fetch(`${target}${url}`, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)) headers[k] = v;
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const request: ProxiedRequest = { method, path: url.split('?')[0], text: decodeForm(body.toString('utf8')) };
    const rule = rules.find((r) => r.left > 0 && r.match(request));
    const json = (status: number, payload: unknown, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...extra });
      res.end(JSON.stringify(payload));
    };
    if (rule) {
      rule.left--;
      fired.push({ kind: rule.fault.kind, path: request.path });
      const f = rule.fault;
      if (f.kind === 'rate-limit') {
        if (platform === 'slack') return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(f.retryAfterSec) });
        return json(429, { message: 'You are being rate limited.', retry_after: f.retryAfterSec, global: false }, {
          'retry-after': String(f.retryAfterSec), 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': String(f.retryAfterSec), 'x-ratelimit-bucket': 'proxy', 'x-ratelimit-scope': 'user',
        });
      }
      if (f.kind === 'refuse') return json(f.status, f.body);
      if (f.kind === 'error-after-store') await forward(method, url, headers, body);
      res.writeHead(f.status, { 'content-type': 'text/html' });
      res.end('<html><body>upstream error</body></html>');
      return;
    }
    const out = await forward(method, url, headers, body);
    const pass: Record<string, string> = {};
    out.headers.forEach((v, k) => {
      if (!['content-length', 'transfer-encoding', 'connection', 'content-encoding'].includes(k)) pass[k] = v;
    });
    res.writeHead(out.status, pass);
    res.end(out.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    fired,
    add: (rule) => void rules.push({ ...rule, left: rule.times ?? 1 }),
    clear: () => void rules.splice(0),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
