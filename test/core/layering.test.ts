// The import rule of the house (issue 14), as a test. Folders sit on layers and import only their own
// layer's files or lower ones: text ← core ← store/ingest/ledger ← answer/progress/digest/plans ←
// commands ← adapters ← entry (main.ts, cli, bench). Nothing points up, no two folders import each
// other, production code imports no test code; only src/adapters/* import discord.js or @slack/*, only
// src/store/* import better-sqlite3. Same layers as ../shared/eval/layers.mjs.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The layer of each folder (or top file) under src/, and commands/. A folder not listed is a finding. */
const LAYERS: Readonly<Record<string, number>> = {
  text: 0,
  core: 1, 'config.ts': 1, 'log.ts': 1,
  store: 2, ingest: 2, ledger: 2,
  answer: 3, progress: 3, digest: 3, plans: 3,
  commands: 4,
  adapters: 5,
  'main.ts': 6, cli: 6, 'cli.ts': 6, bench: 6,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mts|js|mjs)$/.test(name) ? [p] : [];
  });
}

// import … from '…', import type …, export … from '…', import '…', and import('…').
const IMPORT = /^\s*(?:import|export)\s(?:[^'"]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
}

/** The folder a project-relative path belongs to: `commands`, `test`, or src/<first segment>. */
function folderOf(rel: string): string {
  const [top, second] = rel.split('/');
  return top === 'src' ? second : top;
}

/** Findings for a set of files (project-relative path → source): upward, mutual, unlisted, test imports. */
function layerFindings(sources: ReadonlyMap<string, string>): string[] {
  const findings: string[] = [];
  const arrows = new Set<string>();
  for (const [rel, source] of sources) {
    const from = folderOf(rel);
    for (const spec of importsOf(source).filter((s) => s.startsWith('.'))) {
      const to = folderOf(relative(root, resolve(root, dirname(rel), spec)));
      if (from === to) continue;
      arrows.add(`${from}>${to}`);
      if (to === 'test') findings.push(`${rel} imports test code (${spec})`);
      else if (!(from in LAYERS) || !(to in LAYERS)) findings.push(`${rel} → ${spec}: ${from in LAYERS ? to : from} is on no layer`);
      else if (LAYERS[to] > LAYERS[from]) findings.push(`${rel} → ${spec}: ${from} (${LAYERS[from]}) points up to ${to} (${LAYERS[to]})`);
    }
  }
  for (const arrow of arrows) {
    const [a, b] = arrow.split('>');
    if (a < b && arrows.has(`${b}>${a}`)) findings.push(`${a} and ${b} import each other`);
  }
  return findings;
}

/** Findings for packages: chat SDKs outside src/adapters, better-sqlite3 outside src/store. */
function packageFindings(sources: ReadonlyMap<string, string>): string[] {
  return [...sources].flatMap(([rel, source]) =>
    importsOf(source).flatMap((spec) => {
      if (/^(discord\.js|@discordjs\/|@slack\/)/.test(spec) && !rel.startsWith('src/adapters/')) return [`${rel} → ${spec}: only src/adapters/* talk to a chat platform`];
      if (/^better-sqlite3/.test(spec) && !rel.startsWith('src/store/')) return [`${rel} → ${spec}: only src/store/* open SQLite`];
      return [];
    }),
  );
}

function projectSources(): Map<string, string> {
  const all = [...files(join(root, 'src')), ...files(join(root, 'commands'))];
  return new Map(all.map((f) => [relative(root, f), readFileSync(f, 'utf8')]));
}


/** A made-up source tree: file path → its text. */
const treeOf = (...files: Array<[string, string]>) => new Map(files);

describe('layering', () => {
  const sources = projectSources();

  test('GIVEN src/ and commands/ THEN every import points sideways within its folder or down a layer, and no two folders import each other', () => {
    expect(layerFindings(sources)).toEqual([]);
  });

  test('GIVEN src/ and commands/ THEN chat SDKs only in src/adapters, better-sqlite3 only in src/store', () => {
    expect(packageFindings(sources)).toEqual([]);
  });

  test('GIVEN src/core importing src/store THEN the rule finds the upward arrow', () => {
    const tree = new Map([['src/core/dispatch.ts', "import type { Store } from '../store/open.ts';\n"]]);
    expect(layerFindings(tree)).toEqual(['src/core/dispatch.ts → ../store/open.ts: core (1) points up to store (2)']);
  });

  test('GIVEN an export-from and a dynamic import pointing up THEN both are found', () => {
    const tree = treeOf(['src/text/script.ts', "export { x } from '../core/clock.ts';\n"], ['src/store/open.ts', "const m = await import('../progress/week.ts');\n"]);
    expect(layerFindings(tree)).toHaveLength(2);
  });

  test('GIVEN digest and progress importing each other (same layer) THEN the pair is found', () => {
    const tree = treeOf(['src/digest/build.ts', "import { isoWeekOf } from '../progress/week.ts';\n"], ['src/progress/post.ts', "import { buildDigest } from '../digest/build.ts';\n"]);
    expect(layerFindings(tree)).toEqual(['digest and progress import each other']);
  });

  test('GIVEN bench importing test support, or a folder on no layer THEN both are found', () => {
    const tree = treeOf(['src/bench/slack-load.ts', "import { startFakeSlack } from '../../test/support/fake-slack.ts';\n"], ['src/util/x.ts', "import { cut } from '../text/cut.ts';\n"]);
    expect(layerFindings(tree)).toEqual([
      'src/bench/slack-load.ts imports test code (../../test/support/fake-slack.ts)',
      'src/util/x.ts → ../text/cut.ts: util is on no layer',
    ]);
  });

  test('GIVEN a command importing better-sqlite3 and core importing discord.js THEN both are found', () => {
    const tree = treeOf(['commands/ask.ts', "import Database from 'better-sqlite3';\n"], ['src/core/reply.ts', "import { EmbedBuilder } from 'discord.js';\n"]);
    expect(packageFindings(tree)).toHaveLength(2);
  });

  test('GIVEN the console path THEN the platform adapters are not imported statically', () => {
    const path = ['src/main.ts', 'src/cli/chat.ts', 'src/cli/start.ts', ...[...sources.keys()].filter((f) => f.startsWith('src/adapters/console/'))];
    const bad = path.flatMap((f) =>
      [...(sources.get(f) ?? '').matchAll(/^\s*import\s[^;]*?from\s+['"]([^'"]+)['"]/gm)]
        .map((m) => m[1])
        .filter((s) => /adapters\/(slack|discord)|^discord\.js|^@slack\//.test(s))
        .map((s) => `${f} → ${s}`),
    );
    expect(bad).toEqual([]);
  });
});
