// `duban backup FILE [--db FILE] [--force]`: an online copy of the live store (SQLite backup API),
// safe while the bot runs. Prints the copy's size and how long it took.
import { parseArgs } from 'node:util';
import { backupStore } from '../store/backup.ts';
import { resolveDbPath } from '../store/open.ts';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export async function run(argv: string[]): Promise<number> {
  let values: { db?: string; force?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, force: { type: 'boolean' } },
      allowPositionals: true,
    }));
  } catch (err) {
    console.error(`duban backup: ${(err as Error).message}`);
    return 2;
  }
  if (positionals.length !== 1) {
    console.error('duban backup: give one target file, e.g. `duban backup backups/duban-2022-03-07.sqlite`');
    return 2;
  }
  try {
    const r = await backupStore(resolveDbPath(values.db), positionals[0], { force: values.force });
    console.log(`backup: ${r.source} → ${r.target}`);
    console.log(`size: ${formatBytes(r.bytes)} (${r.pages} pages)`);
    console.log(`time: ${Math.round(r.ms)} ms`);
    console.log(`integrity: ${r.integrity}`);
    return 0;
  } catch (err) {
    console.error(`duban backup: ${(err as Error).message}`);
    return 1;
  }
}
