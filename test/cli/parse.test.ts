// `duban parse` through the real CLI (node bin/duban.js), issue 2 "Bad input": each bad file gives
// exactly one line on stderr naming the file and the problem, exit 1 and an empty stdout.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'duban.js');
let dir = '';

function parse(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'parse', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DUBAN_DEBUG: '' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLineError(r: ReturnType<typeof parse>, file: string, problem: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l.trim());
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(problem);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/); // never a stack trace
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duban-parse-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad input', () => {
  test('GIVEN an empty file THEN one line: empty', () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    expectOneLineError(parse(file, '--json'), 'empty.txt', /empty/);
  });

  test('GIVEN only white space THEN one line: empty', () => {
    const file = join(dir, 'blank.txt');
    writeFileSync(file, '\r\n   \t\u3000\r\n');
    expectOneLineError(parse(file, '--json'), 'blank.txt', /empty/);
  });

  test('GIVEN a binary file THEN one line: binary', () => {
    const file = join(dir, 'photo.txt');
    const bytes = Buffer.alloc(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37 + 11) % 256;
    writeFileSync(file, bytes);
    expectOneLineError(parse(file, '--json'), 'photo.txt', /binary/);
  });

  test('GIVEN a 20 MB file THEN one line: too large, quickly', () => {
    const file = join(dir, 'huge.txt');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 20 * 1024 * 1024);
    closeSync(fd);
    expectOneLineError(parse(file, '--json'), 'huge.txt', /too large/);
  });

  test('GIVEN text that is no plan (English, or Chinese prose without items) THEN one line: no plan', () => {
    const english = join(dir, 'notes.txt');
    writeFileSync(english, 'Shopping list\n1. milk\n2. bread\n');
    expectOneLineError(parse(english, '--json'), 'notes.txt', /no plan/);
    const prose = join(dir, 'poem.txt');
    writeFileSync(prose, '床前明月光，疑是地上霜。举头望明月，低头思故乡。春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。');
    expectOneLineError(parse(prose, '--json'), 'poem.txt', /no plan/);
  });

  test('GIVEN a missing file THEN one line: no such file', () => {
    expectOneLineError(parse(join(dir, 'nope.txt'), '--json'), 'nope.txt', /no such file/);
  });

  test('GIVEN no FILE THEN usage on stderr, nothing on stdout, non-zero', () => {
    const r = parse();
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage: duban parse FILE/);
  });
});

describe('good input', () => {
  const seed = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()[0];

  test('GIVEN a seed with --json THEN stdout is exactly one Plan JSON (2-space indent), stderr empty', () => {
    const r = parse(join('seeds', seed), '--json');
    expect(r.code).toBe(0);
    expect(r.stderr.replace(/^npm warn.*\n?/gm, '')).toBe('');
    const plan = JSON.parse(r.stdout);
    expect(typeof plan.plan.title).toBe('string');
    expect(plan.plan.title.length).toBeGreaterThan(4);
    expect(Array.isArray(plan.tasks)).toBe(true);
    expect(r.stdout).toMatch(/^\{\n {2}"plan": \{/);
  });

  test('GIVEN --compact THEN one line of JSON', () => {
    const r = parse(join('seeds', seed), '--json', '--compact');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).plan.kind).toMatch(/^(plan|interpretation)$/);
  });

  test('GIVEN the GBK .docx and .pdf fixtures THEN the same title from each', () => {
    const titles = ['plan-gbk.txt', 'plan.docx', 'plan-cid.pdf'].map((f) => {
      const r = parse(join('test', 'fixtures', 'ingest', f), '--json');
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout).plan;
    });
    for (const p of titles) {
      expect(p.title).toBe('湖州市数字乡村建设行动方案');
      expect(p.docNumber).toBe('湖政办发〔2022〕15号');
      expect(p.issuedOn).toBe('2022-03-15');
    }
  });

  test('GIVEN stdout closed early (| head -c 10) THEN exit 0 and no stack trace', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" parse "${join('seeds', seed)}" --json | head -c 10 >/dev/null`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr.replace(/^npm warn.*\n?/gm, '')).not.toMatch(/Error|\n\s+at /);
  });

  test('GIVEN no --json THEN a short human summary naming the plan', () => {
    const r = parse(join('test', 'fixtures', 'ingest', 'plan-gbk.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('计划: 湖州市数字乡村建设行动方案');
    expect(r.stdout).toMatch(/tasks: \d+/);
    expect(r.stdout.split('\n').length).toBeLessThan(20);
  });
});
