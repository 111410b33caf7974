// `duban digest --help` names every option a new user needs, --plan first among them (issue 13:
// "the CLI takes --plan", and the usage said only --week and --format).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('duban digest --help', () => {
  test('GIVEN duban digest --help THEN its usage names --week, --plan, the three formats and --chart', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'duban.js'), 'digest', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const usage = r.stdout.split('\n')[0];
    for (const part of ['--week', '--plan NAME', 'markdown|text|json', '--chart', '--db']) expect(usage).toContain(part);
  }, 60_000);
});
