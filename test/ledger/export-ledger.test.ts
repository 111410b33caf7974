// The ledger read from a real store (plans saved through savePlan from the gold annotations) and
// written by `duban export` on the CLI, then read back.
import { describe, expect } from 'vitest';
import { readFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from '../support/fixtures.ts';
import { inTempDir } from '../support/temp-dir.ts';
import { savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';
import { readLedger } from '../../src/store/ledger-reader.ts';
import { parseCsv, BOM } from '../../src/ledger/ledger-to-csv.ts';
import { LEDGER_HEADERS } from '../../src/ledger/ledger-row.ts';
import { readXlsx } from './read-xlsx.ts';
import { ROOT } from '../trust/support/spawn.ts';
import type { Store } from '../../src/store/open.ts';
import { joinUnit } from '../../src/progress/members.ts';
import { recordProgress } from '../../src/progress/record.ts';

const GOLD = join(ROOT, 'test', 'fixtures', 'gold');
const gold = (f: string) => JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as SavablePlan;

function loadGold(store: Store): SavablePlan[] {
  const plans = ['000_6173c8755c7b6adf.json', '002_56b0b1f0d4126dc9.json'].map(gold);
  plans.forEach((p, i) => savePlan(store, p, { name: `gold-${i}.txt`, sha256: `sha-${i}` }, new Date('2022-03-01T00:00:00Z')));
  return plans;
}

describe('readLedger', () => {
  test('GIVEN two saved plans THEN one row per task with units by role and deadlines', ({ store }) => {
    const plans = loadGold(store);
    const rows = readLedger(store, { tenant: null });
    expect(rows).toHaveLength(plans[0].tasks.length + plans[1].tasks.length);
    const t4 = rows.find((r) => r.plan === '广州市加快5G应用创新发展三年行动计划' && r.taskId === '4')!;
    expect(t4.taskTitle).toBe('推动5G赋能交通');
    expect(t4.leads).toEqual(['市工业和信息化局', '市交通运输局', '市公交集团', '广州地铁集团']);
    expect(t4.supports).toContain('天河区政府');
    expect(t4.status).toBeNull();
    const k11 = rows.find((r) => r.plan === '开封市加快5G产业发展三年行动计划' && r.taskId === '1.1')!;
    expect(k11.deadlines).toEqual(['2020-10-31']);
  });
});

/** `duban export ARGS --db <store>`, run as a user would, from `cwd` when given. */
function exportLedger(store: Store, args: string[], cwd?: string) {
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'duban.js'), 'export', ...args, '--db', store.file], { encoding: 'utf8', cwd });
}

describe('duban export', () => {
  test('GIVEN --format csv THEN a BOM file whose rows read back to the ledger', ({ store }) => {
    loadGold(store);
    return inTempDir((dir) => {
      const out = join(dir, '台账.csv');
      const r = exportLedger(store, ['--format', 'csv', '--out', out]);
      expect(r.status).toBe(0);
      // The status line is for the person, on stderr; stdout stays empty when the CSV goes to a file.
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/45 tasks/);
      const text = readFileSync(out, 'utf8');
      expect(text.startsWith(BOM)).toBe(true);
      const cells = parseCsv(text);
      expect(cells[0]).toEqual([...LEDGER_HEADERS]);
      expect(cells).toHaveLength(46);
      const row = cells.find((c) => c[1] === '4' && c[0].startsWith('广州'))!;
      expect(row[3]).toBe('市工业和信息化局、市交通运输局、市公交集团、广州地铁集团');
    });
  });

  test('GIVEN --format xlsx THEN a workbook whose 完成时限 cells are dates', ({ store }) => {
    loadGold(store);
    return inTempDir(async (dir) => {
      const out = join(dir, 'ledger.xlsx');
      expect(exportLedger(store, ['--format', 'xlsx', '--out', out]).status).toBe(0);
      expect(existsSync(out)).toBe(true);
      const sheet = await readXlsx(readFileSync(out));
      expect(sheet).toHaveLength(46);
      const row = sheet.find((c) => c[1].value === '1.1' && String(c[0].value).startsWith('开封'))!;
      expect(row[6].format).toBe('yyyy-mm-dd');
      expect(Number(row[6].value)).toBe(44135); // 2020-10-31
    });
  });

  test('GIVEN --format csv without --out THEN stdout holds the CSV alone (for `> ledger.csv`), no file written', ({ store }) => {
    loadGold(store);
    return inTempDir((dir) => {
      const r = exportLedger(store, ['--format', 'csv'], dir);
      expect(r.status).toBe(0);
      expect(r.stdout.startsWith(BOM)).toBe(true);
      const cells = parseCsv(r.stdout);
      expect(cells[0]).toEqual([...LEDGER_HEADERS]);
      expect(cells).toHaveLength(46);
      expect(readdirSync(dir)).toEqual([]);
    });
  });

  test('GIVEN --out naming a file that exists THEN refused with exit 2 and the file kept; with --force THEN overwritten', ({ store }) => {
    loadGold(store);
    return inTempDir((dir) => {
      const out = join(dir, 'ledger.csv');
      writeFileSync(out, 'keep me');
      const refused = exportLedger(store, ['--format', 'csv', '--out', out]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('--force');
      expect(readFileSync(out, 'utf8')).toBe('keep me');
      expect(exportLedger(store, ['--format', 'csv', '--out', out, '--force']).status).toBe(0);
      expect(parseCsv(readFileSync(out, 'utf8'))).toHaveLength(46);
    });
  });

  test('GIVEN a bad format or xlsx to stdout THEN one line on stderr and exit 2', ({ store }) => {
    for (const args of [['--format', 'pdf'], ['--format', 'xlsx', '--out', '-']]) {
      const r = exportLedger(store, args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('the ledger with progress of two workspaces', () => {
  function report(store: Store, tenant: string, user: string, id: string, at: string, fields: Record<string, unknown>) {
    const r = recordProgress(store, { tenant, user, platform: 'slack', sourceMessageId: id, at: new Date(at), plan: '广州市加快5G应用创新发展三年行动计划', ...fields });
    expect(r.status, r.text).toBe('recorded');
  }

  test('GIVEN reports in T1 and T2 THEN each ledger shows its own latest report, and export asks which workspace', ({ store }) => {
    loadGold(store);
    const now = new Date('2022-03-07T01:00:00Z');
    joinUnit(store, { tenant: 'T1', user: 'u1', unit: '广州市交通运输局', now });
    joinUnit(store, { tenant: 'T2', user: 'u2', unit: '广州市交通运输局', now });
    report(store, 'T1', 'u1', 'm1', '2022-03-07T02:00:00Z', { task: '4', status: '推进中', percent: 40, note: '第一次' });
    report(store, 'T1', 'u1', 'm2', '2022-03-08T09:30:00Z', { task: '4', status: '推进中', percent: 60, note: '=1+1 新增5G公交100辆' });
    report(store, 'T2', 'u2', 'm1', '2022-03-09T02:00:00Z', { task: '4', status: '滞后', percent: 10, note: 'T2 的说明' });
    report(store, 'T1', 'u1', 'm3', '2022-03-10T02:00:00Z', { task: '4', noChange: true });

    const row = (tenant: string) => readLedger(store, { tenant }).find((r) => r.taskId === '4' && r.plan.startsWith('广州'))!;
    const t1 = row('T1');
    expect([t1.status, t1.percent, t1.reportedBy]).toEqual(['推进中', 60, '市交通运输局']);
    expect(t1.reportedAt?.toISOString()).toBe('2022-03-10T02:00:00.000Z');
    expect(t1.note).toBe('本周无新进展');
    const t2 = row('T2');
    expect([t2.status, t2.percent, t2.note]).toEqual(['滞后', 10, 'T2 的说明']);
    // A workspace with nothing reported sees the plan, not the others' progress.
    expect(row('T3').status).toBeNull();

    return inTempDir((dir) => {
      const ambiguous = exportLedger(store, ['--format', 'csv', '--out', join(dir, 'x.csv')]);
      expect(ambiguous.status).toBe(2);
      expect(ambiguous.stderr).toMatch(/--tenant \(T1, T2\)/);
      const out = join(dir, 't1.csv');
      const ok = exportLedger(store, ['--format', 'csv', '--out', out, '--tenant', 'T1']);
      expect(ok.status, ok.stderr).toBe(0);
      const cells = parseCsv(readFileSync(out, 'utf8')).find((c) => c[1] === '4' && c[0].startsWith('广州'))!;
      expect(cells.slice(7, 12)).toEqual(['推进中', '60%', '2022-03-10 10:00', '市交通运输局', '本周无新进展']);
    });
  });
});
