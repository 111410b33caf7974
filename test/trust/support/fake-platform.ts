// A stand-in chat platform over HTTP on 127.0.0.1 for the crash tests: it records every post (the
// ground truth for "posted exactly once") and serves a channel's history, which is what a restarted
// bot reconciles against (Slack conversations.history with metadata, Discord message nonces).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PlatformPost {
  messageId: string;
  tenant: string;
  channel: string;
  thread: string | null;
  key: string;
  text: string;
  /** The post opened a thread for replies (Slack: the thread is the message ts itself). */
  opensThread: boolean;
  at: number;
}

export interface FakePlatform {
  url: string;
  posts: PlatformPost[];
  close(): Promise<void>;
}

export async function startFakePlatform(): Promise<FakePlatform> {
  const posts: PlatformPost[] = [];
  let seq = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && url.pathname === '/post') {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (d: string) => (raw += d));
      req.on('end', () => {
        const b = JSON.parse(raw) as Omit<PlatformPost, 'messageId' | 'at'>;
        const post: PlatformPost = { ...b, thread: b.thread ?? null, opensThread: Boolean(b.opensThread), messageId: `m${++seq}`, at: Date.now() };
        posts.push(post);
        send(200, { ok: true, messageId: post.messageId });
      });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/history') {
      const tenant = url.searchParams.get('tenant');
      const channel = url.searchParams.get('channel');
      send(200, { ok: true, messages: posts.filter((p) => p.tenant === tenant && p.channel === channel) });
      return;
    }
    send(404, { ok: false });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posts,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
