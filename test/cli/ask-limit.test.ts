// One question limit on every path (issue 13 "question limits differ"): `duban ask` refuses a
// question longer than a chat message with the chat's own reply, on the command line and on stdin.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../support/fixtures.ts';
import { MAX_INPUT_CHARS } from '../../src/core/dispatch.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'duban.js');

describe('duban ask and the chat limit', () => {
  test('GIVEN a 2,400-character question THEN 消息过长（2400 > 2000）, found false; a short one on the next line is answered', () => {
    const { dir, cleanup } = tempDir();
    try {
      const long = '谁牵头'.repeat(800);
      const env = { ...process.env, DUBAN_DB: join(dir, 'ask.sqlite'), DUBAN_SEEDS: join(ROOT, 'seeds') };
      const one = spawnSync(process.execPath, [BIN, 'ask', long], { cwd: ROOT, encoding: 'utf8', env });
      expect(one.status, one.stderr).toBe(0);
      expect(one.stdout.trim()).toBe(`消息过长（2400 > ${MAX_INPUT_CHARS}）。请精简到 ${MAX_INPUT_CHARS} 字以内后重试。`);
      const lines = spawnSync(process.execPath, [BIN, 'ask', '--json'], { cwd: ROOT, encoding: 'utf8', env, input: `${long}\n谁牵头推动5G赋能交通？\n` });
      const [a, b] = lines.stdout.trim().split('\n').map((l) => JSON.parse(l) as { found: boolean; text: string; units: string[] });
      expect(a).toMatchObject({ found: false, units: [] });
      expect(a.text).toContain('消息过长');
      expect(b.found).toBe(true);
      expect(b.units).toContain('市工业和信息化局');
    } finally {
      cleanup();
    }
  }, 180_000);
});
