// Acceptance of issue 3: the scorer on the dev questions, through the CLI, on a fresh store file
// that `duban ask` fills from seeds/ with the real parser.
import { describe, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test, tempDir } from '../support/fixtures.ts';

describe('score-ask on questions.dev.jsonl', () => {
  test('GIVEN a fresh store file THEN 36 of 36 pass', { timeout: 120_000 }, () => {
    const { dir, cleanup } = tempDir();
    try {
      const db = join(dir, 'q.sqlite');
      const run = spawnSync(
        process.execPath,
        ['test/fixtures/eval/score-ask.mjs', 'test/fixtures/eval/questions.dev.jsonl', '--cmd', `node bin/duban.js ask --json --db ${db}`, '--verbose'],
        { encoding: 'utf8', timeout: 110_000 },
      );
      expect(run.stderr).not.toMatch(/ d\d\d /);
      expect(run.stdout).toContain('36 passed, 0 failed');
    } finally {
      cleanup();
    }
  });
});
