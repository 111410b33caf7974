// The scheduler over a recording Poster: prompt, reminder, digest each posted once, a thread reply in
// the prompt routed to report, and a post interrupted after sending reconciled instead of resent.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';
import { startScheduler } from '../../src/progress/scheduler.ts';
import type { Poster, PostTarget, PostedMessage } from '../../src/core/poster.ts';
import type { Reply } from '../../src/core/reply.ts';
import { commandList } from '../../commands/index.ts';

// What a reader sees of a reply: its text and its sections (the unit list of a prompt or reminder).
const shownText = (r: Reply) => [r.text, ...(r.sections ?? []).flatMap((x) => [x.title ?? '', ...x.lines])].join('\n');

function recordingPoster(opts: { failAfterSend?: (key: string) => boolean } = {}) {
  const posts: Array<{ target: PostTarget; reply: Reply; key: string; messageId: string }> = [];
  let seq = 0;
  const poster: Poster = {
    platform: 'slack',
    async post(target, reply, key): Promise<PostedMessage> {
      const messageId = `164661${String(++seq).padStart(4, '0')}.000100`;
      posts.push({ target, reply, key, messageId });
      // The platform took it, but the bot "crashed" before learning so.
      if (opts.failAfterSend?.(key)) throw new Error('connection reset');
      return { messageId, thread: reply.openThread ? messageId : undefined };
    },
    async findPostedMessage(target, key) {
      const hit = posts.find((p) => p.key === key && p.target.channel === target.channel);
      return hit ? { messageId: hit.messageId, thread: hit.reply.openThread ? hit.messageId : undefined } : null;
    },
  };
  return { poster, posts };
}

describe('scheduler', () => {
  test('GIVEN a followed plan THEN a week: prompt once, reply in its thread recorded, reminder to the silent, digest with chart once', async ({ store, clock }) => {
    loadGoldPlans(store);
    // Sunday 2022-03-06 20:00 Shanghai: follow; nothing is due before Monday 09:00.
    clock.set('2022-03-06T12:00:00Z');
    await say(store, clock, '/duban follow 广州市加快5G应用创新发展三年行动计划', { isCoordinator: true, platform: 'slack' });
    await say(store, clock, '/duban join 市农业农村局', { platform: 'slack', user: 'U5' });
    await say(store, clock, '/duban join 市工信局', { platform: 'slack', user: 'U6' });
    const { poster, posts } = recordingPoster();
    const deps = { store, clock, commands: commandList };
    const s = startScheduler({ deps, posters: [poster], tickMs: 3600_000 });
    try {
      // The prompt of a follow made mid-week (W09) goes out at once; then Monday of W10.
      await s.tick();
      posts.length = 0;
      clock.set('2022-03-07T01:05:00Z'); // Monday 09:05
      await s.tick();
      await s.tick();
      expect(posts.map((p) => p.key.split('/').at(-1))).toEqual(['prompt']);
      const prompt = posts[0];
      expect(shownText(prompt.reply)).toContain('市农业农村局');
      expect(prompt.reply.openThread).toBeDefined();

      const reply = await say(store, clock, '任务6 推进中 50%', { platform: 'slack', user: 'U5', thread: prompt.messageId, eventId: 'Ev-r1', messageId: '1646620000.0001' });
      expect(reply!.text).toContain('（市农业农村局）');

      clock.set('2022-03-09T09:05:00Z'); // Wednesday 17:05: the reminder names only the silent unit
      await s.tick();
      const reminder = posts.find((p) => p.key.endsWith('/reminder'))!;
      expect(shownText(reminder.reply)).toContain('市工业和信息化局');
      expect(shownText(reminder.reply)).not.toContain('市农业农村局');
      // The silent unit's member is to be notified; the one who reported is not.
      expect(reminder.reply.mentions).toEqual(['U6']);

      clock.set('2022-03-11T08:05:00Z'); // Friday 16:05
      await s.tick();
      await s.tick();
      const digests = posts.filter((p) => p.key.endsWith('/digest'));
      expect(digests).toHaveLength(1);
      expect(digests[0].reply.files?.[0].contentType).toBe('image/png');
      expect(digests[0].reply.text).toContain('推进中');
    } finally {
      s.stop();
    }
  });

  test('GIVEN a digest sent but not marked (crash after send) THEN the next pass reconciles and posts nothing twice', async ({ store, clock }) => {
    loadGoldPlans(store);
    clock.set('2022-03-06T12:00:00Z');
    await say(store, clock, '/duban follow 开封市加快5G产业发展三年行动计划', { isCoordinator: true, platform: 'slack' });
    let crash = true;
    const { poster, posts } = recordingPoster({ failAfterSend: (key) => crash && key.endsWith('/digest') });
    const s = startScheduler({ deps: { store, clock, commands: commandList }, posters: [poster], tickMs: 3600_000 });
    try {
      await s.tick(); // the pass at start (Sunday: this week's prompt)
      clock.set('2022-03-11T08:05:00Z');
      const first = await s.tick();
      expect(first.find((r) => r.post.kind === 'digest')?.outcome).toBe('failed');
      crash = false;
      const second = await s.tick();
      expect(second.find((r) => r.post.kind === 'digest')?.outcome).toBe('reconciled');
      expect(posts.filter((p) => p.key.endsWith('/digest'))).toHaveLength(1);
      expect(await s.tick()).toEqual([]);
    } finally {
      s.stop();
    }
  });
});
