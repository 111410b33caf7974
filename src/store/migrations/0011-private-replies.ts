// Private replies waiting to be shown (issue 13 "private stays private"): on Discord a message
// context has no ephemeral reply, and when the asker refuses DMs (50007) the answer must not go to
// the channel. The channel gets only a button; its click shows the reply as an ephemeral interaction
// reply. The reply waits here, so a restart between the note and the click loses nothing; a row
// expires after a day (the button then says so).
import type { Migration } from '../migrate.ts';

export const version = 11;

export const migration: Migration = {
  version,
  name: 'private-replies',
  up(db) {
    db.exec(`
      CREATE TABLE private_replies (
        id          TEXT    PRIMARY KEY,  -- random; the button's custom_id carries it
        platform    TEXT    NOT NULL,
        tenant      TEXT    NOT NULL,
        channel     TEXT    NOT NULL,     -- where the note with the button is (a thread id on Discord)
        user        TEXT    NOT NULL,     -- the only one who may open it
        reply       TEXT    NOT NULL,     -- the Reply as JSON (file bytes base64)
        note_id     TEXT,                 -- the channel message carrying the button, deleted once shown
        created_at  INTEGER NOT NULL,
        expires_at  INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX private_replies_expiry ON private_replies (expires_at);
    `);
  },
};

export default migration;
