// `duban export --format xlsx|csv [--out FILE] [--force] [--tenant T] [--db FILE] [--timezone TZ]`: the
// ledger (台账) of every plan's tasks with the latest reported progress of one workspace (issue 6).
// CSV without --out (or `--out -`) goes to standard output and nothing else does, so `> ledger.csv`
// holds the CSV alone; the status line goes to standard error. An existing file is overwritten only
// with --force (issue 13). An xlsx workbook without --out goes to duban-ledger-DATE.xlsx.
import { parseArgs } from 'node:util';
import { existsSync, writeFileSync } from 'node:fs';
import { openStore, resolveDbPath } from '../store/open.ts';
import { listLedgerTenants, readLedger } from '../store/ledger-reader.ts';
import { ledgerToCsv } from '../ledger/ledger-to-csv.ts';
import { ledgerToXlsx } from '../ledger/ledger-to-xlsx.ts';
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import { formatBytes } from './backup.ts';
import { setting } from '../config.ts';

const FORMATS = ['xlsx', 'csv'] as const;
type Format = (typeof FORMATS)[number];

function fail(message: string, code = 2): number {
  console.error(`duban export: ${message}`);
  return code;
}

export async function run(argv: string[]): Promise<number> {
  let values: { format?: string; out?: string; tenant?: string; db?: string; timezone?: string; force?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        tenant: { type: 'string' },
        db: { type: 'string' },
        timezone: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
      allowPositionals: false,
    }));
  } catch (err) {
    return fail((err as Error).message);
  }
  const format = (values.format ?? 'xlsx') as Format;
  if (!FORMATS.includes(format)) return fail(`--format must be xlsx or csv, not "${values.format}"`);
  const timeZone = values.timezone ?? setting('DUBAN_TZ') ?? DEFAULT_TIMEZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return fail(`unknown time zone "${timeZone}"`);
  }
  const out = values.out ?? (format === 'csv' ? '-' : `duban-ledger-${new Date().toISOString().slice(0, 10)}.xlsx`);
  if (out === '-' && format === 'xlsx') return fail('an xlsx workbook cannot go to standard output; give --out FILE');
  if (out !== '-' && existsSync(out) && !values.force) return fail(`${out} already exists; add --force to overwrite it`);

  const store = openStore(resolveDbPath(values.db));
  try {
    // Progress belongs to one workspace (issue 4 "no data crosses them"): never merge two in one ledger.
    let tenant = values.tenant;
    if (tenant === undefined) {
      const tenants = listLedgerTenants(store);
      if (tenants.length > 1) return fail(`this store holds several workspaces; pass --tenant (${tenants.join(', ')})`);
      tenant = tenants[0];
    }
    const rows = readLedger(store, { tenant: tenant ?? null });
    const started = performance.now();
    const bytes: Uint8Array = format === 'csv' ? Buffer.from(ledgerToCsv(rows, { timeZone }), 'utf8') : await ledgerToXlsx(rows, { timeZone });
    if (out === '-') {
      process.stdout.write(bytes);
      return 0;
    }
    writeFileSync(out, bytes);
    const ms = Math.round(performance.now() - started);
    console.error(`ledger: ${rows.length} tasks${tenant ? ` (workspace ${tenant})` : ''} → ${out} (${formatBytes(bytes.length)}, ${ms} ms)`);
    return 0;
  } catch (err) {
    return fail((err as Error).message, 1);
  } finally {
    store.close();
  }
}
