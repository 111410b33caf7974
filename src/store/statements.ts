// Statements are prepared once per connection, then reused (better-sqlite3: preparing is the costly
// part). Keyed by the connection, so the writer and the reader each get their own set.
import type Database from 'better-sqlite3';

/** `prepare` run once per connection: the returned function gives that connection's statements. */
export function preparedPer<T>(prepare: (db: Database.Database) => T): (db: Database.Database) => T {
  const cache = new WeakMap<Database.Database, T>();
  return (db) => {
    let statements = cache.get(db);
    if (!statements) cache.set(db, (statements = prepare(db)));
    return statements;
  };
}
