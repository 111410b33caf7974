// Reads and writes of the conversations table (migration 0007): one JSON state per conversation
// key, stamped with the injected clock's time. The answerer decides what the state means.
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';
import { preparedPer } from './statements.ts';


function prepare(db: Database.Database) {
  return {
    get: db.prepare<[string], { state: string; updated_at: number }>('SELECT state, updated_at FROM conversations WHERE key = ?'),
    put: db.prepare<[string, string, number]>(
      'INSERT INTO conversations (key, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
    ),
  };
}

const stmts = preparedPer(prepare);

/** The stored state of a conversation and when it was written (ms), or null. Read on the writer: a reply's own write must be seen by the next message at once. */
export function loadConversation(store: Store, key: string): { state: unknown; updatedAt: number } | null {
  const row = stmts(store.writer).get.get(key);
  if (!row) return null;
  try {
    return { state: JSON.parse(row.state) as unknown, updatedAt: row.updated_at };
  } catch {
    return null;
  }
}

export function saveConversation(store: Store, key: string, state: unknown, at: number): void {
  stmts(store.writer).put.run(key, JSON.stringify(state), at);
}
