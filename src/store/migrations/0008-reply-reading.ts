// Reply readings (issue 11): what a progress reply promised (expected completion date) and what it
// said holds the work up (blocker) are kept with the report, for the digest and the ledger; a
// metric says whether it is a running total. A reply the bot could not place is parked in
// pending_replies (nothing stored as a report) until the reporter answers the question in the thread.
import type { Migration } from '../migrate.ts';

export const version = 8;

export const migration: Migration = {
  version,
  name: 'reply-reading',
  up(db) {
    db.exec(`
      ALTER TABLE reports ADD COLUMN expected TEXT CHECK (expected IS NULL OR expected GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
      ALTER TABLE reports ADD COLUMN blocker TEXT;
      CREATE TABLE pending_replies (
        tenant     TEXT    NOT NULL,
        channel    TEXT    NOT NULL,
        thread     TEXT    NOT NULL,
        user       TEXT    NOT NULL,
        text       TEXT    NOT NULL,           -- the reply as written, to be read again with the answer
        question   TEXT    NOT NULL,           -- what the bot asked back
        asked_at   INTEGER NOT NULL,           -- ms since epoch
        PRIMARY KEY (tenant, channel, thread, user)
      ) WITHOUT ROWID;
    `);
  },
};

export default migration;
