// The largest week (src/bench/largest-week.ts) rendered for one platform, shared by the three
// test/platform-limits files: build it once before the tests, close it after.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildLargestWeek, UNITS, unitName, type LargePlatform, type LargestWeek } from '../../src/bench/largest-week.ts';
import { allPosts, type Post } from '../../src/bench/largest-week-posts.ts';

export interface RenderedWeek<R> {
  week(): LargestWeek;
  posts(): Array<Post & R>;
}

/** Registers beforeAll/afterAll that build the week and render every post with `render`. */
export function useLargestWeek<R extends object>(platform: LargePlatform, render: (post: Post) => R): RenderedWeek<R> {
  let w: LargestWeek | undefined;
  let posts: Array<Post & R> = [];
  beforeAll(async () => {
    w = buildLargestWeek();
    posts = (await allPosts(w, platform)).map((p) => ({ ...p, ...render(p) }));
  }, 120_000);
  afterAll(() => w?.close());
  return { week: () => w!, posts: () => posts };
}

/** The names of the week's units that `shownText` (as a reader sees it) does not contain. */
export function unnamedUnits(shownText: string): string[] {
  return Array.from({ length: UNITS }, (_, i) => unitName(i)).filter((name) => !shownText.includes(name));
}

/** What every chat platform must hold for every post: each message within `limits` (named in the
 *  test title), every post kind present, and no live ping from user text in what is `shown`. */
export function testEveryMessage<M>(
  lw: RenderedWeek<{ messages: M[] }>,
  rules: { limits: string; violations: (m: M) => string[]; shown: (ms: M[]) => string; livePings: (text: string) => string[] },
): void {
  test(`GIVEN every post kind THEN every message within every ${rules.limits}`, () => {
    for (const p of lw.posts()) for (const [i, m] of p.messages.entries()) expect(rules.violations(m), `${p.kind} message ${i + 1}`).toEqual([]);
    expect(new Set(lw.posts().map((p) => p.kind))).toEqual(new Set(['prompt', 'reminder', 'digest', 'answer', 'error']));
  });

  test('GIVEN notes and names holding <!channel>, @everyone, @here THEN no live ping in any message', () => {
    for (const p of lw.posts()) expect(rules.livePings(rules.shown(p.messages)), p.kind).toEqual([]);
  });
}
