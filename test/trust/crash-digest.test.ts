// Issue 6 "Exactly-once posts across crashes": a process that posts the weekly prompt and digest
// through the bot's scheduler and outbox is SIGKILLed between sending and marking sent (and before sending); the
// restarted process reconciles with the platform's history and posts nothing twice, missing nothing.
import { describe, expect, afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { test } from '../support/fixtures.ts';
import { openStore } from '../../src/store/open.ts';
import { savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';
import { follow } from '../../src/progress/follow.ts';
import { postState } from '../../src/progress/outbox.ts';
import { spawnTs, ROOT } from './support/spawn.ts';
import { startFakePlatform, type FakePlatform } from './support/fake-platform.ts';
import { inTempDir } from '../support/temp-dir.ts';

// Friday 2022-03-11 17:00 Asia/Shanghai: after the default digest time (Friday 16:00) of 2022-W10.
const NOW = '2022-03-11T09:00:00Z';
const FOLLOWED_AT = new Date('2022-03-06T16:00:00Z'); // Monday 00:00 local, before the week's posts

let platform: FakePlatform;
beforeAll(async () => {
  platform = await startFakePlatform();
});
afterAll(() => platform.close());

function prepareStore(file: string, tenant: string): number {
  const store = openStore(file);
  const plan = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'gold', '000_6173c8755c7b6adf.json'), 'utf8')) as SavablePlan;
  const { planId } = savePlan(store, plan, { name: 'gold.json', sha256: 'gold' });
  follow(store, { tenant, channel: 'C1', plan: planId, platform: 'slack', now: FOLLOWED_AT });
  store.close();
  return planId;
}

async function tick(db: string, env: Record<string, string> = {}): Promise<{ killed: boolean; out: string }> {
  const child = spawnTs('digest-driver.ts', [db, platform.url, NOW], env);
  const exit = await child.exited;
  if (exit.signal !== 'SIGKILL' && exit.code !== 0) throw new Error(`driver failed: ${child.stderr()}`);
  return { killed: exit.signal === 'SIGKILL', out: child.stdout() };
}

const postsOf = (tenant: string, kind: string) => platform.posts.filter((p) => p.tenant === tenant && p.key.endsWith(`/${kind}`));

function outboxState(db: string, tenant: string, planId: number, kind: 'prompt' | 'digest'): string {
  const store = openStore(db);
  try {
    return postState(store, { tenant, channel: 'C1', planId, week: '2022-W10', kind });
  } finally {
    store.close();
  }
}

/** A store for `tenant` in `dir`, then a tick that dies at `crash` on the digest; the digest's outbox row is left in doubt. */
async function killedDigestTick(dir: string, tenant: string, crash: 'after-send' | 'before-send') {
  const db = join(dir, `${crash}.sqlite`);
  const planId = prepareStore(db, tenant);
  const first = await tick(db, { CRASH: crash, CRASH_KEY: 'digest' });
  expect(first.killed).toBe(true);
  expect(outboxState(db, tenant, planId, 'digest')).toBe('intent');
  // Killed after the send: the platform holds the digest; before it: nothing went out.
  expect(postsOf(tenant, 'digest')).toHaveLength(crash === 'after-send' ? 1 : 0);
  return { db, planId };
}

describe('exactly-once scheduled posts across SIGKILL', { timeout: 180_000 }, () => {
  test('GIVEN a kill after the digest was sent, before it was marked THEN the restart reconciles and does not post it again', async () => {
    await inTempDir(async (dir) => {
      const tenant = 'T-after';
      const { db, planId } = await killedDigestTick(dir, tenant, 'after-send');
      const second = await tick(db);
      expect(second.killed).toBe(false);
      expect(second.out).toMatch(/digest 2022-W10 reconciled/);
      const third = await tick(db);
      expect(third.out).not.toMatch(/digest/);
      expect(postsOf(tenant, 'digest')).toHaveLength(1);
      expect(postsOf(tenant, 'prompt')).toHaveLength(1);
      expect(outboxState(db, tenant, planId, 'digest')).toBe('sent');
    });
  });

  test('GIVEN a kill after the intent was recorded, before sending THEN the restart sends it exactly once', async () => {
    await inTempDir(async (dir) => {
      const tenant = 'T-before';
      const { db, planId } = await killedDigestTick(dir, tenant, 'before-send');
      const second = await tick(db);
      expect(second.out).toMatch(/digest 2022-W10 resent/);
      await tick(db);
      expect(postsOf(tenant, 'digest')).toHaveLength(1);
      expect(outboxState(db, tenant, planId, 'digest')).toBe('sent');
    });
  });

  test('GIVEN a kill after the weekly prompt was sent THEN it is not reposted, and its thread is kept for replies', async () => {
    await inTempDir(async (dir) => {
      const db = join(dir, 'prompt.sqlite');
      const tenant = 'T-prompt';
      const planId = prepareStore(db, tenant);
      expect((await tick(db, { CRASH: 'after-send', CRASH_KEY: 'prompt' })).killed).toBe(true);
      expect((await tick(db)).killed).toBe(false);
      await tick(db);
      expect(postsOf(tenant, 'prompt')).toHaveLength(1);
      expect(postsOf(tenant, 'digest')).toHaveLength(1);
      const store = openStore(db);
      try {
        const row = store.reader.prepare("SELECT state, message_id, thread FROM outbox WHERE tenant = ? AND kind = 'prompt'").get(tenant) as { state: string; message_id: string; thread: string | null };
        expect(row.state).toBe('sent');
        expect(row.message_id).toBe(postsOf(tenant, 'prompt')[0].messageId);
        // Replies in the prompt's thread are read as reports only if the reconciled row knows its thread.
        expect(row.thread, 'reconciled prompt lost its thread').toBe(postsOf(tenant, 'prompt')[0].messageId);
      } finally {
        store.close();
      }
      expect(planId).toBeGreaterThan(0);
    });
  });

  test('GIVEN four restarts each killed at a random moment THEN every post went out exactly once', async () => {
    await inTempDir(async (dir) => {
      const db = join(dir, 'random.sqlite');
      const tenant = 'T-random';
      prepareStore(db, tenant);
      let kills = 0;
      for (let i = 0; i < 4; i++) {
        const crash = ['before-send', 'after-send', ''][i % 3];
        const key = ['prompt', 'digest'][Math.floor(Math.random() * 2)];
        if ((await tick(db, { CRASH: crash, CRASH_KEY: key })).killed) kills++;
      }
      await tick(db);
      console.log(`crash-digest: 4 ticks, ${kills} killed mid-post; posts: prompt ${postsOf(tenant, 'prompt').length}, digest ${postsOf(tenant, 'digest').length}`);
      expect(kills).toBeGreaterThan(0);
      expect(postsOf(tenant, 'prompt')).toHaveLength(1);
      expect(postsOf(tenant, 'digest')).toHaveLength(1);
    });
  });
});
