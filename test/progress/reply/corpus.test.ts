// Acceptance of issue 11: the shared scorer (copied to test/fixtures/eval) through `duban
// read-reply --json` on the dev set, our tune set and our held-out set (written first, never tuned
// on: its floor is the figure measured, not a goal). No reply may read as 已完成 where the case says
// it must not (notStatus), in any set.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

function score(cases: string): { passed: number; cases: number; failedChecks: Record<string, number> } {
  const run = spawnSync(process.execPath, ['test/fixtures/eval/score-replies.mjs', cases, '--cmd', 'node bin/duban.js read-reply --json'], {
    cwd: root, encoding: 'utf8', timeout: 170_000,
  });
  return JSON.parse(run.stdout.split('\n')[0]);
}

describe('score-replies', () => {
  test('GIVEN replies.dev.jsonl THEN 40 of 40, no notStatus violation', { timeout: 180_000 }, () => {
    const s = score('test/fixtures/eval/replies.dev.jsonl');
    expect(s.failedChecks.notStatus ?? 0).toBe(0);
    expect(s.passed).toBe(40);
  });
  test('GIVEN the tune replies THEN all pass', { timeout: 180_000 }, () => {
    const s = score('test/fixtures/replies/tune.jsonl');
    expect(s.failedChecks.notStatus ?? 0).toBe(0);
    expect(s.passed).toBe(s.cases);
  });
  test('GIVEN the held-out replies THEN at least 92 of 99 (as measured before tuning), no notStatus violation', { timeout: 180_000 }, () => {
    const s = score('test/fixtures/replies/held.jsonl');
    expect(s.failedChecks.notStatus ?? 0).toBe(0);
    expect(s.passed).toBeGreaterThanOrEqual(92);
  });
  // held2: 64 replies in other phrasings (WeChat, 报送 paragraphs, Traditional, 1.2万 / 两千 /
  // 百分之八十五, 中旬 / 季度末 / 春节前), scored once before any change (45/64); 56/64 after the probe fixes, 64/64 after the
  // issue-11 class fixes (contaminated since: the floor guards against falling back).
  test('GIVEN the second held-out set THEN at least 62 of 64 (45 before any change), no notStatus violation', { timeout: 180_000 }, () => {
    const s = score('test/fixtures/replies/held2.jsonl');
    expect(s.failedChecks.notStatus ?? 0).toBe(0);
    expect(s.passed).toBeGreaterThanOrEqual(62);
  });
  // held3: 104 replies written for issue 11 before any change (督办 words 已办结 / 序时进度, chat
  // 搞定了 / 弄完, Chinese numerals, several tasks, weeks W10–W50): 87/104 at first contact. Odd lines
  // were tuned on, even lines held back (43/52 → 47/52). The floor is the figure measured.
  test('GIVEN the third held-out set THEN at least 99 of 104, no notStatus violation', { timeout: 180_000 }, () => {
    const s = score('test/fixtures/replies/held3.jsonl');
    expect(s.failedChecks.notStatus ?? 0).toBe(0);
    expect(s.passed).toBeGreaterThanOrEqual(99);
  });
});
