// The unit directory as a listing: units grouped by directory key (市发展改革委 and 市发展改革委员会
// are one unit), with their aliases and the tasks they lead, support or are responsible for.
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';

export interface UnitEntry {
  key: string;
  name: string; // the spelling used most often
  names: string[]; // every spelling in the plans
  aliases: string[];
  tasks: { lead: string[]; support: string[]; responsible: string[] }; // "广州5G应用 · 任务4 推动5G赋能交通"
}

export function listUnitDirectory(store: Store): UnitEntry[] {
  const reader = planReader(store);
  const plans = new Map(reader.plans().map((p) => [p.id, p]));
  const byKey = new Map<string, UnitEntry & { counts: Map<string, number> }>();
  for (const u of reader.units()) {
    const e: UnitEntry & { counts: Map<string, number> } = byKey.get(u.key) ?? {
      key: u.key, name: u.name, names: [], aliases: [], tasks: { lead: [], support: [], responsible: [] }, counts: new Map(),
    };
    e.names.push(u.name);
    e.counts.set(u.name, u.lead + u.support + u.responsible);
    for (const a of reader.aliasesOfUnit(u.id)) if (!e.aliases.includes(a)) e.aliases.push(a);
    for (const t of reader.tasksOfUnit(u.id)) {
      const plan = plans.get(t.planId);
      const line = `${plan?.shortName ?? ''} · 任务${t.number} ${t.title}`;
      if (!e.tasks[t.role].includes(line)) e.tasks[t.role].push(line);
    }
    byKey.set(u.key, e);
  }
  return [...byKey.values()].map(({ counts, ...e }) => ({
    ...e,
    name: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
  }));
}
