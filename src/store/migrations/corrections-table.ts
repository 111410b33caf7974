// The corrections table of migration 0006, apart so that the migration file reads as the split.
import type Database from 'better-sqlite3';

export function createCorrectionsTable(db: Database.Database): void {
  db.exec(`
    -- One row per correction a coordinator made to a parsed plan (/duban fix), kept apart from the
    -- parse and applied again to every new version of the same plan (plans.id = the plan title).
    CREATE TABLE plan_corrections (
      id          INTEGER PRIMARY KEY,
      plan_id     INTEGER NOT NULL REFERENCES plans (id),
      task_number TEXT,             -- as printed when corrected: 3, 1.2; for 'add_task' the new task's
      task_title  TEXT,             -- the task's title when corrected: matched again by its key
      kind        TEXT NOT NULL CHECK (kind IN ('units', 'role', 'deadline', 'add_task')),
      payload     TEXT NOT NULL,    -- JSON, by kind: {role, units, before} | {unit, role, before} | {date, text, before} | {title, leads, supports}
      created_by  TEXT NOT NULL,
      created_at  INTEGER NOT NULL, -- ms since epoch
      state       TEXT NOT NULL DEFAULT 'applied' CHECK (state IN ('applied', 'stale')),
      state_note  TEXT,             -- why it no longer applies (stale)
      version_id  INTEGER REFERENCES plan_versions (id) -- the version it was last applied to or tried on
    );
    CREATE INDEX plan_corrections_plan ON plan_corrections (plan_id, id);
  `);
}
