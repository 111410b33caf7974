// The largest week in the console: no limits to hold, but every post kind renders, every unit is
// named, nothing from user text pings (the console echoes what Slack and Discord would show).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderReply } from '../../src/adapters/console/render.ts';
import { buildLargestWeek, UNITS, unitName, type LargestWeek } from '../../src/bench/largest-week.ts';
import { allPosts, type Post } from '../../src/bench/largest-week-posts.ts';
import { livePings } from './limits.ts';

let w: LargestWeek;
let posts: Array<Post & { text: string }>;

beforeAll(async () => {
  w = buildLargestWeek();
  posts = (await allPosts(w, 'console')).map((p) => ({ ...p, text: renderReply(p.reply) }));
}, 120_000);
afterAll(() => w?.close());

describe('the largest week in the console', () => {
  test('GIVEN every post kind THEN text, no live ping, every unit named in the prompt and the reminder', () => {
    for (const p of posts) {
      expect(p.text.length, p.kind).toBeGreaterThan(0);
      expect(livePings(p.text), p.kind).toEqual([]);
    }
    for (const kind of ['prompt', 'reminder'] as const) {
      const text = posts.find((p) => p.kind === kind)!.text.replace(/\u200d/g, '');
      expect(Array.from({ length: UNITS }, (_, i) => unitName(i)).filter((n) => !text.includes(n)), kind).toEqual([]);
    }
  });

  test('GIVEN the digest THEN the headline, then the detail, and the markdown file named', () => {
    const d = posts.find((p) => p.kind === 'digest')!.text;
    expect(d.indexOf('红灯')).toBeLessThan(d.indexOf('【目标指标】'));
    expect(d).toContain(`[附件] digest-${w.planId}-${w.week}.md`);
  });
});
