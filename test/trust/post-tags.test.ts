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

  test('GIVEN digest embeds already filling the 6,000-character budget THEN the tag is still there', () => {
    const fill = (n: number) => '滞'.repeat(n);
    const embeds = [
      { title: '周报', description: fill(3000), footer: { text: '广州市加快5G应用创新发展三年行动计划 · 2022-03-11' } },
      { description: fill(2990) }, // 5,990 + title/footer: the last embed has no footer of its own
    ];
    expect(tagged({ text: '周报', rich: { discordEmbeds: embeds } })).toBe(true);
  });

  test('GIVEN ten embeds of a long digest THEN the tag is still there', () => {
    const embeds = Array.from({ length: 10 }, (_, i) => ({ title: `第${i + 1}部分`, description: '推'.repeat(595) }));
    expect(tagged({ text: '周报', rich: { discordEmbeds: embeds } })).toBe(true);
  });
});
