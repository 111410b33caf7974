// Which unit a question names, through the unit directory (store/unit-directory.ts): the
// longest unit-looking span that is a known alias or shares a directory key with a stored unit.
import type { PlanReader } from '../store/plan-reader.ts';
import { unitKey, unitSpans } from '../text/unit-directory.ts';

export interface UnitMention {
  span: string;
  units: Array<{ id: number; name: string }>;
}

export function resolveUnit(reader: PlanReader, question: string): UnitMention | null {
  // 40 spans at most: a 10,000-character question must not turn into thousands of lookups.
  for (const span of unitSpans(question.slice(0, 200)).slice(0, 40)) {
    if (span.length < 2 || /^(?:单位|部门|牵头单位|配合单位|责任单位|负责单位|哪个单位|哪些单位)$/.test(span)) continue;
    const byId = new Map<number, { id: number; name: string }>();
    for (const u of reader.unitsByAlias(span)) byId.set(u.id, u);
    for (const u of reader.unitsByKey(unitKey(span))) byId.set(u.id, u);
    if (byId.size) return { span, units: [...byId.values()] };
  }
  return null;
}
