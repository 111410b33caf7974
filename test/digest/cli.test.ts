// `duban report` and `duban digest` through the real CLI (node bin/duban.js) on a seeded store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.ts';
import { tempDir } from '../support/fixtures.ts';
import { seedPlan } from '../progress/plan-fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'duban.js');
const tmp = tempDir('duban-cli-digest-');
const db = join(tmp.dir, 'cli.sqlite');
const seeds = join(tmp.dir, 'no-seeds');

function duban(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--db', db], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DUBAN_SEEDS: seeds, DUBAN_DB: '' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  mkdirSync(seeds);
  const store = openStore(db);
  seedPlan(store);
  store.close();
});
afterAll(() => tmp.cleanup());

describe('duban report / duban digest', () => {
  it('records from options and from free text, rejects 120%, and the digest shows them', () => {
    const a = duban('report', '--unit', '市工信局', '--task', '1', '--status', '推进中', '--percent', '60', '--note', '新增5G工厂12家', '--week', '2022-W10', '--id', 'x1');
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toContain('推进中 60%');
    const b = duban('report', '--unit', '发改委', '--week', '2022-W10', '--id', 'x2', '任务2 受阻：用地审批未完成');
    expect(b.code, b.stderr).toBe(0);
    const again = duban('report', '--unit', '发改委', '--week', '2022-W10', '--id', 'x2', '任务2 受阻：用地审批未完成');
    expect(again.stdout).toContain('未重复记录');
    const bad = duban('report', '--unit', '发改委', '--week', '2022-W10', '任务2 完成120%');
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('100%');

    const md = duban('digest', '--week', '2022-W10', '--format', 'markdown');
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('2022-W10 进度周报');
    expect(md.stdout).toContain('推进中 1（+1）');
    expect(md.stdout).toContain('受阻 1（+1）');
    const json = JSON.parse(duban('digest', '--week', '2022-W10', '--format', 'json', '--plan', '5G应用').stdout);
    expect(json.schema).toBe('duban.digest/1');
    expect(json.units.reported).toHaveLength(2);
    expect(json.atRisk[0]).toMatchObject({ taskNumber: '2', status: '受阻' });
  });

  it('bad arguments: one line, non-zero exit', () => {
    const r = duban('digest', '--week', '2022-13', '--format', 'markdown');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(duban('digest', '--format', 'pdf').code).toBe(2);
    expect(duban('report').code).toBe(2);
  });
});
