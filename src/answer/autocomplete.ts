// Suggestions for options marked `autocomplete: 'plan' | 'task' | 'unit'` (Discord autocomplete;
// Slack has no equivalent for slash commands). At most 25 choices of ≤100 characters (Discord limits).
import { planReader } from '../store/plan-reader.ts';
import type { Store } from '../store/open.ts';
import { cut as cutText } from '../text/cut.ts';
import { toSimplified } from '../text/script.ts';

export interface Choice {
  name: string;
  value: string;
}

const MAX_CHOICES = 25;
const MAX_LEN = 100;

const cut = (s: string): string => cutText(s, MAX_LEN);

/** What the user typed so far (either script) → matching plans, tasks or units, best first. */
export function autocomplete(store: Store, kind: 'plan' | 'task' | 'unit', typed: string, opts: { plan?: string } = {}): Choice[] {
  const q = toSimplified(typed.trim());
  const reader = planReader(store);
  const has = (s: string) => !q || s.includes(q);
  if (kind === 'plan') {
    return reader
      .plans()
      .filter((p) => has(p.title) || has(p.shortName))
      .slice(0, MAX_CHOICES)
      .map((p) => ({ name: cut(p.shortName || p.title), value: cut(p.title) }));
  }
  if (kind === 'unit') {
    return reader
      .units()
      .filter((u) => has(u.name) || (q && reader.aliasesOfUnit(u.id).some((a) => a.includes(q))))
      .sort((a, b) => b.lead + b.responsible - (a.lead + a.responsible))
      .slice(0, MAX_CHOICES)
      .map((u) => ({ name: cut(u.name), value: cut(u.name) }));
  }
  const plans = reader.plans().filter((p) => !opts.plan || p.title.includes(toSimplified(opts.plan)) || p.shortName.includes(toSimplified(opts.plan)));
  const out: Choice[] = [];
  for (const p of plans) {
    for (const t of reader.tasksOfPlan(p.id)) {
      // 3 → 任务3; 赋能交通 → the title
      if (!q || t.number === q.replace(/^任务/, '') || t.title.includes(q)) {
        out.push({ name: cut(`${p.shortName} · 任务${t.number} ${t.title}`), value: cut(t.title) });
        if (out.length >= MAX_CHOICES) return out;
      }
    }
  }
  return out;
}
