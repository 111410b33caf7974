// Step 1 of recording: which unit reports, in which plan, with which of its tasks. The unit named
// (members or coordinators) or the reporter's own; the plan named, or the prompt this thread belongs
// to, or the channel's follows, or every plan. A member of several units who names a task reports
// for the unit that has a part in it (任务3 → its lead).
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import type { StoredPlan, StoredTask } from '../store/rows.ts';
import { followsOfChannel, promptOfThread, unitsOfUser } from '../store/progress-reader.ts';
import { reject, type RecordInput, type RecordResult } from './record-input.ts';
import { findTaskRefs } from './reply/task-refs.ts';
import { normaliseText } from './reply/normalise.ts';
import { findPlan, findUnit, type UnitRef } from './resolve.ts';

export type UnitTask = StoredTask & { role: string };

export interface Reporter {
  unit: UnitRef;
  plan: StoredPlan;
  /** The unit's tasks in every plan considered (any role). */
  ownTasks: UnitTask[];
  /** The tasks it leads or is responsible for in this plan (a supporting unit reports through the lead). */
  ownInPlan: UnitTask[];
  /** The week of the prompt this reply answers, if it came in a prompt's thread. */
  threadWeek: string | null;
  onBehalf: boolean;
}

function unitsOf(store: Store, input: RecordInput, coordinator: boolean): UnitRef[] | RecordResult {
  const mine = unitsOfUser(store, input.tenant, input.user);
  if (input.unit) {
    const u = findUnit(store, input.unit, { tenant: input.tenant, user: input.user });
    if (!u) return reject('unknown_unit', `找不到单位“${input.unit}”。`, '请使用规划中的单位全称或常用简称（如 市工信局）。');
    if (!coordinator && !mine.some((m) => m.unitId === u.id)) return reject('not_a_member', `你不是 ${u.name} 的成员，不能为其填报。`, `先用 /duban join ${u.name} 加入，或请协调人代为填报。`);
    return [u];
  }
  const units = mine.map((m) => ({ id: m.unitId, name: m.unit }));
  if (!units.length) return reject(coordinator ? 'missing_unit' : 'not_a_member', coordinator ? '请指明代哪个单位填报（unit:单位）。' : '你还没有加入任何单位。', '先用 /duban join 单位名称 加入本单位。');
  return units;
}

function plansOf(store: Store, input: RecordInput): { plans: StoredPlan[]; threadWeek: string | null } | RecordResult {
  const reader = planReader(store);
  const fromThread = input.thread && input.channel ? promptOfThread(store, input.tenant, input.channel, input.thread) : null;
  if (input.plan !== undefined && input.plan !== '') {
    const p = findPlan(store, input.plan);
    if (!p) return reject('unknown_plan', `找不到规划“${input.plan}”。`);
    return { plans: [p], threadWeek: fromThread?.week ?? null };
  }
  if (fromThread) return { plans: [reader.plan(fromThread.planId)!].filter(Boolean), threadWeek: fromThread.week };
  const followed = input.channel ? followsOfChannel(store, input.tenant, input.channel).map((f) => f.planId) : [];
  return { plans: reader.plans().filter((p) => !followed.length || followed.includes(p.id)), threadWeek: null };
}

function namedTasks(input: RecordInput): string[] {
  const fromText = input.text ? findTaskRefs(normaliseText(input.text)).map((r) => r.task) : [];
  return [...(input.task !== undefined && input.task !== '' ? [String(input.task)] : []), ...fromText, ...(input.correcting ?? [])];
}

export function resolveReporter(store: Store, input: RecordInput): Reporter | RecordResult {
  const coordinator = Boolean(input.isCoordinator ?? input.onBehalf);
  const units = unitsOf(store, input, coordinator);
  if (!Array.isArray(units)) return units;
  const found = plansOf(store, input);
  if ('status' in found) return found;
  const { plans, threadWeek } = found;
  const reader = planReader(store);
  // Prefer (unit, plan) pairs where the unit has tasks.
  const unitTasks = new Map<number, UnitTask[]>();
  for (const u of units) unitTasks.set(u.id, reader.tasksOfUnit(u.id).filter((t) => plans.some((p) => p.id === t.planId)));
  let withTasks = units.filter((u) => unitTasks.get(u.id)!.length);
  if (units.length > 1 && withTasks.length > 1) {
    const refs = namedTasks(input);
    const named = refs.length ? withTasks.filter((u) => unitTasks.get(u.id)!.some((t) => refs.includes(t.number))) : [];
    if (named.length === 1) withTasks = named;
  }
  if (units.length > 1 && withTasks.length !== 1) return reject('missing_unit', `你属于多个单位（${units.map((u) => u.name).join('、')}），请指明为哪个单位填报（unit:单位）。`);
  const unit = units.length === 1 ? units[0] : withTasks[0];
  const ownTasks = unitTasks.get(unit.id)!;
  const planIds = [...new Set(ownTasks.map((t) => t.planId))];
  const plan = plans.length === 1 ? plans[0] : plans.find((p) => p.id === planIds[0] && planIds.length === 1) ?? null;
  if (!plan) return reject('unknown_plan', `请指明规划（plan:规划名称）：${plans.slice(0, 5).map((p) => p.shortName).join('、')}。`);
  const ownInPlan = [...new Map(ownTasks.filter((t) => t.planId === plan.id && t.role !== 'support').map((t) => [t.id, t] as const)).values()];
  const onBehalf = !unitsOfUser(store, input.tenant, input.user).some((m) => m.unitId === unit.id);
  return { unit, plan, ownTasks, ownInPlan, threadWeek, onBehalf };
}
