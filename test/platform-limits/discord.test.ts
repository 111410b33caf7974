// The largest week on Discord: every message of every post kind within the embed and content
// limits, ≤ 100 users a message, no ping from user text, the digest shown once, every unit named.
import { describe, expect, test } from 'vitest';
import { postTag, renderMessages, type DiscordPayload } from '../../src/adapters/discord/render.ts';
import { memberId, UNITS } from '../../src/bench/largest-week.ts';
import { testEveryMessage, unnamedUnits, useLargestWeek } from '../support/largest-week.ts';
import { discordViolations, livePings, userMentions } from './limits.ts';

const lw = useLargestWeek('discord', (p) => ({ messages: renderMessages(p.reply, p.key && postTag(p.key)) }));
const shown = (ms: DiscordPayload[]) => ms.map((m) => `${m.content ?? ''}\n${JSON.stringify(m.embeds)}`).join('\n');

describe('the largest week on Discord', () => {
  testEveryMessage(lw, { limits: 'documented limit', violations: discordViolations, shown, livePings });

  test('GIVEN a reminder for 200 silent units THEN 400 members pinged once in batches of ≤ 100, each pinged id allowed in its own message', () => {
    const reminder = lw.posts().find((p) => p.kind === 'reminder')!;
    const members = Array.from({ length: UNITS }, (_, u) => [memberId('discord', u, 0), memberId('discord', u, 1)]).flat();
    expect(reminder.messages.flatMap((m) => m.allowedMentions.users ?? []).sort()).toEqual([...members].sort());
    for (const m of reminder.messages) expect(userMentions(m.content ?? '').sort()).toEqual([...(m.allowedMentions.users ?? [])].sort());
    for (const p of lw.posts().filter((x) => x.kind !== 'reminder')) for (const m of p.messages) expect(m.allowedMentions.users, p.kind).toBeUndefined();
  });

  test('GIVEN the prompt and the reminder THEN every one of the 200 units is named', () => {
    for (const kind of ['prompt', 'reminder'] as const) {
      const plain = shown(lw.posts().find((p) => p.kind === kind)!.messages).replace(/\u200d/g, '');
      const missing = unnamedUnits(plain);
      expect(missing, kind).toEqual([]);
    }
  });

  test('GIVEN the digest THEN shown once (no content beside the embed), the headline first, its tag on the head, no “duban digest” pointer', () => {
    const { planId, week } = lw.week();
    for (const d of lw.posts().filter((p) => p.kind === 'digest')) {
      const [head] = d.messages;
      expect(head.content).toBeUndefined();
      expect(head.embeds).toHaveLength(1);
      const text = JSON.stringify(head.embeds[0]);
      for (const part of ['已填报 200/200', '本周变化', '🔴 红灯', '🟡 黄灯', '另有']) expect(text).toContain(part);
      expect(head.files.map((f) => f.name)).toEqual([`digest-${planId}-${week}.png`, `digest-${planId}-${week}.md`]);
      const all = shown(d.messages);
      for (const part of ['30 天内到期', '目标指标', '重要进展']) expect(all).toContain(part);
      expect(all).not.toContain('duban digest');
      expect(all).not.toContain('缩小查询范围');
      if (d.key) expect(head.embeds[0].footer?.text).toBe(postTag(d.key));
    }
  });
});
