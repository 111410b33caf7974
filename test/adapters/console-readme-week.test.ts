// The README's simulated week, run exactly as written (issue 11): the lines of its `console-week`
// block go to `duban chat` on a fresh store. The guess is asked back, the answer completes it, the
// correction replaces it, and the digest carries the promised date and the blocker.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/fixtures.ts';

const root = join(import.meta.dirname, '..', '..');

function readmeWeek(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /```console-week\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README has no console-week block');
  return block[1].split('\n').map((l) => l.trim()).filter(Boolean);
}

describe("README's simulated week", () => {
  test('GIVEN the console-week lines of the README THEN prompt, question, recorded echo, correction, digest with date and blocker', () => {
    const { dir, cleanup } = tempDir('duban-readme-week-');
    try {
      const run = spawnSync(process.execPath, [join(root, 'bin', 'duban.js'), 'chat'], {
        cwd: root,
        input: readmeWeek().map((l) => `${l}\n`).join(''),
        encoding: 'utf8',
        env: { ...process.env, DUBAN_DB: join(dir, 'chat.sqlite'), LOG_LEVEL: 'error', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' },
        timeout: 240_000,
      });
      const out = run.stdout;
      expect(run.status).toBe(0);
      expect(out).toContain('2022-W10 进度征询');
      // 已完成60% from a unit with two tasks: asked back, not stored.
      expect(out).toContain('请问是哪项任务（任务13、任务s2）');
      expect(out).not.toContain('已记录：任务13 已完成');
      expect(out).toContain('已记录：任务13 推进中 60%（市教育局）');
      expect(out).toContain('已更正：任务13 推进中 70%，预计2022-06-30完成；阻碍：资金（市教育局）');
      expect(out).toContain('2022-W10 进度周报');
      expect(out).toMatch(/任务13[^\n]*预计 2022-06-30[^\n]*阻碍：资金/);
    } finally {
      cleanup();
    }
  }, 300_000);
});
