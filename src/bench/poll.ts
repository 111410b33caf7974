// Shared by the local platform fakes: wait for a condition, and close an HTTP + WebSocket server.
import { createServer, type Server } from 'node:http';
import type { WebSocketServer } from 'ws';

export async function pollUntil<T>(probe: () => T | undefined | null | false, timeoutMs: number, label: string): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`${label}: timed out waiting`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function closeServers(server: Server, wss: WebSocketServer): Promise<void> {
  return new Promise((r) => {
    for (const c of wss.clients) c.terminate();
    wss.close();
    server.closeAllConnections();
    server.close(() => r());
  });
}

/** A port free on 127.0.0.1 right now, for a child process that must listen on a known port. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
