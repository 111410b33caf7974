// `duban units [--db FILE] [--json]`: the unit directory, one entry per directory key (the spellings
// that name the same unit together, per place: 市工业和信息化局（广州市） and 市工业和信息化局（开封市）), with the tasks each leads, supports or is responsible for.
import { parseArgs } from 'node:util';
import { openStore, resolveDbPath } from '../store/open.ts';
import { defaultSeedsDir, ensureSeedsLoaded } from '../plans/import-plans.ts';
import { listUnitDirectory } from '../plans/unit-listing.ts';
import { setting } from '../config.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const store = openStore(resolveDbPath(values.db));
  try {
    await ensureSeedsLoaded(store, setting('DUBAN_SEEDS') || defaultSeedsDir(), (line) => console.error(line));
    const entries = listUnitDirectory(store);
    if (values.json) {
      console.log(JSON.stringify(entries, null, 2));
      return 0;
    }
    const label = { lead: '牵头', support: '配合', responsible: '负责' } as const;
    for (const e of entries) {
      console.log(`${e.label}${e.names.length > 1 ? `（又作：${e.names.filter((n) => n !== e.name).join('、')}）` : ''}`);
      console.log(`  别名：${e.aliases.join('、')}`);
      for (const role of ['lead', 'support', 'responsible'] as const) {
        if (e.tasks[role].length) console.log(`  ${label[role]}（${e.tasks[role].length}）：${e.tasks[role].join('；')}`);
      }
    }
    console.log(`${entries.length} units`);
    return 0;
  } finally {
    store.close();
  }
}
