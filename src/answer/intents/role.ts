// Who leads, supports or is in charge of a task (谁牵头推动5G赋能交通 / 那配合单位呢).
import { noUnitLine, roleLines, taskLine, unitsOfTask, type RoleUnits } from '../compose.ts';
import { answerTask, notFound, topicLabel, type Ctx, type Draft } from '../context.ts';
import { findTasks } from '../find-tasks.ts';
import { planIndex } from '../plan-index.ts';
import { taskHeads } from '../../store/answer-reader.ts';
import type { Role } from '../role-word.ts';
import type { AnswerTask } from '../types.ts';

/** The units that answer the role asked; a plan with only 责任单位 answers "who leads" with them. */
function pickUnits(u: RoleUnits, role: Role): { units: string[]; first: keyof RoleUnits; note?: string } {
  if (role === 'lead') {
    if (u.lead.length) return { units: u.lead, first: 'lead' };
    if (u.responsible.length) return { units: u.responsible, first: 'responsible', note: '未单列牵头单位，由责任单位负责。' };
    return { units: [], first: 'support', note: '未写明牵头单位。' };
  }
  if (role === 'supports') return { units: u.support, first: 'support', note: u.support.length ? undefined : '未写明配合单位。' };
  if (u.responsible.length) return { units: u.responsible, first: 'responsible' };
  return { units: u.lead, first: 'lead', note: u.lead.length ? undefined : '未写明责任单位。' };
}

function matchedText(ctx: Ctx, via: string, taskId: number, refId: number | null): string | undefined {
  if (via === 'clause') return ctx.reader.clausesOfTask(taskId).find((c) => c.id === refId)?.text;
  if (via === 'deadline') return ctx.reader.deadlinesOfTask(taskId).find((d) => d.id === refId)?.text;
  return undefined;
}

export function answerRole(ctx: Ctx, role: Role): Draft {
  const found = findTasks(ctx);
  if (found.askBack) return found.askBack;
  if (!found.matches.length) return notFound(`${topicLabel(ctx)}这项任务`);
  const units: string[] = [];
  const tasks: AnswerTask[] = [];
  const lines: string[] = [];
  // One query for the shown tasks' numbers and titles (a full task row carries its whole text).
  const heads = taskHeads(ctx.store, found.matches.map((m) => m.taskId));
  for (const m of found.matches) {
    const task = heads.get(m.taskId)!;
    const plan = planIndex(ctx.reader).plans.get(m.planId)!;
    tasks.push(answerTask(task, plan));
    const u = unitsOfTask(ctx.reader, m.taskId, m.via === 'clause' ? m.refId : null);
    lines.push(taskLine(plan, task));
    const text = matchedText(ctx, m.via, m.taskId, m.refId);
    if (text) lines.push(`（${text.length > 60 ? `${text.slice(0, 60)}…` : text}）`);
    const asked = pickUnits(u, role);
    units.push(...asked.units);
    if (!u.lead.length && !u.support.length && !u.responsible.length) lines.push(noUnitLine(plan, role === 'supports' ? '配合单位' : '牵头或责任单位'));
    else {
      if (asked.note) lines.push(asked.note);
      lines.push(...roleLines(u, asked.first));
    }
  }
  return { found: true, lines, units: [...new Set(units)], tasks, subject: found.matches.map((m) => m.taskId) };
}

export const answerLead = (ctx: Ctx) => answerRole(ctx, 'lead');
export const answerSupports = (ctx: Ctx) => answerRole(ctx, 'supports');
export const answerResponsible = (ctx: Ctx) => answerRole(ctx, 'responsible');
