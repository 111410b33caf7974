// 序时进度 lights, the 督办 ladder and leave (issue 15), per tenant:
// - plan_thresholds: a plan's yellow/red gaps (points behind 序时进度) when not the defaults 10/30;
// - ladder_steps: each step of the escalation ladder, once per task and level, with its time and
//   message (the ledger's history: `duban export`);
// - leaves: a member excused from prompts and reminders until a date (请假到11月30日).
import type { Migration } from '../migrate.ts';

export const version = 9;

export const migration: Migration = {
  version,
  name: 'schedule-lights',
  up(db) {
    db.exec(`
      CREATE TABLE plan_thresholds (
        tenant     TEXT    NOT NULL,
        plan_id    INTEGER NOT NULL REFERENCES plans (id),
        yellow     REAL    NOT NULL CHECK (yellow >= 0),
        red        REAL    NOT NULL CHECK (red >= yellow),
        set_by     TEXT    NOT NULL,
        set_at     INTEGER NOT NULL,           -- ms since epoch
        PRIMARY KEY (tenant, plan_id)
      ) WITHOUT ROWID;

      CREATE TABLE ladder_steps (
        tenant      TEXT    NOT NULL,
        plan_id     INTEGER NOT NULL REFERENCES plans (id),
        task_key_id INTEGER NOT NULL REFERENCES task_keys (id),
        level       TEXT    NOT NULL CHECK (level IN ('yellow', 'lead', 'coordinator')),
        week        TEXT    NOT NULL,           -- the prompt's ISO week that carried the step
        light       TEXT    NOT NULL,
        units       TEXT    NOT NULL DEFAULT '[]', -- JSON: the units told
        message     TEXT    NOT NULL,
        fired_at    INTEGER NOT NULL,
        PRIMARY KEY (tenant, plan_id, task_key_id, level)
      ) WITHOUT ROWID;

      CREATE TABLE leaves (
        tenant     TEXT    NOT NULL,
        user       TEXT    NOT NULL,
        until      TEXT    NOT NULL CHECK (until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), -- last day of leave, local
        set_by     TEXT    NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (tenant, user)
      ) WITHOUT ROWID;
    `);
  },
};

export default migration;
