// The core and the commands stay platform-free and go through the store for SQL (house.md layering);
// the console path (main.ts, cli/chat.ts, adapters/console) never loads Bolt or discord.js statically.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const STATIC_IMPORT = /^\s*import\s[^;]*?from\s+['"]([^'"]+)['"]/gm;

function staticImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)].map((m) => m[1]);
}

describe('layering', () => {
  test('GIVEN src/core and commands THEN no discord.js, @slack/bolt or better-sqlite3 import', () => {
    const bad = [...files(join(root, 'src', 'core')), ...files(join(root, 'commands'))].flatMap((f) =>
      staticImports(f)
        .filter((s) => /^(discord\.js|@slack\/|better-sqlite3)/.test(s))
        .map((s) => `${relative(root, f)} → ${s}`),
    );
    expect(bad).toEqual([]);
  });

  test('GIVEN the console path THEN the platform adapters are not imported statically', () => {
    const path = [join(root, 'src', 'main.ts'), join(root, 'src', 'cli', 'chat.ts'), join(root, 'src', 'cli', 'start.ts'), ...files(join(root, 'src', 'adapters', 'console'))];
    const bad = path.flatMap((f) => staticImports(f).filter((s) => /adapters\/(slack|discord)|^discord\.js|^@slack\//.test(s)).map((s) => `${relative(root, f)} → ${s}`));
    expect(bad).toEqual([]);
  });
});
