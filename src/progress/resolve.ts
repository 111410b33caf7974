// Plan and unit names people type → store ids. Units through the store's unit directory (aliases
// and canonical keys: 市工信局 → 广州市工业和信息化局); plans by title, short name or a part of it.
import { DubanError } from '../core/errors.ts';
import { toSimplified } from '../text/script.ts';
import { planReader } from '../store/plan-reader.ts';
import type { StoredPlan } from '../store/rows.ts';
import type { Store } from '../store/open.ts';
import { unitKey } from '../text/unit-directory.ts';

export interface UnitRef {
  id: number;
  name: string;
}

/** The unit a name refers to, or null. Exact name, then alias, then directory key. */
export function findUnit(store: Store, name: string): UnitRef | null {
  const s = toSimplified(name).replace(/[\s\u3000]/g, '');
  if (!s) return null;
  const reader = planReader(store);
  const byAlias = reader.unitsByAlias(s);
  const exact = byAlias.find((u) => u.name === s);
  if (exact) return exact;
  if (byAlias.length) return byAlias[0];
  const byKey = reader.unitsByKey(unitKey(s));
  return byKey[0] ?? null;
}

export function requireUnit(store: Store, name: string): UnitRef {
  const u = findUnit(store, name);
  if (!u) throw new DubanError('unknown_unit', name);
  return u;
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
  if (!p) throw new DubanError('unknown_plan', String(ref));
  return p;
}
