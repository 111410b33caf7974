// `duban import FILE… [--db FILE]`: parse and store plan documents, one progress line per file.
// Exit 0 when every file was imported or unchanged, 1 when any failed (the others stay imported).
import { parseArgs } from 'node:util';
import { openStore, resolveDbPath } from '../store/open.ts';
import { importPlanFiles } from '../plans/import-plans.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { db: { type: 'string' } }, allowPositionals: true });
  if (!positionals.length) {
    console.error('usage: duban import FILE… [--db FILE]');
    return 2;
  }
  const store = openStore(resolveDbPath(values.db));
  try {
    const results = await importPlanFiles(store, positionals, (line) => console.log(line));
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  } finally {
    store.close();
  }
}
