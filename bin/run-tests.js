#!/usr/bin/env node
// `npm test`: vitest over test/, then one plain line `N passed, N failed` (CI reads that line, not
// vitest's own summary). Two passes: most files in parallel, then the heavy suites (the 1,100-request
// Slack load, the seeds, fuzzing with its runaway bounds, SIGKILL crashes) one file at a time, so
// they do not starve each other. Speed figures are `npm run bench`'s, never a test's.
// Extra arguments go to vitest as one pass, e.g. `npm test -- test/ingest`.
// Skipped tests are counted in that line (`, N skipped`); a run that executed no test fails: a filter
// that matches nothing is a mistake, not a pass (issue 14).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
// vitest takes globs for --exclude but plain substrings as file filters: keep both forms.
const QUIET = [
  ['test/adapters/slack-load.test.ts', 'test/adapters/slack-load.test.ts'],
  ['test/seeds.test.ts', 'test/seeds.test.ts'],
  ['test/trust/crash-*.test.ts', 'test/trust/crash-'],
  ['test/trust/fuzz-*.test.ts', 'test/trust/fuzz-'],
  ['test/trust/inbox-replay.test.ts', 'test/trust/inbox-replay.test.ts'],
];

const extra = process.argv.slice(2);
const passes = extra.length
  ? [extra]
  : [QUIET.flatMap(([glob]) => ['--exclude', glob]), ['--fileParallelism=false', ...QUIET.map(([, filter]) => filter)]];

let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;
for (const args of passes) {
  const result = runPass(args);
  passed += result.passed;
  failed += result.failed;
  skipped += result.skipped;
  ok &&= result.ok;
}
if (!ok && failed === 0) failed = 1; // vitest failed outside any test (config, crash)
const executed = passed + failed;
if (executed === 0) console.error('no test ran: check the file filter');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 && executed > 0 ? 0 : 1);

function runPass(args) {
  const dir = mkdtempSync(join(tmpdir(), 'duban-test-'));
  const report = join(dir, 'vitest.json');
  const run = spawnSync(
    process.execPath,
    [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, '--passWithNoTests', ...args],
    { cwd: root, stdio: 'inherit' },
  );
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // A file that failed to load counts once; a file whose tests failed is counted by its tests.
    const brokenFiles = (json.testResults ?? []).filter(
      (s) => s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed'),
    ).length;
    failed = (json.numFailedTests ?? 0) + brokenFiles;
  } else {
    failed = 1;
  }
  rmSync(dir, { recursive: true, force: true });
  return { passed, failed, skipped, ok: run.status === 0 };
}
