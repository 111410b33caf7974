// A unit's tasks, by the role asked (市工信局牵头了哪些工作 / 把市水务局牵头的活列一下).
// 参与 alone is any role; a topic left over narrows the list (市工信局牵头的智慧法院任务).
import { notFound, type Ctx, type Draft } from '../context.ts';
import { unitNames } from '../compose.ts';
import { planIndex, type UnitTask } from '../plan-index.ts';
import { matchKey } from '../../text/match-key.ts';
import type { AnswerTask } from '../types.ts';

const MAX_LISTED = 60;
const LABEL: Record<string, string> = { lead: '牵头', support: '配合', responsible: '负责' };

function rolesAsked(ctx: Ctx): string[] {
  const role = ctx.slots.anyRole ? null : ctx.role;
  return role === 'lead' ? ['lead'] : role === 'supports' ? ['support'] : role === 'responsible' ? ['lead', 'responsible'] : ['lead', 'support', 'responsible'];
}

function collect(ctx: Ctx, roles: string[]): Map<number, { task: UnitTask; roles: string[] }> {
  const index = planIndex(ctx.reader);
  const seen = new Map<number, { task: UnitTask; roles: string[] }>();
  for (const u of ctx.unit!.units) {
    for (const t of index.unitTasks.get(u.id) ?? []) {
      if (!roles.includes(t.role) || (ctx.planIds && !ctx.planIds.has(t.planId))) continue;
      const e = seen.get(t.taskId) ?? { task: t, roles: [] };
      if (!e.roles.includes(t.role)) e.roles.push(t.role);
      seen.set(t.taskId, e);
    }
  }
  return seen;
}

/** 市工信局牵头的智慧法院任务: keep the tasks whose title holds the leftover topic; none → say so. */
function narrowByTopic(ctx: Ctx, seen: Map<number, { task: UnitTask; roles: string[] }>): boolean {
  // Role words and what is left of the unit's name (白云区|政府) are no topic.
  const topic = ctx.topic
    .split('|')
    .map((p) => p.replace(/负责|牵头|配合|参与|协同|主导|协办|政府|任务|工作|事情|事项|项目|哪些|什么|清单|列表|一共|总共|共|几项|多少|的|事|活|把|手头|都|作为/g, ''))
    .filter((p) => p.length >= 2 && !ctx.unit!.units.some((u) => matchKey(u.name).includes(p)));
  if (!topic.length) return true;
  const keep = [...seen].filter(([, e]) => topic.every((p) => matchKey(e.task.title).includes(p)));
  if (!keep.length) return false;
  seen.clear();
  for (const [k, v] of keep) seen.set(k, v);
  return true;
}

export function answerUnitTasks(ctx: Ctx): Draft {
  if (!ctx.unit) return notFound(`名为“${ctx.slots.unknownUnit ?? ''}”的单位`);
  const roles = rolesAsked(ctx);
  const index = planIndex(ctx.reader);
  const seen = collect(ctx, roles);
  const names = unitNames(ctx.unit.units.map((u) => u.name));
  const words = roles.map((r) => LABEL[r]!);
  const what = words.length > 1 ? `${words.slice(0, -1).join('、')}或${words[words.length - 1]}` : words[0]!;
  const narrowed = seen.size > 0 && narrowByTopic(ctx, seen);
  if (!seen.size || !narrowed) {
    const other = ctx.unit.units.reduce((n, u) => n + (index.unitTasks.get(u.id)?.length ?? 0), 0);
    const draft = notFound(`${names.join('、')}${what}的${seen.size && !narrowed ? `“${ctx.topic.replace(/\|/g, '')}”` : ''}任务`);
    if (other) draft.lines.push(`它在其他角色或任务上有${other}项任务，可以问“${names[0]}有哪些任务”。`);
    return { ...draft, units: names };
  }
  const lines = [`${names.join('、')}${what}的任务（${seen.size}项）：`];
  const tasks: AnswerTask[] = [];
  // A unit of many plans (市工业和信息化局 in 2,000) has thousands: one chat message holds ~60 lines.
  for (const { task, roles: r } of [...seen.values()].slice(0, MAX_LISTED)) {
    const plan = index.plans.get(task.planId)!;
    tasks.push({ plan: plan.title, id: task.number, title: task.title });
    lines.push(`${tasks.length}. 【${plan.shortName} · 任务${task.number}】${task.title}（${r.map((x) => LABEL[x]).join('、')}）`);
  }
  if (seen.size > MAX_LISTED) lines.push(`…共${seen.size}项，可加上计划名缩小范围（如“广州5G应用计划里${names[0]}牵头哪些任务”）。`);
  return { found: true, lines, units: names, tasks, choices: [...seen.keys()].slice(0, 20) };
}
