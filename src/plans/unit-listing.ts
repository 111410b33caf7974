// The unit directory as a listing: units grouped by place and directory key (市发展改革委 and
// 市发展改革委员会 of 广州市 are one unit; 市工业和信息化局 of 广州市 and of 开封市 are two, issue 12),
// with their aliases and the tasks they lead, support or are responsible for.
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { unitLabel } from '../text/jurisdiction.ts';

export interface UnitEntry {
  key: string;
  /** The place the unit belongs to: 广州市, 开封市; '' national or unknown. */
  jurisdiction: string;
  name: string; // the spelling used most often
  /** The name with its place where another place has a unit of the same name or key: 市工业和信息化局（开封市）. */
  label: string;
  names: string[]; // every spelling in the plans
  aliases: string[];
  tasks: { lead: string[]; support: string[]; responsible: string[] }; // "广州5G应用 · 任务4 推动5G赋能交通"
}

type Building = Omit<UnitEntry, 'label'> & { counts: Map<string, number> };

export function listUnitDirectory(store: Store): UnitEntry[] {
  const reader = planReader(store);
  const plans = new Map(reader.plans().map((p) => [p.id, p]));
  const byKey = new Map<string, Building>();
  for (const u of reader.units()) {
    const id = `${u.jurisdiction}\u0000${u.key}`;
    const e: Building = byKey.get(id) ?? {
      key: u.key, jurisdiction: u.jurisdiction, name: u.name, names: [], aliases: [], tasks: { lead: [], support: [], responsible: [] }, counts: new Map(),
    };
    e.names.push(u.name);
    e.counts.set(u.name, u.lead + u.support + u.responsible);
    for (const a of reader.aliasesOfUnit(u.id)) if (!e.aliases.includes(a)) e.aliases.push(a);
    for (const t of reader.tasksOfUnit(u.id)) {
      const plan = plans.get(t.planId);
      const line = `${plan?.shortName ?? ''} · 任务${t.number} ${t.title}`;
      if (!e.tasks[t.role].includes(line)) e.tasks[t.role].push(line);
    }
    byKey.set(id, e);
  }
  const entries = [...byKey.values()].map(({ counts, ...e }) => ({
    ...e,
    name: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
  }));
  // The place is shown only where it tells two entries apart (the short name in context otherwise).
  const places = new Map<string, Set<string>>();
  for (const e of entries) places.set(e.key, (places.get(e.key) ?? new Set()).add(e.jurisdiction));
  return entries.map((e) => ({ ...e, label: places.get(e.key)!.size > 1 ? unitLabel(e.name, e.jurisdiction) : e.name }));
}
