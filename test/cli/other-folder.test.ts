// A new user who runs duban from another folder than the checkout still gets the seeds on first
// start (`duban chat`, `duban digest`), as `duban ask` and `duban units` did (issue 13 audit).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/fixtures.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'duban.js');

describe('duban from another folder', () => {
  test('GIVEN an empty store and a folder without seeds/ THEN chat answers from the seeds and digest covers them', () => {
    const { dir, cleanup } = tempDir();
    try {
      const env = { ...process.env, DUBAN_DB: join(dir, 'x.sqlite'), DUBAN_SEEDS: '', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' };
      const chat = spawnSync(process.execPath, [BIN, 'chat'], { cwd: dir, encoding: 'utf8', env, input: '谁牵头推动5G赋能交通？\n' });
      expect(chat.status, chat.stderr).toBe(0);
      expect(chat.stdout).toContain('市交通运输局');
      const digest = spawnSync(process.execPath, [BIN, 'digest', '--week', '2022-W10', '--plan', '开封5G'], { cwd: dir, encoding: 'utf8', env: { ...env, DUBAN_DB: join(dir, 'y.sqlite') } });
      expect(digest.status, digest.stderr).toBe(0);
      expect(digest.stdout).toContain('# 开封5G · 2022-W10 进度周报');
    } finally {
      cleanup();
    }
  }, 240_000);
});
