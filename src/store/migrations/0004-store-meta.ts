// Facts about the store itself, key → value. First use: whether seeding finished ('seeds' =
// 'started' | 'done'), so a first start interrupted half-way finishes the seeds on the next start
// instead of taking "some plans" for "seeded" (test/trust/crash-import.test.ts).
import type { Migration } from '../migrate.ts';

export const version = 4;

export const migration: Migration = {
  version,
  name: 'store-meta',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS store_meta (
        key   TEXT NOT NULL PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};

export default migration;
