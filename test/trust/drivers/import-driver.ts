// Test driver: `import-driver.ts DB seeds DIR` runs ensureSeedsLoaded (the first start), and
// `import-driver.ts DB files F1 F2 …` runs importPlanFiles, each printing the progress lines as
// they come, then `done`. A test SIGKILLs it between or inside files.
import { openStore } from '../../../src/store/open.ts';
import { ensureSeedsLoaded, importPlanFiles } from '../../../src/plans/import-plans.ts';

const [db, mode, ...rest] = process.argv.slice(2);
const store = openStore(db);
const print = (line: string) => process.stdout.write(`${line}\n`);
const results = mode === 'seeds' ? await ensureSeedsLoaded(store, rest[0], print) : await importPlanFiles(store, rest, print);
process.stdout.write(`done ${results.length}\n`);
store.close();
