// A small world for the trust suites, built through the real entry points: the gold plan of the
// Guangzhou 5G plan saved in the store, chat users who join units through dispatch, a channel that
// follows the plan, and an in-process Poster the bot's scheduler posts the weekly prompt through.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openStore, type Store } from '../../../src/store/open.ts';
import type { ManualClock } from '../../../src/core/clock.ts';
import type { ChatEvent } from '../../../src/core/event.ts';
import type { Poster, PostTarget } from '../../../src/core/poster.ts';
import type { Reply } from '../../../src/core/reply.ts';
import { startScheduler } from '../../../src/progress/scheduler.ts';
import { commandList } from '../../../commands/index.ts';
import { savePlan, type SavablePlan } from '../../../src/store/plan-writer.ts';
import { say } from '../../support/chat.ts';
import { ROOT } from './spawn.ts';

export const PLAN = '广州市加快5G应用创新发展三年行动计划';

export function savePlans(store: Store, files = ['000_6173c8755c7b6adf.json']): number[] {
  return files.map((f) => {
    const plan = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'gold', f), 'utf8')) as SavablePlan;
    return savePlan(store, plan, { name: f, sha256: f }, new Date('2022-01-01T00:00:00Z')).planId;
  });
}

/** A store file `name` in `dir` holding the plans (savePlans), open. */
export function storeWithPlans(dir: string, name: string): { db: string; store: Store } {
  const db = join(dir, name);
  const store = openStore(db);
  savePlans(store);
  return { db, store };
}

export interface Posted {
  target: PostTarget;
  reply: Reply;
  key: string;
  messageId: string;
}

/** A Poster that keeps what it posts (Slack-like: a prompt's thread is its own message id). */
export function memoryPoster(platform: 'slack' | 'discord' = 'slack'): Poster & { posted: Posted[] } {
  const posted: Posted[] = [];
  return {
    platform,
    posted,
    async post(target, reply, key) {
      const messageId = `${platform}-msg-${posted.length + 1}`;
      posted.push({ target, reply, key, messageId });
      return { messageId, thread: reply.openThread ? messageId : undefined };
    },
    async findPostedMessage(target, key) {
      const p = posted.find((x) => x.key === key && x.target.tenant === target.tenant && x.target.channel === target.channel);
      return p ? { messageId: p.messageId, thread: p.reply.openThread ? p.messageId : undefined } : null;
    },
  };
}

/** dispatch() with a tenant's defaults; reports the reply text. */
export function chatter(store: Store, clock: ManualClock, base: Partial<ChatEvent>) {
  return (text: string, more: Partial<ChatEvent> = {}) => say(store, clock, text, { platform: 'slack', ...base, ...more });
}

export function reportRows(store: Store, where = '1 = 1', ...params: unknown[]) {
  return store.reader
    .prepare(`SELECT id, tenant, unit_id, reporter, on_behalf, status, percent, note, source_platform, source_message_id, superseded_by FROM reports WHERE ${where} ORDER BY id`)
    .all(...params) as Array<{ id: number; tenant: string; unit_id: number; reporter: string; on_behalf: number; status: string | null; percent: number | null; note: string | null; source_platform: string; source_message_id: string; superseded_by: number | null }>;
}

/**
 * A channel of `tenant` follows the plan (by a coordinator, through dispatch) and the scheduler posts
 * the weekly prompt on Monday 09:00 Asia/Shanghai: returns the prompt's thread id.
 */
export async function openPromptThread(store: Store, clock: ManualClock, tenant: string, channel = 'C1', poster = memoryPoster()): Promise<string> {
  clock.set('2022-03-06T16:00:00Z'); // Monday 00:00 local
  const followed = await say(store, clock, `/duban follow ${PLAN}`, { platform: poster.platform, tenant, channel, user: 'coord', isCoordinator: true });
  expect(followed?.text).toMatch(/关注/);
  clock.set('2022-03-07T01:30:00Z'); // Monday 09:30 local: the prompt is due
  const scheduler = startScheduler({ deps: { store, clock, commands: commandList }, posters: [poster], tickMs: 0 });
  const results = await scheduler.tick();
  scheduler.stop();
  const prompt = results.find((r) => r.post.kind === 'prompt' && r.post.key.tenant === tenant && r.post.key.channel === channel);
  expect(prompt?.outcome).toBe('sent');
  const p = poster.posted.find((x) => x.key === prompt!.post.keyString)!;
  return p.messageId;
}
