// One migration per PRAGMA user_version, each in its own immediate transaction (Signal ts/sql).
// A database newer than this build is refused with a message the user can act on.
import type Database from 'better-sqlite3';
import { migrations } from './migrations/index.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const LATEST_VERSION = Math.max(0, ...migrations.map((m) => m.version));

export function migrate(db: Database.Database, upTo: number = LATEST_VERSION): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new Error(
      `the store ${db.name} is at schema version ${current}, newer than this duban (${LATEST_VERSION}); upgrade duban or point DUBAN_DB at another file`,
    );
  }
  const pending = [...migrations].sort((a, b) => a.version - b.version).filter((m) => m.version > current && m.version <= upTo);
  for (const m of pending) {
    db.transaction(() => {
      m.up(db);
      // PRAGMA takes no bound parameters; the version is a number from our own list.
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
