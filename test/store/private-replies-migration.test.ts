// Migration 0011 (private replies waiting for their asker) on a real file left at version 10, and
// the statements over it: a reply with a file round-trips, the note is recorded, a day later it is gone.
import { describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { tempDir } from '../support/fixtures.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openStore } from '../../src/store/open.ts';
import { dropPrivateReply, findPrivateReply, PRIVATE_REPLY_TTL_MS, savePrivateReply, setPrivateNote } from '../../src/store/private-replies.ts';

describe('migration 0011 (private replies)', () => {
  test('GIVEN a version-10 file THEN version 11 with private_replies; a reply with a file round-trips and expires after a day', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'v10.sqlite');
      const db = new Database(file);
      db.pragma('foreign_keys = ON');
      expect(migrate(db, 10)).toBe(10);
      db.prepare("INSERT INTO inbox (platform, tenant, event_id, payload, received_at) VALUES ('discord', 'g', 'e1', '{}', 0)").run();
      expect(migrate(db, 11)).toBe(11);
      expect(db.prepare('SELECT count(*) AS n FROM inbox').get()).toEqual({ n: 1 });
      db.close();

      const store = openStore(file);
      try {
        const now = new Date('2022-03-07T01:00:00Z');
        const reply = { text: '只应本人可见', ephemeral: true, files: [{ name: 'a.md', bytes: new Uint8Array([1, 2, 250]), contentType: 'text/markdown' }] };
        const id = savePrivateReply(store, { platform: 'discord', tenant: 'g', channel: 'c', user: 'u1', reply, now });
        setPrivateNote(store, id, 'm9');
        const got = findPrivateReply(store, id, now)!;
        expect(got.reply).toEqual(reply);
        expect(got).toMatchObject({ user: 'u1', channel: 'c', noteId: 'm9' });
        expect(findPrivateReply(store, id, new Date(now.getTime() + PRIVATE_REPLY_TTL_MS))).toBeNull();
        // A later save prunes the expired row.
        savePrivateReply(store, { platform: 'discord', tenant: 'g', channel: 'c', user: 'u2', reply: { text: 'x' }, now: new Date(now.getTime() + PRIVATE_REPLY_TTL_MS + 1) });
        expect(store.reader.prepare('SELECT count(*) AS n FROM private_replies WHERE id = ?').get(id)).toEqual({ n: 0 });
        dropPrivateReply(store, id);
      } finally {
        store.close();
      }
    } finally {
      cleanup();
    }
  });
});
