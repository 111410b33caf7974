// The reminder: one, at the reminder time, to the units that have not reported this week and are
// not excused. 本周无新进展 counts as a report. Units nobody in the workspace belongs to are skipped
// (there is nobody to remind).
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { excusedUnits, reportsOfWeek } from '../store/progress-reader.ts';
import { expectedUnits, type UnitTasks } from '../store/units-of-plan.ts';
import { withoutLeave } from './leave.ts';
import { weekDate } from '../core/week.ts';

export interface Reminder {
  tenant: string;
  planId: number;
  plan: string;
  week: string;
  /** The silent units with their members, to mention. Empty: send nothing. */
  units: UnitTasks[];
  text: string;
  /** The text in two parts, so a chat renderer can split the unit list at line ends (issue 13). */
  intro: string[];
  unitLines: string[];
}

export function silentUnits(store: Store, input: { tenant: string; planId: number; week: string }): { expected: UnitTasks[]; silent: UnitTasks[]; reported: Set<number>; excused: Set<number> } {
  // Members on leave (请假到…) are not reminded; a unit all on leave is not silent (issue 15).
  const { y, m, d } = weekDate(input.week, 3);
  const expected = withoutLeave(store, input.tenant, expectedUnits(store, input.tenant, input.planId), `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const reported = new Set(reportsOfWeek(store, input.tenant, input.planId, input.week).map((r) => r.unitId));
  const excused = excusedUnits(store, input.tenant, input.week);
  return { expected, silent: expected.filter((u) => !reported.has(u.unitId) && !excused.has(u.unitId)), reported, excused };
}

export function buildReminder(store: Store, input: { tenant: string; planId: number; week: string }): Reminder {
  const plan = planReader(store).plan(input.planId)?.shortName ?? String(input.planId);
  const units = silentUnits(store, input).silent.filter((u) => u.members.length);
  const intro = units.length ? [`【${plan}】${input.week} 尚未填报进度的单位（${units.length} 个），请在征询话题中回复（或“本周无新进展”）：`] : [];
  const unitLines = units.map((u) => `• ${u.unit}（任务${u.tasks.map((t) => t.number).join('、')}）`);
  const text = [...intro, ...unitLines].join('\n');
  return { tenant: input.tenant, planId: input.planId, plan, week: input.week, units, text, intro, unitLines };
}
