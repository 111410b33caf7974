// Which units a tenant asks about a plan each week: those that lead or are responsible for a task
// (support units report through the lead). When the workspace has members in some of them, only
// those (nobody else can answer); when it has none yet, all of them, so the digest is still useful.
import type { Store } from './open.ts';
import { membersOfTenant, planAssignments, type PlanAssignment } from './progress-reader.ts';

export interface UnitTasks {
  unitId: number;
  unit: string;
  members: string[];
  tasks: Array<{ taskId: number; taskKeyId: number; number: string; title: string; role: 'lead' | 'responsible' }>;
}

export function expectedUnits(store: Store, tenant: string, planId: number, assignments: PlanAssignment[] = planAssignments(store, planId)): UnitTasks[] {
  const members = new Map<number, string[]>();
  for (const m of membersOfTenant(store, tenant)) members.set(m.unitId, [...(members.get(m.unitId) ?? []), m.user]);
  const byUnit = new Map<number, UnitTasks>();
  for (const a of assignments) {
    if (a.role === 'support') continue;
    let u = byUnit.get(a.unitId);
    if (!u) byUnit.set(a.unitId, (u = { unitId: a.unitId, unit: a.unit, members: members.get(a.unitId) ?? [], tasks: [] }));
    if (!u.tasks.some((t) => t.taskId === a.taskId)) u.tasks.push({ taskId: a.taskId, taskKeyId: a.taskKeyId, number: a.number, title: a.title, role: a.role });
  }
  const all = [...byUnit.values()];
  const withMembers = all.filter((u) => u.members.length);
  return withMembers.length ? withMembers : all;
}
