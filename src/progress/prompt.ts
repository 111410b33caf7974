// The weekly prompt: per unit, the tasks it leads or is responsible for in a followed plan, with
// its last reported status, and how to answer (reply in the thread the prompt opens).
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { latestReportsAsOf } from '../store/progress-reader.ts';
import { expectedUnits, type UnitTasks } from '../store/units-of-plan.ts';
import { addWeeks, localDate, weekBounds } from '../core/week.ts';
import { runLadder } from './ladder.ts';
import { ladderNotices, promptLinesByRole } from './prompt-roles.ts';

export interface WeeklyPrompt {
  tenant: string;
  planId: number;
  plan: string;
  week: string;
  units: Array<UnitTasks & { last: Record<number, { status: string | null; percent: number | null }> }>;
  text: string;
  /** The text in two parts, so a chat renderer can split the unit list at line ends (issue 13). */
  intro: string[];
  unitLines: string[];
}

export function buildWeeklyPrompt(store: Store, input: { tenant: string; planId: number; week: string; now?: Date; timezone?: string }): WeeklyPrompt {
  const plan = planReader(store).plan(input.planId);
  const title = plan?.shortName ?? String(input.planId);
  const latest = latestReportsAsOf(store, input.tenant, input.planId, addWeeks(input.week, -1));
  const units = expectedUnits(store, input.tenant, input.planId).map((u) => {
    const last: Record<number, { status: string | null; percent: number | null }> = {};
    for (const r of latest) if (r.unitId === u.unitId && r.taskKeyId != null) last[r.taskKeyId] = { status: r.status, percent: r.percent };
    return { ...u, last };
  });
  const intro = [`【${title}】${input.week} 进度征询：请各单位在本话题中回复本周进展。`, '示例：任务3 推进中 60%，新增5G工厂12家；或“本周无新进展”。'];
  // Issue 15: the 督办 ladder's steps for this week, and each unit asked by its role.
  const now = input.now ?? weekBounds(input.week, input.timezone ?? 'Asia/Shanghai').start;
  const steps = runLadder(store, { tenant: input.tenant, planId: input.planId, week: input.week, now, timezone: input.timezone });
  const unitLines = [...promptLinesByRole(store, { ...input, today: localDate(now, input.timezone ?? 'Asia/Shanghai') }, units, steps), ...ladderNotices(steps)];
  return { tenant: input.tenant, planId: input.planId, plan: title, week: input.week, units, text: [...intro, ...unitLines].join('\n'), intro, unitLines };
}
