// Progress (issue 4) — everything here is per tenant (Slack team / Discord guild / 'console'):
// members of units, channel follows with their schedule, reports with history, excuses, and the
// outbox that makes every scheduled post exactly-once across restarts (issue 6).
//
// Plans are global (0001). Reports reference task_keys(id), the stable key of a task by plan and
// normalised title, so progress follows a task into a new version of its plan; task_id keeps the
// exact version reported against. A report without a status (a note, 本周无新进展 on a task) carries
// the task's last status and percent forward, so the latest row always holds the task's state.
import type { Migration } from '../migrate.ts';

export const version = 2;

export const migration: Migration = {
  version,
  name: 'progress',
  up(db) {
    db.exec(`
      CREATE TABLE members (
        tenant     TEXT    NOT NULL,
        user       TEXT    NOT NULL,           -- platform user id (console: the chosen name)
        user_name  TEXT,
        unit_id    INTEGER NOT NULL REFERENCES units (id),
        added_by   TEXT    NOT NULL,           -- the user themself, or the coordinator who added them
        created_at INTEGER NOT NULL,           -- ms since epoch
        PRIMARY KEY (tenant, user, unit_id)
      ) WITHOUT ROWID;
      CREATE INDEX members_unit ON members (tenant, unit_id);

      CREATE TABLE follows (
        tenant        TEXT    NOT NULL,
        channel       TEXT    NOT NULL,
        plan_id       INTEGER NOT NULL REFERENCES plans (id),
        platform      TEXT    NOT NULL DEFAULT 'console',
        timezone      TEXT    NOT NULL DEFAULT 'Asia/Shanghai',
        prompt_day    INTEGER NOT NULL DEFAULT 1 CHECK (prompt_day BETWEEN 1 AND 7),   -- ISO weekday, 1 = Monday
        prompt_time   TEXT    NOT NULL DEFAULT '09:00',
        reminder_day  INTEGER NOT NULL DEFAULT 3 CHECK (reminder_day BETWEEN 1 AND 7),
        reminder_time TEXT    NOT NULL DEFAULT '17:00',
        digest_day    INTEGER NOT NULL DEFAULT 5 CHECK (digest_day BETWEEN 1 AND 7),
        digest_time   TEXT    NOT NULL DEFAULT '16:00',
        created_at    INTEGER NOT NULL,
        PRIMARY KEY (tenant, channel, plan_id)
      ) WITHOUT ROWID;

      CREATE TABLE reports (
        id                INTEGER PRIMARY KEY,
        tenant            TEXT    NOT NULL,
        plan_id           INTEGER NOT NULL REFERENCES plans (id),
        task_key_id       INTEGER REFERENCES task_keys (id), -- NULL: the unit as a whole (本周无新进展)
        task_id           INTEGER REFERENCES tasks (id),     -- the version reported against
        unit_id           INTEGER NOT NULL REFERENCES units (id),
        reporter          TEXT    NOT NULL,
        on_behalf         INTEGER NOT NULL DEFAULT 0,        -- 1: a coordinator reported for the unit
        status            TEXT    CHECK (status IN ('未开始', '推进中', '已完成', '滞后', '受阻')),
        percent           REAL    CHECK (percent BETWEEN 0 AND 100),
        note              TEXT,
        metrics           TEXT    NOT NULL DEFAULT '[]',     -- JSON [{name, value, unit}]
        no_change         INTEGER NOT NULL DEFAULT 0,
        week              TEXT    NOT NULL,                  -- ISO week, 2022-W10, in the channel's zone
        reported_at       INTEGER NOT NULL,
        source_platform   TEXT    NOT NULL,
        source_message_id TEXT    NOT NULL,
        superseded_by     INTEGER REFERENCES reports (id),   -- NULL: the latest for (tenant, unit, task)
        superseded_week   TEXT                               -- the week of the report that superseded it
      );
      -- A retried or re-delivered message records once; one message may cover several tasks.
      CREATE UNIQUE INDEX reports_source ON reports (tenant, source_platform, source_message_id, unit_id, ifnull(task_key_id, 0));
      CREATE INDEX reports_week ON reports (tenant, plan_id, week);
      CREATE INDEX reports_latest ON reports (tenant, unit_id, task_key_id) WHERE superseded_by IS NULL;
      -- "The latest report per (unit, task) as of week W" = week <= W and not superseded by W: the
      -- digest reads only those rows, not a year of history.
      CREATE INDEX reports_alive ON reports (tenant, plan_id, superseded_week, week);
      CREATE INDEX reports_metrics ON reports (tenant, plan_id, week) WHERE metrics <> '[]';

      CREATE TABLE excuses (
        tenant     TEXT    NOT NULL,
        unit_id    INTEGER NOT NULL REFERENCES units (id),
        week       TEXT    NOT NULL,
        excused_by TEXT    NOT NULL,
        reason     TEXT,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (tenant, unit_id, week)
      ) WITHOUT ROWID;

      -- One row per scheduled post: 'intent' is written before the platform call, 'sent' after.
      -- An 'intent' row found at start is in doubt: the adapter looks in the channel's history.
      CREATE TABLE outbox (
        tenant      TEXT    NOT NULL,
        channel     TEXT    NOT NULL,
        plan_id     INTEGER NOT NULL,
        week        TEXT    NOT NULL,
        kind        TEXT    NOT NULL CHECK (kind IN ('prompt', 'reminder', 'digest')),
        state       TEXT    NOT NULL CHECK (state IN ('intent', 'sent')),
        message_id  TEXT,
        thread      TEXT,   -- a prompt's thread (Slack ts / Discord thread id): replies there report for (plan, week)
        claimed_at  INTEGER NOT NULL,
        sent_at     INTEGER,
        PRIMARY KEY (tenant, channel, plan_id, week, kind)
      ) WITHOUT ROWID;
      CREATE INDEX outbox_thread ON outbox (tenant, channel, thread) WHERE thread IS NOT NULL;
    `);
  },
};

export default migration;
