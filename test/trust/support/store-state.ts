// A store's observable state for crash tests: row counts of every table (FTS shadow tables
// included) and PRAGMA integrity_check. Two states are equal when nothing was half-written.
import { openStore } from '../../../src/store/open.ts';
import { checkIntegrity } from '../../../src/store/backup.ts';

export interface StoreState {
  integrity: string;
  counts: Record<string, number>;
}

export function storeState(file: string): StoreState {
  // Integrity first, read-only, before openStore may run a migration or a WAL recovery writes anything.
  const integrity = checkIntegrity(file);
  const store = openStore(file);
  try {
    const tables = store.reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = (store.reader.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
    return { integrity, counts };
  } finally {
    store.close();
  }
}
