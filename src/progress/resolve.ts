// Plan and unit names people type → store ids. Units through the store's unit directory (aliases
// and canonical keys: 市工信局 → 广州市工业和信息化局); plans by title, short name or a part of it.
import { DubanError } from '../core/errors.ts';
import { toSimplified } from '../text/script.ts';
import { planReader } from '../store/plan-reader.ts';
import type { StoredPlan } from '../store/rows.ts';
import type { Store } from '../store/open.ts';
import { unitKey } from '../text/unit-directory.ts';
import { unitLabel } from '../text/jurisdiction.ts';
import { followsOfTenant, unitsOfUser } from '../store/progress-reader.ts';

export interface UnitRef {
  id: number;
  name: string;
  /** The place it belongs to (issue 12): 广州市, 开封市; '' national or unknown. */
  jurisdiction?: string;
}

/** Who asks: a unit they belong to, or the places of the plans their workspace follows, decide between cities. */
export interface UnitContext {
  tenant?: string;
  user?: string;
}

/** Every unit a name may refer to: exact name, then alias, then directory key; one per id. */
export function findUnits(store: Store, name: string): UnitRef[] {
  const s = toSimplified(name).replace(/[\s\u3000]/g, '');
  if (!s) return [];
  const reader = planReader(store);
  const byAlias = reader.unitsByAlias(s);
  const exact = byAlias.filter((u) => u.name === s);
  if (exact.length) return exact;
  if (byAlias.length) return byAlias;
  return reader.unitsByKey(unitKey(s));
}

// 市工信局 names 广州市's and 开封市's: the one the asker is a member of, else the places of the plans
// their workspace follows; several places left → ambiguous (the asker writes 开封市工信局).
function narrowByContext(store: Store, units: UnitRef[], context: UnitContext): UnitRef[] {
  if (new Set(units.map((u) => u.jurisdiction ?? '')).size < 2 || !context.tenant) return units;
  if (context.user) {
    const mine = new Set(unitsOfUser(store, context.tenant, context.user).map((m) => m.unitId));
    const member = units.filter((u) => mine.has(u.id));
    if (member.length) return member;
  }
  const reader = planReader(store);
  const places = new Set(followsOfTenant(store, context.tenant).map((f) => reader.jurisdictionOfPlan(f.planId)));
  const followed = units.filter((u) => places.has(u.jurisdiction ?? ''));
  return followed.length ? followed : units;
}

/** The unit a name refers to, or null. Exact name, then alias, then directory key; context decides between cities. */
export function findUnit(store: Store, name: string, context: UnitContext = {}): UnitRef | null {
  return narrowByContext(store, findUnits(store, name), context)[0] ?? null;
}

export function requireUnit(store: Store, name: string, context: UnitContext = {}): UnitRef {
  const units = narrowByContext(store, findUnits(store, name), context);
  if (!units.length) throw new DubanError('unknown_unit', name);
  const places = [...new Set(units.map((u) => u.jurisdiction ?? ''))];
  if (places.length > 1) {
    throw new DubanError('ambiguous_unit', units.map((u) => unitLabel(u.name, u.jurisdiction ?? '')).join('、'));
  }
  return units[0]!;
}

const stripTitle = (s: string) => toSimplified(s).replace(/[《》〈〉\s\u3000。.]/g, '');

/** A plan by id, title, short name or a unique part of its title. */
export function findPlan(store: Store, ref: string | number): StoredPlan | null {
  const plans = planReader(store).plans();
  if (typeof ref === 'number' || /^\d+$/.test(String(ref))) {
    const byId = plans.find((p) => p.id === Number(ref));
    if (byId) return byId;
  }
  const s = stripTitle(String(ref));
  if (!s) return null;
  const exact = plans.find((p) => stripTitle(p.title) === s || stripTitle(p.shortName) === s);
  if (exact) return exact;
  const partial = plans.filter((p) => stripTitle(p.title).includes(s) || stripTitle(p.shortName).includes(s));
  return partial.length === 1 ? partial[0] : null;
}

export function resolvePlan(store: Store, ref: string | number): StoredPlan {
  const p = findPlan(store, ref);
  if (p) return p;
  // 广州 of 广州5G应用 and 广州新基建: name them, not “找不到规划” (issue 13, a new user's --plan 广州).
  const s = stripTitle(String(ref));
  const several = s ? planReader(store).plans().filter((x) => stripTitle(x.title).includes(s) || stripTitle(x.shortName).includes(s)) : [];
  if (several.length > 1) throw new DubanError('ambiguous_plan', several.map((x) => x.shortName || x.title).join('、'));
  throw new DubanError('unknown_plan', String(ref));
}
