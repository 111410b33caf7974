// Every unit name in the store (Simplified, as written), for the answerer's word segmentation:
// one light query, unlike the directory listing's per-role counts (plan-reader.ts units()).
import type Database from 'better-sqlite3';
import type { Store } from './open.ts';

const statements = new WeakMap<Database.Database, Database.Statement<[], { name: string }>>();

export function unitNames(store: Store): string[] {
  let s = statements.get(store.reader);
  if (!s) {
    s = store.reader.prepare<[], { name: string }>('SELECT name FROM units');
    statements.set(store.reader, s);
  }
  return s.all().map((r) => r.name);
}
