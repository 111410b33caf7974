// Exactly-once across crashes needs the outbox key to ride on every scheduled post, or the restart
// cannot recognise it in the channel's history and posts again (issue 6). Discord carries it in an
// embed footer: it must survive the 6,000-character embed budget, whatever the digest filled.
import { describe, expect, test } from 'vitest';
import { postTag, renderMessage } from '../../src/adapters/discord/render.ts';
import type { Reply } from '../../src/core/reply.ts';

const KEY = 'T1/C1/1/2022-W10/digest';

function tagged(reply: Reply): boolean {
  const payload = renderMessage(reply, postTag(KEY));
  return payload.embeds.some((e) => e.footer?.text === postTag(KEY));
}

describe('the outbox tag on a Discord post', () => {
  test('GIVEN a plain-text prompt THEN the tag is in an embed footer', () => {
    expect(tagged({ text: '【广州5G应用】2022-W10 进度征询', openThread: { key: KEY, name: '征询' } })).toBe(true);
  });

  test('GIVEN digest sections far past the 6,000-character budget and its own footer THEN the tag is still there', () => {
    const fill = (n: number) => '滞'.repeat(n);
    const sections = Array.from({ length: 12 }, (_, i) => ({ title: `第${i + 1}部分`, lines: [fill(1000), fill(1000)] }));
    expect(tagged({ title: '周报', text: fill(1990), footer: '广州市加快5G应用创新发展三年行动计划 · 2022-03-11', sections })).toBe(true);
  });

  test('GIVEN a 4,096-character text THEN the tag is still there', () => {
    expect(tagged({ title: '周报', text: '推'.repeat(4096) })).toBe(true);
  });
});
