// Chat bookkeeping: which platform events were already handled (Slack retries with X-Slack-Retry-Num,
// Discord redelivers after a gateway resume: issue 6 "Duplicates"), and which posted messages are
// weekly-prompt threads, so a reply inside one is read as a progress report.
// IF NOT EXISTS: chat-events.ts may have created these on a store that predates this migration.
import type { Migration } from '../migrate.ts';

export const version = 3;

export const migration: Migration = {
  version,
  name: 'chat',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS processed_events (
        platform    TEXT    NOT NULL,
        event_id    TEXT    NOT NULL,
        tenant      TEXT    NOT NULL,
        received_at INTEGER NOT NULL, -- ms since epoch, from the injected clock
        PRIMARY KEY (platform, event_id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS processed_events_received_at ON processed_events (received_at);

      CREATE TABLE IF NOT EXISTS prompt_threads (
        platform   TEXT    NOT NULL,
        tenant     TEXT    NOT NULL,
        channel    TEXT    NOT NULL,
        thread     TEXT    NOT NULL, -- Slack: the prompt's ts; Discord: the thread channel id
        post_key   TEXT    NOT NULL, -- the outbox key (channel, plan, week, kind) the prompt was sent under
        created_at INTEGER NOT NULL,
        PRIMARY KEY (platform, tenant, channel, thread)
      ) WITHOUT ROWID;
    `);
  },
};

export default migration;
