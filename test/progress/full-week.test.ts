// The weekly loop on a fake clock: prompt, replies in its thread, one reminder only to the silent
// units, digest; in Asia/Shanghai and in America/New_York across both DST changes; and restarts.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ManualClock } from '../../src/core/clock.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { tempDir } from '../support/fixtures.ts';
import { joinUnit } from '../../src/progress/members.ts';
import { follow, setSchedule } from '../../src/progress/follow.ts';
import { recordProgress } from '../../src/progress/record.ts';
import { claimPost } from '../../src/progress/outbox.ts';
import { duePosts } from '../../src/progress/schedule.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { localInstant } from '../../src/core/week.ts';
import { seedPlan } from './plan-fixture.ts';
import { FakePlatform, tickUntil } from './week-loop.ts';
import { inTempDir } from '../support/temp-dir.ts';

function setup(store: Store, clock: ManualClock, timezone: string) {
  const planId = seedPlan(store);
  joinUnit(store, { tenant: 'T1', user: 'u1', unit: '市工信局', now: clock.now() });
  joinUnit(store, { tenant: 'T1', user: 'u2', unit: '市发展改革委', now: clock.now() });
  joinUnit(store, { tenant: 'T1', user: 'u3', unit: '市交通运输局', now: clock.now() });
  follow(store, { tenant: 'T1', channel: 'C1', plan: planId, timezone, platform: 'slack', now: clock.now() });
  setSchedule(store, { tenant: 'T1', channel: 'C1', prompt: '周一 09:00', reminder: '周三 09:00', digest: '周五 16:00', now: clock.now() });
  return planId;
}

async function fullWeek(timezone: string, week: string) {
  const { dir, cleanup } = tempDir();
  try {
    const sunday = localInstant(week, 1, '00:00', timezone);
    const clock = new ManualClock(new Date(sunday.getTime() - 86_400_000));
    const store = openStore(join(dir, 'w.sqlite'));
    const planId = setup(store, clock, timezone);
    const platform = new FakePlatform(clock);
    // Monday 08:45 local: nothing yet.
    await tickUntil(store, clock, platform, new Date(localInstant(week, 1, '09:00', timezone).getTime() - 15 * 60_000));
    expect(platform.posts).toHaveLength(0);
    await tickUntil(store, clock, platform, localInstant(week, 1, '10:00', timezone));
    expect(platform.posts.map((p) => p.kind)).toEqual(['prompt']);
    expect(platform.posts[0].at.getTime()).toBe(localInstant(week, 1, '09:00', timezone).getTime());
    expect(platform.posts[0].units).toEqual(expect.arrayContaining(['广州市工业和信息化局', '市发展改革委', '市交通运输局']));
    const thread = platform.posts[0].messageId;
    // Replies in the prompt's thread: one with a status, one "no change". u3 stays silent.
    const r1 = recordProgress(store, { tenant: 'T1', user: 'u1', platform: 'slack', channel: 'C1', thread, sourceMessageId: 'a1', at: clock.now(), text: '任务1 推进中 60%，建成基站1.2万个' });
    expect(r1.status).toBe('recorded');
    expect(r1.week).toBe(week);
    expect(recordProgress(store, { tenant: 'T1', user: 'u2', platform: 'slack', channel: 'C1', thread, sourceMessageId: 'a2', at: clock.now(), text: '本周无新进展' }).status).toBe('recorded');
    await tickUntil(store, clock, platform, localInstant(week, 5, '18:00', timezone));
    expect(platform.posts.map((p) => p.kind)).toEqual(['prompt', 'reminder', 'digest']);
    const [, reminder, digest] = platform.posts;
    expect(reminder.units).toEqual(['市交通运输局']);
    expect(reminder.at.getTime()).toBe(localInstant(week, 3, '09:00', timezone).getTime());
    expect(digest.at.getTime()).toBe(localInstant(week, 5, '16:00', timezone).getTime());
    expect(digest.units).toEqual(['市交通运输局']);
    const model = buildDigest(store, { tenant: 'T1', planId, week, now: clock.now(), timezone });
    expect(model.units.reported.map((u) => u.unit).sort()).toEqual(['市发展改革委', '广州市工业和信息化局'].sort());
    expect(model.statusCounts['推进中']).toBe(1);
    expect(model.metrics.find((m) => m.name === '建成5G基站')).toMatchObject({ latest: 12000, target: 80000, percentOfTarget: 15 });
    store.close();
    return platform.posts;
  } finally {
    cleanup();
  }
}

describe('a full week on a fake clock', () => {
  it('in Asia/Shanghai', async () => {
    const posts = await fullWeek('Asia/Shanghai', '2022-W10');
    // 09:00 Shanghai is 01:00Z.
    expect(posts[0].at.toISOString()).toBe('2022-03-07T01:00:00.000Z');
  });

  it('in America/New_York, the week DST starts (2022-03-13) and the weeks around it', async () => {
    // W10 ends on Sunday 13 March (the change); W11 is the first EDT week.
    const before = await fullWeek('America/New_York', '2022-W10');
    const after = await fullWeek('America/New_York', '2022-W11');
    expect(before[1].at.toISOString()).toBe('2022-03-09T14:00:00.000Z'); // Wed 09:00 EST
    expect(after[1].at.toISOString()).toBe('2022-03-16T13:00:00.000Z'); // Wed 09:00 EDT
  });

  it('in America/New_York across the fall change (2022-11-06), the reminder stays at 09:00 local', async () => {
    await inTempDir(async (dir) => {
      const clock = new ManualClock('2022-10-30T12:00:00Z');
      const store = openStore(join(dir, 'f.sqlite'));
      setup(store, clock, 'America/New_York');
      const platform = new FakePlatform(clock);
      await tickUntil(store, clock, platform, new Date('2022-11-13T12:00:00Z'));
      const reminders = platform.posts.filter((p) => p.kind === 'reminder').map((p) => p.at.toISOString());
      expect(reminders).toEqual(['2022-11-02T13:00:00.000Z', '2022-11-09T14:00:00.000Z']);
      expect(platform.posts.filter((p) => p.kind === 'prompt').map((p) => p.week)).toEqual(['2022-W44', '2022-W45']);
      store.close();
    });
  });
});

/** A store file in `dir` set up on Sunday 2022-03-06 20:00 in Beijing, and the platform it posts to. */
function restartWorld(dir: string, name: string) {
  const file = join(dir, name);
  const clock = new ManualClock('2022-03-06T12:00:00Z');
  const store = openStore(file);
  setup(store, clock, 'Asia/Shanghai');
  return { file, clock, store, platform: new FakePlatform(clock) };
}

describe('restarts', () => {
  it('closing and reopening the store between prompt and digest posts nothing twice and misses nothing', async () => {
    await inTempDir(async (dir) => {
      const world = restartWorld(dir, 'r.sqlite');
      const { file, clock, platform } = world;
      let store = world.store;
      await tickUntil(store, clock, platform, new Date('2022-03-07T02:00:00Z'));
      expect(platform.posts.map((p) => p.kind)).toEqual(['prompt']);
      store.close();
      // Down from Monday 10:00 to Friday 18:00 local: the reminder time passed, and the digest.
      clock.set('2022-03-11T10:00:00Z');
      store = openStore(file);
      await tickUntil(store, clock, platform, new Date('2022-03-11T11:00:00Z'));
      store.close();
      store = openStore(file);
      await tickUntil(store, clock, platform, new Date('2022-03-11T12:00:00Z'));
      expect(platform.posts.map((p) => `${p.week}:${p.kind}`)).toEqual(['2022-W10:prompt', '2022-W10:digest']);
      store.close();
    });
  });

  it('a crash after posting but before marking sent: the restart reconciles with the platform and does not post again', async () => {
    await inTempDir(async (dir) => {
      const world = restartWorld(dir, 'c.sqlite');
      const { file, clock, platform } = world;
      let store = world.store;
      clock.set('2022-03-07T01:00:00Z');
      // The process claims the prompt and posts it, then dies before markSent.
      const [due] = duePosts(store, clock.now());
      expect(claimPost(store, due.key, clock.now())).toBe('claimed');
      await platform.send(due, { kind: 'prompt', prompt: { tenant: 'T1', planId: due.key.planId, plan: '', week: '2022-W10', units: [], text: '', intro: [], unitLines: [] } });
      store.close();
      store = openStore(file);
      const again = duePosts(store, clock.now());
      expect(again.map((d) => [d.kind, d.inDoubt])).toEqual([['prompt', true]]);
      await tickUntil(store, clock, platform, new Date('2022-03-07T03:00:00Z'));
      expect(platform.posts.filter((p) => p.kind === 'prompt')).toHaveLength(1);
      expect(duePosts(store, clock.now())).toEqual([]);
      // In doubt and not on the platform: sent once.
      clock.set('2022-03-09T09:00:00Z');
      const [rem] = duePosts(store, clock.now());
      expect(claimPost(store, rem.key, clock.now())).toBe('claimed');
      store.close();
      store = openStore(file);
      await tickUntil(store, clock, platform, new Date('2022-03-09T10:00:00Z'));
      expect(platform.posts.filter((p) => p.kind === 'reminder')).toHaveLength(1);
      store.close();
    });
  });
});

describe('contentReply', () => {
  it('turns each kind of post into a Reply (prompt opens a thread, digest carries a chart)', async () => {
    const { contentReply } = await import('../../src/progress/post-content.ts');
    const prompt = contentReply({ kind: 'prompt', prompt: { tenant: 'T', planId: 1, plan: '广州5G应用', week: '2022-W10', units: [], text: '征询', intro: ['征询'], unitLines: [] } }, 'k');
    expect(prompt.openThread).toEqual({ key: 'k', name: '广州5G应用 2022-W10 进度征询' });
    const { sampleDigest } = await import('../digest/sample-digest.ts');
    const digest = contentReply({ kind: 'digest', digest: sampleDigest() }, 'k2');
    expect(digest.files?.[0].name).toBe(`digest-${sampleDigest().planId}-2022-W10.png`);
    expect(digest.sections?.length).toBeGreaterThan(0);
  });
});
