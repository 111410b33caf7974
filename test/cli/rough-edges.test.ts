// The CLI's rough edges of issue 13, through the real `duban` command: `duban <sub> --help` prints that
// subcommand's usage; `duban units | head` ends quietly; the console chat keeps log lines off the terminal.
import { describe, expect, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'duban.js');

describe('duban CLI', () => {
  test('GIVEN `duban import --help` and `duban start -h` THEN that subcommand\'s usage on stdout, exit 0', () => {
    const imp = spawnSync(process.execPath, [BIN, 'import', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(imp.status, imp.stderr).toBe(0);
    expect(imp.stdout).toContain('usage: duban import FILE… [--db FILE]');
    expect(imp.stderr).toBe('');
    const start = spawnSync(process.execPath, [BIN, 'start', '-h'], { cwd: ROOT, encoding: 'utf8' });
    expect(start.status).toBe(0);
    expect(start.stdout).toMatch(/^usage: duban start\n/);
  });

  test('GIVEN `duban units` whose reader closes after the first chunk (| head -1) THEN no EPIPE stack, exit 0', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const child = spawn(process.execPath, [BIN, 'units', '--db', join(dir, 'u.sqlite')], {
        cwd: ROOT, env: { ...process.env, DUBAN_SEEDS: join(ROOT, 'seeds') }, stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      // Like `head -1`: read one chunk, then close the pipe while duban is still writing.
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(stderr).not.toMatch(/EPIPE|at .*\(.*:\d+:\d+\)/);
      expect(code).toBe(0);
    } finally {
      cleanup();
    }
  }, 120_000);

  test('GIVEN the console chat and a seed that fails THEN no JSON log line on the terminal, the warning in duban.log', () => {
    const { dir, cleanup } = tempDir();
    try {
      const seeds = join(dir, 'seeds');
      mkdirSync(seeds);
      writeFileSync(join(seeds, 'bad.json'), '{"not":"a plan"}');
      const r = spawnSync(process.execPath, [BIN, 'chat', '--seeds', seeds], {
        cwd: ROOT, encoding: 'utf8', input: '/duban help\n',
        env: { ...process.env, DUBAN_DB: join(dir, 'chat.sqlite'), LOG_LEVEL: 'info', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(`${r.stdout}${r.stderr}`).not.toContain('"level"');
      expect(r.stdout).toContain('/duban');
      const logFile = join(dir, 'duban.log');
      expect(existsSync(logFile)).toBe(true);
      expect(readFileSync(logFile, 'utf8')).toContain('seed not imported');
    } finally {
      cleanup();
    }
  }, 120_000);
});
