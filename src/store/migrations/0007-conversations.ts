// Conversation state for follow-ups and ask-backs (issue 10): per conversation (a channel thread,
// a DM, the console), the subject of the last answer and any numbered list it offered. A row
// older than 30 minutes is ignored by the reader (src/answer/conversation.ts), so no sweeper runs.
import type { Migration } from '../migrate.ts';

export const version = 7;

export const migration: Migration = {
  version,
  name: 'conversations',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS conversations (
        key        TEXT PRIMARY KEY,   -- platform:tenant:channel:thread-or-user (src/answer/conversation.ts)
        state      TEXT NOT NULL,      -- JSON: intent, subject task ids, offered choices
        updated_at INTEGER NOT NULL    -- ms since the epoch, from the injected clock
      ) WITHOUT ROWID;
    `);
  },
};

export default migration;
