#!/usr/bin/env node
// npm does not link a package's own bin into its node_modules/.bin, so `npx duban` in a fresh clone
// would look for a registry package of that name. Link ours after install (idempotent).
import { mkdirSync, symlinkSync, rmSync, existsSync, chmodSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
if (existsSync(join(root, 'node_modules'))) {
  mkdirSync(binDir, { recursive: true });
  const link = join(binDir, 'duban');
  rmSync(link, { force: true });
  symlinkSync(relative(binDir, join(root, 'bin', 'duban.js')), link);
  chmodSync(join(root, 'bin', 'duban.js'), 0o755);
}
