// The largest week in the console: no limits to hold, but every post kind renders, every unit is
// named, nothing from user text pings (the console echoes what Slack and Discord would show).
import { describe, expect, test } from 'vitest';
import { renderReply } from '../../src/adapters/console/render.ts';
import { unnamedUnits, useLargestWeek } from '../support/largest-week.ts';
import { livePings } from './limits.ts';

const lw = useLargestWeek('console', (p) => ({ text: renderReply(p.reply) }));

describe('the largest week in the console', () => {
  test('GIVEN every post kind THEN text, no live ping, every unit named in the prompt and the reminder', () => {
    for (const p of lw.posts()) {
      expect(p.text.length, p.kind).toBeGreaterThan(0);
      expect(livePings(p.text), p.kind).toEqual([]);
    }
    for (const kind of ['prompt', 'reminder'] as const) {
      const text = lw.posts().find((p) => p.kind === kind)!.text.replace(/\u200d/g, '');
      expect(unnamedUnits(text), kind).toEqual([]);
    }
  });

  test('GIVEN the digest THEN the headline, then the detail, and the markdown file named', () => {
    const { planId, week } = lw.week();
    const d = lw.posts().find((p) => p.kind === 'digest')!.text;
    expect(d.indexOf('红灯')).toBeLessThan(d.indexOf('【目标指标】'));
    expect(d).toContain(`[附件] digest-${planId}-${week}.md`);
  });
});
