// The plans (issue 3): plans shared by every workspace, one row per version of a plan document,
// tasks with their clauses, units and assignments (task × unit × role), targets, metrics,
// deadlines, and a trigram FTS5 index for retrieval. Every row keeps its plan and task ids and
// the text the document wrote, so an answer can cite it.
//
// Stable references for other tables (progress, schedules: migration 0002):
//   task_keys(id) — one per (plan, normalised title); a new version of a plan keeps the key of every
//                   task whose title is unchanged, so progress recorded against it follows the task.
//   units(id)     — one per unit name as written (Simplified); never deleted.
//   plans(id)     — one per plan title; plans.current_version_id is the version answers read.
import type { Migration } from '../migrate.ts';

export const version = 1;

export const migration: Migration = {
  version,
  name: 'plans',
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        id                 INTEGER PRIMARY KEY,
        title              TEXT    NOT NULL UNIQUE, -- Simplified, without 《》 and period: the plan's identity across versions
        short_name         TEXT    NOT NULL,        -- for citations: 广州5G应用 · 任务4
        current_version_id INTEGER REFERENCES plan_versions (id),
        created_at         INTEGER NOT NULL         -- ms since epoch
      );

      CREATE TABLE plan_versions (
        id            INTEGER PRIMARY KEY,
        plan_id       INTEGER NOT NULL REFERENCES plans (id),
        version       INTEGER NOT NULL,             -- 1, 2, … per plan
        source_name   TEXT    NOT NULL,
        source_sha256 TEXT    NOT NULL,
        source_bytes  INTEGER,
        period_start  INTEGER,
        period_end    INTEGER,
        issuers       TEXT    NOT NULL DEFAULT '[]', -- JSON array, as signed
        issued_on     TEXT,                          -- ISO date
        doc_number    TEXT,                          -- 穗府办〔2020〕8号
        kind          TEXT    NOT NULL DEFAULT 'plan' CHECK (kind IN ('plan', 'interpretation')),
        about         TEXT,
        script        TEXT    NOT NULL DEFAULT 'simplified',
        task_count    INTEGER NOT NULL DEFAULT 0,
        imported_at   INTEGER NOT NULL,
        UNIQUE (plan_id, version)
      );
      CREATE INDEX plan_versions_sha256 ON plan_versions (source_sha256);

      CREATE TABLE task_keys (
        id        INTEGER PRIMARY KEY,
        plan_id   INTEGER NOT NULL REFERENCES plans (id),
        title_key TEXT    NOT NULL, -- normalised title (Simplified, no punctuation or spaces)
        UNIQUE (plan_id, title_key)
      );

      CREATE TABLE tasks (
        id          INTEGER PRIMARY KEY,
        plan_id     INTEGER NOT NULL REFERENCES plans (id),
        version_id  INTEGER NOT NULL REFERENCES plan_versions (id),
        task_key_id INTEGER NOT NULL REFERENCES task_keys (id),
        ord         INTEGER NOT NULL,  -- document order
        number      TEXT    NOT NULL,  -- the task's id as printed: "4", "1.2", "s1"
        kind        TEXT    NOT NULL DEFAULT 'task' CHECK (kind IN ('task', 'safeguard', 'column')),
        title       TEXT    NOT NULL,
        path        TEXT    NOT NULL DEFAULT '[]', -- JSON array of headings
        body        TEXT,
        original    TEXT,
        UNIQUE (version_id, number)
      );
      CREATE INDEX tasks_plan ON tasks (plan_id, version_id, ord);
      CREATE INDEX tasks_task_key ON tasks (task_key_id);

      CREATE TABLE clauses (
        id         INTEGER PRIMARY KEY,
        plan_id    INTEGER NOT NULL REFERENCES plans (id),
        version_id INTEGER NOT NULL REFERENCES plan_versions (id),
        task_id    INTEGER NOT NULL REFERENCES tasks (id),
        ord        INTEGER NOT NULL,
        text       TEXT    NOT NULL
      );
      CREATE INDEX clauses_task ON clauses (task_id, ord);

      CREATE TABLE units (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE, -- Simplified, as the plan wrote it: 市发展改革委员会
        canonical_key TEXT NOT NULL         -- the directory key shared by its spellings: 发展改革委
      );
      CREATE INDEX units_canonical_key ON units (canonical_key);

      CREATE TABLE unit_aliases (
        alias   TEXT    NOT NULL, -- Simplified spelling people use: 市发改委, 发改委, 广州市发展改革委
        unit_id INTEGER NOT NULL REFERENCES units (id),
        PRIMARY KEY (alias, unit_id)
      ) WITHOUT ROWID;

      CREATE TABLE assignments (
        id         INTEGER PRIMARY KEY,
        plan_id    INTEGER NOT NULL REFERENCES plans (id),
        version_id INTEGER NOT NULL REFERENCES plan_versions (id),
        task_id    INTEGER NOT NULL REFERENCES tasks (id),
        clause_id  INTEGER REFERENCES clauses (id), -- NULL: the task's own lists (the union of its clauses)
        unit_id    INTEGER NOT NULL REFERENCES units (id),
        role       TEXT    NOT NULL CHECK (role IN ('lead', 'support', 'responsible')),
        ord        INTEGER NOT NULL  -- order as listed
      );
      CREATE INDEX assignments_task ON assignments (task_id, role, ord);
      CREATE INDEX assignments_unit ON assignments (unit_id, role);

      CREATE TABLE targets (
        id         INTEGER PRIMARY KEY,
        plan_id    INTEGER NOT NULL REFERENCES plans (id),
        version_id INTEGER NOT NULL REFERENCES plan_versions (id),
        task_id    INTEGER REFERENCES tasks (id), -- NULL: the goals section
        ord        INTEGER NOT NULL,
        year       INTEGER,                       -- NULL: an undated target
        text       TEXT    NOT NULL
      );
      CREATE INDEX targets_year ON targets (year, plan_id);
      CREATE INDEX targets_version ON targets (version_id, ord);

      CREATE TABLE metrics (
        id         INTEGER PRIMARY KEY,
        plan_id    INTEGER NOT NULL REFERENCES plans (id),
        version_id INTEGER NOT NULL REFERENCES plan_versions (id),
        task_id    INTEGER REFERENCES tasks (id),
        target_id  INTEGER NOT NULL REFERENCES targets (id),
        ord        INTEGER NOT NULL,
        name       TEXT    NOT NULL,
        value      REAL,
        value_max  REAL,
        unit       TEXT,
        qualifier  TEXT
      );
      CREATE INDEX metrics_target ON metrics (target_id, ord);

      CREATE TABLE deadlines (
        id         INTEGER PRIMARY KEY,
        plan_id    INTEGER NOT NULL REFERENCES plans (id),
        version_id INTEGER NOT NULL REFERENCES plan_versions (id),
        task_id    INTEGER NOT NULL REFERENCES tasks (id),
        ord        INTEGER NOT NULL,
        date       TEXT    NOT NULL, -- ISO date, the last day of the period named
        text       TEXT    NOT NULL
      );
      CREATE INDEX deadlines_date ON deadlines (date);
      CREATE INDEX deadlines_task ON deadlines (task_id, ord);

      -- Retrieval over the current versions only: rows of a replaced version are deleted on save.
      -- kind: 'title' | 'body' | 'clause' | 'deadline' | 'target'; ref_id: the clause/deadline/target id.
      CREATE VIRTUAL TABLE search_fts USING fts5 (
        text,
        kind UNINDEXED,
        plan_id UNINDEXED,
        version_id UNINDEXED,
        task_id UNINDEXED,
        ref_id UNINDEXED,
        tokenize = 'trigram'
      );
    `);
  },
};

export default migration;
