// Questions beyond the dev set (other tasks, wordings, Traditional script, unit abbreviations,
// plan facts, negatives) on the same seeds: the scorer through the CLI on a fresh store file.
// Expected values come from the parsed plans, not from the engine's answers.
import { describe, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, tempDir } from '../support/fixtures.ts';

const FILE = 'test/fixtures/eval/questions.more.jsonl';
// Ids known to fail. m198 谁负责建设体育场馆: 体育场馆 is one item of a list of places in a clause of 完善5G公众网络
const KNOWN_FAILURES: string[] = ['m198'];

describe('score-ask on questions.more.jsonl', () => {
  test('GIVEN a fresh store file THEN every question but the known failures passes', { timeout: 120_000 }, () => {
    const total = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim()).length;
    const { dir, cleanup } = tempDir();
    try {
      const db = join(dir, 'q.sqlite');
      const run = spawnSync(
        process.execPath,
        ['test/fixtures/eval/score-ask.mjs', FILE, '--cmd', `node bin/duban.js ask --json --db ${db}`, '--verbose'],
        { encoding: 'utf8', timeout: 110_000 },
      );
      const summary = JSON.parse(run.stdout.split('\n')[0]!) as { questions: number; failed: string[] };
      expect(summary.questions).toBe(total);
      expect(summary.failed.filter((id) => !KNOWN_FAILURES.includes(id)), run.stderr).toEqual([]);
      // A known failure that starts to pass is taken off the list.
      expect(KNOWN_FAILURES.filter((id) => !summary.failed.includes(id))).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
