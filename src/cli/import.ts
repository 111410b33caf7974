// `duban import FILE… [--db FILE]`: parse and store plan documents, one progress line per file and
// a summary of what was found.
// Exit 0 when every file was imported or unchanged, 1 when any failed (the others stay imported).
import { parseArgs } from 'node:util';
import { openStore, resolveDbPath } from '../store/open.ts';
import { importPlanFiles } from '../plans/import-plans.ts';
import { formatSummary } from '../plans/import-summary.ts';
import { formatReapply } from '../plans/corrections.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { db: { type: 'string' } }, allowPositionals: true });
  if (!positionals.length) {
    console.error('usage: duban import FILE… [--db FILE]');
    return 2;
  }
  const store = openStore(resolveDbPath(values.db));
  try {
    // A line per file, then what was found (to confirm, and correct with /duban fix in chat).
    const results = await importPlanFiles(store, positionals, (line, r) => {
      console.log(line);
      if (r.summary) for (const l of formatSummary(r.summary)) console.log(l);
      if (r.corrections) for (const l of formatReapply(r.corrections)) console.log(l);
    });
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  } finally {
    store.close();
  }
}
