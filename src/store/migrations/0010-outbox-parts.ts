// The outbox per part (issue 13 "once and only once, or loudly never"): a scheduled post is several
// messages (the head, its follow-ups in the head's thread, the chart/files). Each part gets its own
// intent/sent row, so after a crash or a failure only the missing parts are sent. The outbox row
// itself can now end as 'failed' (the platform refused it for good: it is never retried, and the
// coordinator is told once, notified_at), and keeps the transient attempts and when to try next.
// SQLite cannot widen a CHECK in place: the outbox table is rebuilt with its rows.
import type { Migration } from '../migrate.ts';

export const version = 10;

export const migration: Migration = {
  version,
  name: 'outbox-parts',
  up(db) {
    db.exec(`
      CREATE TABLE outbox_v10 (
        tenant      TEXT    NOT NULL,
        channel     TEXT    NOT NULL,
        plan_id     INTEGER NOT NULL,
        week        TEXT    NOT NULL,
        kind        TEXT    NOT NULL CHECK (kind IN ('prompt', 'reminder', 'digest')),
        state       TEXT    NOT NULL CHECK (state IN ('intent', 'sent', 'failed')),
        message_id  TEXT,
        thread      TEXT,   -- a prompt's thread (Slack ts / Discord thread id): replies there report for (plan, week)
        claimed_at  INTEGER NOT NULL,
        sent_at     INTEGER,
        attempts    INTEGER NOT NULL DEFAULT 0, -- failed attempts (transient errors), for the backoff and its bound
        next_try_at INTEGER,                    -- ms: not before then (backoff after a transient error)
        error       TEXT,                       -- the last failure, as the platform named it (invalid_blocks, 50035 …)
        notified_at INTEGER,                    -- when the coordinator was told it failed (once)
        PRIMARY KEY (tenant, channel, plan_id, week, kind)
      ) WITHOUT ROWID;
      INSERT INTO outbox_v10 (tenant, channel, plan_id, week, kind, state, message_id, thread, claimed_at, sent_at)
        SELECT tenant, channel, plan_id, week, kind, state, message_id, thread, claimed_at, sent_at FROM outbox;
      DROP TABLE outbox;
      ALTER TABLE outbox_v10 RENAME TO outbox;
      CREATE INDEX outbox_thread ON outbox (tenant, channel, thread) WHERE thread IS NOT NULL;

      -- One row per message of a post: part 0 is the head, then the follow-ups, then the files.
      CREATE TABLE outbox_parts (
        tenant      TEXT    NOT NULL,
        channel     TEXT    NOT NULL,
        plan_id     INTEGER NOT NULL,
        week        TEXT    NOT NULL,
        kind        TEXT    NOT NULL,
        part        INTEGER NOT NULL,
        state       TEXT    NOT NULL CHECK (state IN ('intent', 'sent')),
        message_id  TEXT,
        thread      TEXT,   -- on the head: the thread its follow-ups go into
        claimed_at  INTEGER NOT NULL,
        sent_at     INTEGER,
        PRIMARY KEY (tenant, channel, plan_id, week, kind, part)
      ) WITHOUT ROWID;
    `);
  },
};

export default migration;
