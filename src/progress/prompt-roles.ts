// The weekly prompt by role (issue 15): the lead unit (牵头单位) answers for the whole task, so its
// line asks for the task's overall state, its supporters' part included; a supporting unit (配合单位)
// is asked for its own part only. A task behind 序时进度 is named on its unit's line (the ladder's
// first step), the ladder's later steps follow the unit lines, and a unit whose members are all
// on leave (请假到…) is shown as away, not asked.
import type { Store } from '../store/open.ts';
import { membersOfTenant, planAssignments } from '../store/progress-reader.ts';
import type { LadderStep } from '../store/schedule-reader.ts';
import { leavesOn } from '../store/schedule-reader.ts';
import type { UnitTasks } from '../store/units-of-plan.ts';

export const LEAD_ASK = '请报告任务整体进展（含配合单位完成情况）';
export const SUPPORT_ASK = '请报告本单位承担部分的进展';

type PromptUnit = UnitTasks & { last: Record<number, { status: string | null; percent: number | null }> };

/** Supporting units of the plan that have members here (or all, when nobody has joined yet), with their tasks. */
function supportingUnits(store: Store, tenant: string, planId: number): Array<{ unitId: number; unit: string; members: string[]; tasks: Array<{ taskKeyId: number; number: string }> }> {
  const members = new Map<number, string[]>();
  for (const m of membersOfTenant(store, tenant)) members.set(m.unitId, [...(members.get(m.unitId) ?? []), m.user]);
  const byUnit = new Map<number, { unitId: number; unit: string; members: string[]; tasks: Array<{ taskKeyId: number; number: string }> }>();
  for (const a of planAssignments(store, planId)) {
    if (a.role !== 'support') continue;
    const u = byUnit.get(a.unitId) ?? { unitId: a.unitId, unit: a.unit, members: members.get(a.unitId) ?? [], tasks: [] };
    if (!u.tasks.some((t) => t.taskKeyId === a.taskKeyId)) u.tasks.push({ taskKeyId: a.taskKeyId, number: a.number });
    byUnit.set(a.unitId, u);
  }
  const all = [...byUnit.values()];
  return members.size ? all.filter((u) => u.members.length) : all;
}

function awayUntil(members: string[], leaves: Map<string, string>): string | null {
  if (!members.length || !members.every((m) => leaves.has(m))) return null;
  return members.map((m) => leaves.get(m)!).sort()[0];
}

/** The prompt's unit lines: leads (and responsible units) first, then supporting units. */
export function promptLinesByRole(store: Store, input: { tenant: string; planId: number; today: string }, units: PromptUnit[], steps: LadderStep[]): string[] {
  const leaves = leavesOn(store, input.tenant, input.today);
  const behind = new Map(steps.filter((s) => s.level === 'yellow').map((s) => [s.taskKeyId, s] as const));
  const lines: string[] = [];
  for (const u of units) {
    const away = awayUntil(u.members, leaves);
    const tasks = u.tasks.map((t) => {
      const l = u.last[t.taskKeyId];
      const late = behind.get(t.taskKeyId);
      return `任务${t.number}${t.role === 'lead' ? '（牵头）' : ''}${l?.status ? `［上次：${l.status}${l.percent != null ? ` ${l.percent}%` : ''}］` : ''}${late ? `［${late.light === 'red' ? '红灯' : '黄灯'}：落后序时进度］` : ''}`;
    });
    lines.push(`• ${u.unit}：${tasks.join('、')}${away ? `（请假至 ${away}）` : ` — ${u.tasks.some((t) => t.role === 'lead') ? LEAD_ASK : '请报告进展'}`}`);
  }
  const supporters = supportingUnits(store, input.tenant, input.planId);
  if (supporters.length) lines.push('配合单位：');
  for (const s of supporters) {
    const away = awayUntil(s.members, leaves);
    lines.push(`• ${s.unit}（配合）：${s.tasks.map((t) => `任务${t.number}`).join('、')}${away ? `（请假至 ${away}）` : ` — ${SUPPORT_ASK}`}`);
  }
  return lines;
}

const MAX_NOTICES = 5;

/** The ladder's later steps as the prompt shows them: 督办提示 to leads, 督办单 for the coordinator. */
export function ladderNotices(steps: LadderStep[]): string[] {
  const later = steps.filter((s) => s.level !== 'yellow').sort((a, b) => (a.level === b.level ? 0 : a.level === 'lead' ? -1 : 1));
  const shown = later.slice(0, MAX_NOTICES).map((s) => s.message);
  // 200 overdue tasks would drown the prompt: all are recorded (the ledger has them), a few shown.
  if (later.length > MAX_NOTICES) shown.push(`另有 ${later.length - MAX_NOTICES} 项督办记录，见台账（duban export）。`);
  return shown;
}
