// The durable inbox (issue 6 "nothing lost"): a chat event is written here, committed, BEFORE the
// platform gets its acknowledgement (Slack's 200 stops its retries), and marked handled after
// dispatch. Whatever a crash left unhandled is replayed on the next start (src/store/inbox.ts).
import type { Migration } from '../migrate.ts';

export const version = 5;

export const migration: Migration = {
  version,
  name: 'inbox',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS inbox (
        id          INTEGER PRIMARY KEY,
        platform    TEXT NOT NULL,
        tenant      TEXT NOT NULL,
        event_id    TEXT NOT NULL,
        payload     TEXT NOT NULL,  -- the adapter's ChatEvent as JSON, receivedAt as an ISO string, no attachments
        received_at INTEGER NOT NULL, -- ms since the epoch
        handled_at  INTEGER,        -- NULL: not handled yet (replayed on start)
        UNIQUE (platform, event_id)
      );
      CREATE INDEX IF NOT EXISTS inbox_pending ON inbox (platform, received_at) WHERE handled_at IS NULL;
      CREATE INDEX IF NOT EXISTS inbox_handled ON inbox (handled_at) WHERE handled_at IS NOT NULL;
    `);
  },
};

export default migration;
