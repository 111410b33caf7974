// Opens the store: one SQLite file, WAL, foreign keys, a writer and a separate read-only reader.
// Only src/store/* imports better-sqlite3; the rest of duban sees the Store.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DispatchLookups } from '../core/store-port.ts';
import { dispatchLookups } from './dispatch-lookups.ts';
import { migrate } from './migrate.ts';

export const DEFAULT_DB_PATH = 'data/duban.sqlite';

export interface Store {
  file: string;
  /** The one connection that writes. Writes go through writer.transaction(), synchronous. */
  writer: Database.Database;
  /** A read-only connection: answers and digests read here and never block the writer (WAL). */
  reader: Database.Database;
  /** What dispatch asks of the store (core/store-port.ts). */
  readonly lookups: DispatchLookups;
  close(): void;
}

// Commands and dispatch receive core's CommandStore: this makes it the whole Store for them, while
// core itself imports nothing from store/ (core/store-port.ts).
declare module '../core/store-port.ts' {
  interface CommandStore extends Store {}
}

export function resolveDbPath(explicit?: string): string {
  return resolve(explicit ?? process.env.DUBAN_DB ?? DEFAULT_DB_PATH);
}

export function openStore(file: string = resolveDbPath()): Store {
  const path = file === ':memory:' ? file : resolve(file);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const writer = new Database(path);
  writer.pragma('journal_mode = WAL');
  // FULL: an acknowledged report survives a power cut or SIGKILL (../shared/design/libraries.md).
  writer.pragma('synchronous = FULL');
  writer.pragma('foreign_keys = ON');
  writer.pragma('busy_timeout = 5000');
  migrate(writer);
  const reader = path === ':memory:' ? writer : new Database(path, { readonly: true });
  if (reader !== writer) {
    reader.pragma('foreign_keys = ON');
    reader.pragma('busy_timeout = 5000');
  }
  let lookups: DispatchLookups | undefined;
  const store: Store = {
    file: path,
    writer,
    reader,
    get lookups() {
      return (lookups ??= dispatchLookups(store));
    },
    close() {
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
  return store;
}
