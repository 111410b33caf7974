// Who leads, supports or is in charge of a task (谁牵头推动5G赋能交通 / 那配合单位呢).
import { noUnitLine, roleLines, taskLine, unitsOfTask, type RoleUnits } from '../compose.ts';
import { topicLabel, type Ctx, type Draft } from '../context.ts';
import { tasksToShow } from '../find-tasks.ts';
import { taskHeads } from '../../store/answer-reader.ts';
import type { Role } from '../role-word.ts';

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
  // The shown tasks' numbers and titles in one query (a full task row carries its whole text).
  const found = tasksToShow(ctx, `${topicLabel(ctx)}这项任务`, (ids) => taskHeads(ctx.store, ids));
  if ('reply' in found) return found.reply;
  const units: string[] = [];
  const lines: string[] = [];
  for (const { m, task, plan } of found.shown) {
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
  return { found: true, lines, units: [...new Set(units)], tasks: found.tasks, subject: found.subject };
}

export const answerLead = (ctx: Ctx) => answerRole(ctx, 'lead');
export const answerSupports = (ctx: Ctx) => answerRole(ctx, 'supports');
export const answerResponsible = (ctx: Ctx) => answerRole(ctx, 'responsible');
