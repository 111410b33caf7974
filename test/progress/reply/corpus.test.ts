// Acceptance of issue 11: the shared scorer (copied to test/fixtures/eval) through `duban
// read-reply --json` on the dev set, and on readReply's answers for our tune set and held-out sets (written first, never tuned
// on: its floor is the figure measured, not a goal). No reply may read as 已完成 where the case says
// it must not (notStatus), in any set.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReply } from '../../../src/progress/reply/index.ts';

const root = join(import.meta.dirname, '..', '..', '..');
type Score = { passed: number; cases: number; failedChecks: Record<string, number> };

function scorer(args: string[]): Score {
  const run = spawnSync(process.execPath, ['test/fixtures/eval/score-replies.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 170_000 });
  return JSON.parse(run.stdout.split('\n')[0]);
}

/** Through the command, as the hidden set is run: `duban read-reply --json`, once per (week, tasks). */
function score(cases: string): Score {
  return scorer([cases, '--cmd', 'node bin/duban.js read-reply --json']);
}

/** The same readReply the command calls, in this process (a command start per group cost minutes
 * on a busy machine); the scorer reads the answers in case order. */
function scoreInProcess(cases: string): Score {
  const lines = readFileSync(join(root, cases), 'utf8').split('\n').filter((l) => l.trim());
  const answers = lines.map((l) => {
    const c = JSON.parse(l) as { reply: string; week?: string; tasks?: unknown };
    const unitTasks = typeof c.tasks === 'string' ? c.tasks.split(/[,，、\s]+/).filter(Boolean) : [];
    return JSON.stringify(readReply(String(c.reply).replace(/[\r\n]+/g, ' '), { week: c.week ?? '2022-W10', unitTasks }));
  });
  const file = join(mkdtempSync(join(tmpdir(), 'duban-replies-')), 'answers.jsonl');
  writeFileSync(file, answers.join('\n') + '\n');
  return scorer([cases, '--answers', file]);
}

describe('score-replies', () => {
  test('GIVEN replies.dev.jsonl THEN 40 of 40, no notStatus violation', { timeout: 180_000 }, () => {
    const s = score('test/fixtures/eval/replies.dev.jsonl');
    expect(s.failedChecks.notStatus ?? 0).toBe(0);
    expect(s.passed).toBe(40);
  });
  // Each set with the floor it must keep: the figure measured, never a goal (the held sets were
  // written first and scored once before any change).
  // - held2: 64 replies in other phrasings (WeChat, 报送 paragraphs, Traditional, 1.2万 / 两千 /
  //   百分之八十五, 中旬 / 季度末 / 春节前): 45/64 before any change, 56 after the probe fixes, 64 after
  //   the issue-11 class fixes (contaminated since: the floor guards against falling back).
  // - held3: 104 replies written for issue 11 before any change (督办 words 已办结 / 序时进度, chat
  //   搞定了 / 弄完, Chinese numerals, several tasks, weeks W10–W50): 87/104 at first contact. Odd
  //   lines were tuned on, even lines held back (43/52 → 47/52).
  // - held4: 126 replies for issue 11 in the dev set's proportions, written before any rule change:
  //   123/126 at first contact; odd ids tuned on (60/63 → 63/63), even ids held back (63/63).
  // - held5: 120 replies written blind (the author read only the spec, the dev set and the scorer,
  //   never the reader): 116/120 at first contact, one notStatus failure (还未全部建成投用); that
  //   class is fixed by a generated negation grid (negation.test.ts); a wait or an objection named
  //   without 因 is now a cause (blocker.test.ts), and a bare s-number after an s-numbered task is a
  //   task (task-refs.test.ts): 120/120 since (contaminated).
  test.each([
    ['tune.jsonl', 240],
    ['held.jsonl', 92],
    ['held2.jsonl', 62],
    ['held3.jsonl', 99],
    ['held4.jsonl', 126],
    ['held5.jsonl', 120],
  ])('GIVEN %s THEN at least %i pass, no notStatus violation', { timeout: 180_000 }, (file, floor) => {
    const s = scoreInProcess(`test/fixtures/replies/${file}`);
    expect(s.failedChecks.notStatus ?? 0).toBe(0);
    expect(s.passed).toBeGreaterThanOrEqual(floor);
  });
});
