// A Poster (src/core/poster.ts) that talks to test/trust/support/fake-platform.ts, and can kill its
// own process with SIGKILL at the two worst moments of an outbox post:
//   CRASH=before-send  after the intent is recorded (post() was called), before anything is sent;
//   CRASH=after-send   after the platform accepted the message, before post() returns (so the
//                      caller never gets to mark it sent).
// CRASH_KEY limits the crash to posts whose key contains that text.
import type { Poster, PostTarget, PostedMessage } from '../../../src/core/poster.ts';
import type { Reply } from '../../../src/core/reply.ts';

export function httpPoster(baseUrl: string, crash = process.env.CRASH ?? '', crashKey = process.env.CRASH_KEY ?? ''): Poster {
  const die = (when: string, key: string) => {
    if (crash === when && key.includes(crashKey)) {
      process.stdout.write(`crashing ${when} ${key}\n`);
      process.kill(process.pid, 'SIGKILL');
    }
  };
  return {
    platform: 'slack',
    async post(target: PostTarget, reply: Reply, key: string): Promise<PostedMessage> {
      die('before-send', key);
      const res = await fetch(`${baseUrl}/post`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: target.tenant, channel: target.channel, thread: target.thread ?? null, key, text: reply.text, opensThread: Boolean(reply.openThread) }),
      });
      const body = (await res.json()) as { messageId: string };
      process.stdout.write(`posted ${key} ${body.messageId}\n`);
      die('after-send', key);
      return { messageId: body.messageId, thread: reply.openThread ? body.messageId : undefined };
    },
    async findPostedMessage(target: PostTarget, key: string): Promise<PostedMessage | null> {
      const q = new URLSearchParams({ tenant: target.tenant, channel: target.channel });
      const res = await fetch(`${baseUrl}/history?${q}`);
      const body = (await res.json()) as { messages: Array<{ key: string; messageId: string; opensThread: boolean }> };
      const hit = body.messages.find((m) => m.key === key);
      // Slack: a message's thread is its own ts, so history gives both.
      return hit ? { messageId: hit.messageId, thread: hit.opensThread ? hit.messageId : undefined } : null;
    },
  };
}
