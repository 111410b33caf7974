// `duban export --format xlsx|csv [--out FILE] [--tenant T] [--db FILE] [--timezone TZ]`: the ledger
// (台账) of every plan's tasks with the latest reported progress of one workspace (issue 6).
// `--out -` writes to standard output (CSV only makes sense there).
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
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
  let values: { format?: string; out?: string; tenant?: string; db?: string; timezone?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        tenant: { type: 'string' },
        db: { type: 'string' },
        timezone: { type: 'string' },
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
  const out = values.out ?? `duban-ledger-${new Date().toISOString().slice(0, 10)}.${format}`;
  if (out === '-' && format === 'xlsx') return fail('an xlsx workbook cannot go to standard output; give --out FILE');

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
    console.log(`ledger: ${rows.length} tasks${tenant ? ` (workspace ${tenant})` : ''} → ${out} (${formatBytes(bytes.length)}, ${ms} ms)`);
    return 0;
  } catch (err) {
    return fail((err as Error).message, 1);
  } finally {
    store.close();
  }
}
