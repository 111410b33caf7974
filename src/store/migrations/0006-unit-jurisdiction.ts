// Units belong to a jurisdiction (issue 12): 市工业和信息化局 of 广州市 and of 开封市 are two units.
//  - units gains `jurisdiction` ('' = national or unknown); the name is unique per jurisdiction, so
//    the table is rebuilt (SQLite cannot drop a UNIQUE). Ids are kept, so every reference stays valid.
//  - plan_versions gains `jurisdiction`, read from the issuers and title (store/jurisdiction.ts).
//  - A unit that plans of several places shared is split: the first place keeps the id, each other
//    place gets a new unit, and its assignments (by plan version) and reports (by plan) move there.
//    Members and excuses carry no plan: they go to the places the tenant follows, else to all of
//    them, so nobody stops receiving a prompt they received before.
//  - plan_corrections: what a coordinator corrected in a parse (/duban fix), kept apart from it.
import type Database from 'better-sqlite3';
import type { Migration } from '../migrate.ts';
import { planJurisdiction, unitJurisdiction } from '../../text/jurisdiction.ts';
import { unitAliases } from '../../text/unit-directory.ts';
import { createCorrectionsTable } from './corrections-table.ts';

export const version = 6;

function rebuildUnits(db: Database.Database): void {
  // Deferred: dropping `units` orphans its children for a moment; re-inserting the same ids
  // before commit settles the count (https://sqlite.org/foreignkeys.html#fk_deferred).
  db.pragma('defer_foreign_keys = ON');
  db.exec(`
    CREATE TEMP TABLE units_before AS SELECT id, name, canonical_key FROM units;
    DROP TABLE units;
    CREATE TABLE units (
      id            INTEGER PRIMARY KEY,
      name          TEXT NOT NULL,            -- Simplified, as the plan wrote it: 市工业和信息化局
      canonical_key TEXT NOT NULL,            -- the directory key shared by its spellings: 工业信息化局
      jurisdiction  TEXT NOT NULL DEFAULT '', -- the place it belongs to: 广州市, 开封市; '' national or unknown
      UNIQUE (name, jurisdiction)
    );
    CREATE INDEX units_canonical_key ON units (canonical_key, jurisdiction);
    INSERT INTO units (id, name, canonical_key, jurisdiction) SELECT id, name, canonical_key, '' FROM units_before;
    DROP TABLE temp.units_before;
    ALTER TABLE plan_versions ADD COLUMN jurisdiction TEXT NOT NULL DEFAULT '';
  `);
}

function fillPlanJurisdictions(db: Database.Database): Map<number, string> {
  const rows = db.prepare<[], { id: number; title: string; issuers: string }>(
    'SELECT v.id, p.title, v.issuers FROM plan_versions v JOIN plans p ON p.id = v.plan_id',
  ).all();
  const set = db.prepare('UPDATE plan_versions SET jurisdiction = ? WHERE id = ?');
  const out = new Map<number, string>();
  for (const r of rows) {
    const place = planJurisdiction({ title: r.title, issuers: JSON.parse(r.issuers) as string[] });
    set.run(place, r.id);
    out.set(r.id, place);
  }
  return out;
}

/** unit id → place → the plan versions that use it there, in first-use order. */
function placesOfUnits(db: Database.Database, versionPlace: Map<number, string>) {
  const uses = db.prepare<[], { unit_id: number; name: string; version_id: number }>(
    'SELECT a.unit_id, u.name, a.version_id FROM assignments a JOIN units u ON u.id = a.unit_id GROUP BY a.unit_id, a.version_id ORDER BY min(a.id)',
  ).all();
  const places = new Map<number, { name: string; byPlace: Map<string, number[]> }>();
  for (const u of uses) {
    const place = unitJurisdiction(u.name, versionPlace.get(u.version_id) ?? '');
    const e = places.get(u.unit_id) ?? { name: u.name, byPlace: new Map<string, number[]>() };
    e.byPlace.set(place, [...(e.byPlace.get(place) ?? []), u.version_id]);
    places.set(u.unit_id, e);
  }
  return places;
}

function splitUnits(db: Database.Database, versionPlace: Map<number, string>): void {
  const s = {
    setPlace: db.prepare('UPDATE units SET jurisdiction = ? WHERE id = ?'),
    insertUnit: db.prepare('INSERT INTO units (name, canonical_key, jurisdiction) SELECT name, canonical_key, ? FROM units WHERE id = ?'),
    alias: db.prepare('INSERT OR IGNORE INTO unit_aliases (alias, unit_id) VALUES (?, ?)'),
    moveAssignments: db.prepare('UPDATE assignments SET unit_id = ? WHERE unit_id = ? AND version_id = ?'),
    moveReports: db.prepare(
      'UPDATE reports SET unit_id = ? WHERE unit_id = ? AND plan_id IN (SELECT plan_id FROM plan_versions WHERE id = ?)',
    ),
  };
  for (const [unitId, { name, byPlace }] of placesOfUnits(db, versionPlace)) {
    const [first, ...others] = [...byPlace.keys()];
    s.setPlace.run(first, unitId);
    for (const a of unitAliases(name, first)) s.alias.run(a, unitId);
    const idOfPlace = new Map<string, number>([[first!, unitId]]);
    for (const place of others) {
      const id = Number(s.insertUnit.run(place, unitId).lastInsertRowid);
      idOfPlace.set(place, id);
      for (const a of unitAliases(name, place)) s.alias.run(a, id);
      for (const v of byPlace.get(place)!) {
        s.moveAssignments.run(id, unitId, v);
        s.moveReports.run(id, unitId, v);
      }
    }
    if (others.length) spreadMembers(db, unitId, idOfPlace);
  }
  // Units no assignment uses: their own name's place, if any.
  const idle = db.prepare<[], { id: number; name: string }>('SELECT id, name FROM units WHERE id NOT IN (SELECT unit_id FROM assignments)').all();
  for (const u of idle) s.setPlace.run(unitJurisdiction(u.name, ''), u.id);
}

/** Members and excuses of a split unit: to the places of the plans their tenant follows, else all. */
function spreadMembers(db: Database.Database, unitId: number, idOfPlace: Map<string, number>): void {
  const followed = db.prepare<[string], { place: string }>(
    `SELECT DISTINCT v.jurisdiction AS place FROM follows f JOIN plans p ON p.id = f.plan_id
     JOIN plan_versions v ON v.id = p.current_version_id WHERE f.tenant = ?`,
  );
  const placesFor = (tenant: string): number[] => {
    const mine = followed.all(tenant).map((r) => idOfPlace.get(r.place)).filter((id): id is number => id != null);
    return mine.length ? mine : [...idOfPlace.values()];
  };
  for (const table of ['members', 'excuses'] as const) {
    const cols = table === 'members' ? 'tenant, user, user_name, added_by, created_at' : 'tenant, week, excused_by, reason, created_at';
    const tenants = db.prepare<[number], { tenant: string }>(`SELECT DISTINCT tenant FROM ${table} WHERE unit_id = ?`).all(unitId);
    for (const { tenant } of tenants) {
      const targets = placesFor(tenant);
      for (const id of targets.filter((t) => t !== unitId)) {
        db.prepare(`INSERT OR IGNORE INTO ${table} (${cols}, unit_id) SELECT ${cols}, ? FROM ${table} WHERE unit_id = ? AND tenant = ?`).run(id, unitId, tenant);
      }
      if (!targets.includes(unitId)) db.prepare(`DELETE FROM ${table} WHERE unit_id = ? AND tenant = ?`).run(unitId, tenant);
    }
  }
}

export const migration: Migration = {
  version,
  name: 'unit-jurisdiction',
  up(db) {
    rebuildUnits(db);
    splitUnits(db, fillPlanJurisdictions(db));
    createCorrectionsTable(db);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new Error(`migration 6 left ${broken.length} broken references`);
  },
};

export default migration;
