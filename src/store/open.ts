// Opens the store: one SQLite file, WAL, foreign keys, a writer and a separate read-only reader.
// Only src/store/* imports better-sqlite3; the rest of duban sees the Store.
import Database from 'better-sqlite3';
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DispatchLookups } from '../core/store-port.ts';
import { dispatchLookups } from './dispatch-lookups.ts';
import { migrate } from './migrate.ts';
import { setting } from '../config.ts';

export const DEFAULT_DB_PATH = 'data/duban.sqlite';

export interface Store {
  file: string;
  /** The one connection that writes; outside src/store, write through write(fn) below. */
  writer: Database.Database;
  /** A read-only connection: answers and digests read here and never block the writer (WAL). */
  reader: Database.Database;
  /**
   * Runs `fn` in one write transaction (synchronous, as better-sqlite3 requires): all of its
   * writes or none. Domain code and commands write through this, never through `writer` itself.
   */
  write<T>(fn: () => T): T;
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
  return resolve(explicit ?? setting('DUBAN_DB') ?? DEFAULT_DB_PATH);
}

// SQLite says only `unable to open database file`: name the file and the likely reason (issue 13).
function whyNotOpened(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const folder = dirname(path);
  if (code === 'ENOTDIR' || code === 'EEXIST') return `${folder} is not a folder`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `no permission to create or write ${folder}`;
  try {
    if (statSync(path).isDirectory()) return 'that is a folder; give a file path such as data/duban.sqlite';
  } catch {
    // Not there yet: SQLite creates it, if the folder lets it.
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `the folder ${folder} is not writable`;
  }
  return err instanceof Error ? err.message : String(err);
}

function openDatabase(path: string, options?: Database.Options): Database.Database {
  try {
    if (path !== ':memory:' && !options?.readonly) mkdirSync(dirname(path), { recursive: true });
    return new Database(path, options);
  } catch (err) {
    throw new Error(`cannot open the store ${path}: ${whyNotOpened(path, err)} (set DUBAN_DB or --db to use another file)`, { cause: err });
  }
}

export function openStore(file: string = resolveDbPath()): Store {
  const path = file === ':memory:' ? file : resolve(file);
  const writer = openDatabase(path);
  writer.pragma('journal_mode = WAL');
  // FULL: an acknowledged report survives a power cut or SIGKILL (../shared/design/libraries.md).
  writer.pragma('synchronous = FULL');
  writer.pragma('foreign_keys = ON');
  writer.pragma('busy_timeout = 5000');
  migrate(writer);
  const reader = path === ':memory:' ? writer : openDatabase(path, { readonly: true });
  if (reader !== writer) {
    reader.pragma('foreign_keys = ON');
    reader.pragma('busy_timeout = 5000');
  }
  let lookups: DispatchLookups | undefined;
  const store: Store = {
    file: path,
    writer,
    reader,
    write: (fn) => writer.transaction(fn)(),
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
