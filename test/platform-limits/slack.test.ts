// The largest week on Slack: every message of every post kind within Block Kit's limits, no ping
// from user text, the members of a reminder pinged (and only they), every unit named.
import { describe, expect, test } from 'vitest';
import { renderMessages, RESPONSE_URL_MAX, SLASH_MAX_MESSAGES, type SlackMessage } from '../../src/adapters/slack/render.ts';
import { memberId, UNITS } from '../../src/bench/largest-week.ts';
import { testEveryMessage, unnamedUnits, useLargestWeek } from '../support/largest-week.ts';
import { livePings, slackViolations, userMentions } from './limits.ts';

const lw = useLargestWeek('slack', (p) => ({ messages: renderMessages(p.reply) }));
const shown = (ms: SlackMessage[]) => ms.map((m) => JSON.stringify(m.blocks ?? []) + m.text).join('\n');

describe('the largest week on Slack', () => {
  testEveryMessage(lw, { limits: 'Block Kit limit', violations: slackViolations, shown, livePings });

  test('GIVEN a reminder for 200 silent units THEN all 400 members pinged once, nobody else, no mention cut', () => {
    const reminder = lw.posts().find((p) => p.kind === 'reminder')!;
    const pinged = reminder.messages.flatMap((m) => (m.blocks ?? []).flatMap((b) => userMentions((b as { text?: { text: string } }).text?.text ?? '')));
    const members = Array.from({ length: UNITS }, (_, u) => [memberId('slack', u, 0), memberId('slack', u, 1)]).flat();
    expect([...pinged].sort()).toEqual([...members].sort());
    for (const p of lw.posts().filter((x) => x.kind !== 'reminder')) expect(userMentions(shown(p.messages)), p.kind).toEqual([]);
  });

  test('GIVEN the prompt and the reminder THEN every one of the 200 units is named', () => {
    for (const kind of ['prompt', 'reminder'] as const) {
      const text = shown(lw.posts().find((p) => p.kind === kind)!.messages);
      // Names are escaped for Slack and their pings broken: compare what a reader sees.
      const plain = text.replace(/\u200d/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      const missing = unnamedUnits(plain);
      expect(missing, kind).toEqual([]);
    }
  });

  test('GIVEN the digest THEN a headline message (reported n/N, red and yellow, the change) and the rest after it, nothing “缩小查询范围”', () => {
    for (const d of lw.posts().filter((p) => p.kind === 'digest')) {
      const head = JSON.stringify(d.messages[0].blocks);
      for (const part of ['已填报 200/200', '本周变化', '🔴 红灯', '🟡 黄灯', '另有']) expect(head).toContain(part);
      expect(d.messages.length).toBeGreaterThan(1);
      const all = shown(d.messages);
      for (const part of ['风险任务', '30 天内到期', '目标指标', '重要进展']) expect(all).toContain(part);
      expect(all).not.toContain('缩小查询范围');
    }
    for (const p of lw.posts().filter((x) => x.key)) expect(shown(p.messages)).not.toContain('缩小查询范围');
  });

  test('GIVEN every post as a slash command answers it (five on response_url, the rest by the Web API) THEN every message within the limits, nothing left out', () => {
    for (const p of lw.posts()) {
      const slash = renderMessages(p.reply, SLASH_MAX_MESSAGES);
      for (const [i, m] of slash.entries()) expect(slackViolations(m), `${p.kind} slash message ${i + 1}`).toEqual([]);
      // The longer bound only adds messages: the first five are what response_url takes.
      expect(slash.length).toBeGreaterThanOrEqual(Math.min(p.messages.length, RESPONSE_URL_MAX));
      expect(shown(slash)).not.toContain('未显示');
    }
  });
});
