// answerQuestion: a free question (Simplified or Traditional) or structured options → AnswerJson
// (../shared/spec/ask-json.md). Reads only; never throws on what a person can type.
import type { Store } from '../store/open.ts';
import { planReader, type PlanReader } from '../store/plan-reader.ts';
import type { StoredPlan, StoredTask } from '../store/rows.ts';
import { stripInvisible } from '../text/invisible.ts';
import { matchKey } from '../text/match-key.ts';
import { detectScript, toScript, toSimplified } from '../text/script.ts';
import type { Script } from '../text/script.ts';
import { detectIntent, type Role } from './intent.ts';
import { resolvePlans } from './resolve-plan.ts';
import { resolveUnit, type UnitMention } from './resolve-unit.ts';
import { resolveTasks, type TaskMatch } from './resolve-task.ts';
import { questionTopic } from './topic.ts';
import { planIndex, type UnitTask } from './plan-index.ts';
import { answerDeadline } from './answer-deadline.ts';
import { answerTarget } from './answer-target.ts';
import {
  HELP_TEXT, MAX_TEXT, cite, fitLines, noUnitLine, planOverview, roleLines, taskLine, unitsOfTask, type RoleUnits,
} from './compose.ts';
import type { AnswerJson, AnswerTask, AskOptions, Intent } from './types.ts';

export type { AnswerJson, AskOptions, Intent } from './types.ts';

/** What the composing steps return; index.ts adds the question, intent and script. */
export interface Draft {
  found: boolean;
  lines: string[];
  units?: string[];
  tasks?: AnswerTask[];
  targets?: AnswerJson['targets'];
}

export interface Ctx {
  reader: PlanReader;
  q: string; // Simplified, cleaned
  topic: string; // matchKey
  plans: StoredPlan[] | null;
  planIds: Set<number> | null;
  unit: UnitMention | null;
  year: number | null;
  role: Role | null;
  now: Date;
}

// A question is read up to here; a longer message is not a question about a task.
const MAX_QUESTION = 300;

export function notFound(what: string): Draft {
  return { found: false, lines: [`我掌握的计划里没有${what}。`] };
}

export function answerTask(t: StoredTask, plan: StoredPlan): AnswerTask {
  return { plan: plan.title, id: t.number, title: t.title };
}

function topicLabel(ctx: Ctx): string {
  return ctx.topic ? `“${ctx.topic.replace(/\|/g, '').replace(/[a-z]/g, (c) => c.toUpperCase()).slice(0, 30)}”` : '';
}

// 广州5G应用 任务4 / 开封 任务1.2 / 任务s1: the number people read in a citation.
const TASK_NUMBER = /任务\s*([0-9]+(?:\.[0-9]+)*|[sc][0-9]+)(?![0-9.])/i;

/** A task named by its number within the plan the question names (or the one plan that has it). */
function numberedTask(ctx: Ctx): TaskMatch[] {
  const m = TASK_NUMBER.exec(ctx.q);
  if (!m) return [];
  const plans = ctx.plans ?? [...planIndex(ctx.reader).plans.values()];
  const found = plans
    .map((p) => ctx.reader.taskByNumber(p.id, m[1]!.toLowerCase()))
    .filter((t): t is StoredTask => t != null)
    .map((t) => ({ taskId: t.id, planId: t.planId, score: 1, via: 'title' as const, refId: null }));
  return found.length === 1 || ctx.plans ? found : [];
}

/** The tasks a question names: by number, else by retrieval over the topic. */
export function findTasks(ctx: Ctx): TaskMatch[] {
  const byNumber = numberedTask(ctx);
  return byNumber.length ? byNumber : resolveTasks(ctx.reader, ctx.topic, ctx.planIds);
}

function answerRole(ctx: Ctx, role: Role): Draft {
  const matches = findTasks(ctx);
  if (!matches.length) return notFound(`${topicLabel(ctx)}这项任务`);
  const units: string[] = [];
  const tasks: AnswerTask[] = [];
  const lines: string[] = [];
  for (const m of matches) {
    const task = ctx.reader.task(m.taskId)!;
    const plan = planIndex(ctx.reader).plans.get(m.planId)!;
    tasks.push(answerTask(task, plan));
    const u = unitsOfTask(ctx.reader, m.taskId, m.via === 'clause' ? m.refId : null);
    lines.push(taskLine(plan, task));
    if (m.via === 'clause' || m.via === 'deadline') {
      const text = m.via === 'clause' ? ctx.reader.clausesOfTask(m.taskId).find((c) => c.id === m.refId)?.text : ctx.reader.deadlinesOfTask(m.taskId).find((d) => d.id === m.refId)?.text;
      if (text) lines.push(`（${text.length > 60 ? `${text.slice(0, 60)}…` : text}）`);
    }
    const asked = pickUnits(u, role);
    units.push(...asked.units);
    if (!u.lead.length && !u.support.length && !u.responsible.length) lines.push(noUnitLine(plan, role === 'supports' ? '配合单位' : '牵头或责任单位'));
    else {
      if (asked.note) lines.push(asked.note);
      lines.push(...roleLines(u, asked.first));
    }
  }
  return { found: true, lines, units: [...new Set(units)], tasks };
}

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

function answerUnitTasks(ctx: Ctx): Draft {
  if (!ctx.unit) return notFound(`名为“${/^[\u4e00-\u9fff]{1,12}?(?:局|委|办|厅|部|政府|公司|集团)/.exec(ctx.q)?.[0] ?? ''}”的单位`);
  // 参与 (takes part) is any role; 配合 is support only.
  const role = ctx.role === 'supports' && /参与/.test(ctx.q) && !/配合|协助|协同/.test(ctx.q) ? null : ctx.role;
  const roles = role === 'lead' ? ['lead'] : role === 'supports' ? ['support'] : role === 'responsible' ? ['lead', 'responsible'] : ['lead', 'support', 'responsible'];
  const label: Record<string, string> = { lead: '牵头', support: '配合', responsible: '负责' };
  const index = planIndex(ctx.reader);
  const seen = new Map<number, { task: UnitTask; roles: string[] }>();
  for (const u of ctx.unit.units) {
    for (const t of index.unitTasks.get(u.id) ?? []) {
      if (!roles.includes(t.role) || (ctx.planIds && !ctx.planIds.has(t.planId))) continue;
      const e = seen.get(t.taskId) ?? { task: t, roles: [] };
      if (!e.roles.includes(t.role)) e.roles.push(t.role);
      seen.set(t.taskId, e);
    }
  }
  const names = [...new Set(ctx.unit.units.map((u) => u.name))];
  const words = roles.map((r) => label[r]!);
  const what = words.length > 1 ? `${words.slice(0, -1).join('、')}或${words[words.length - 1]}` : words[0]!;
  if (!seen.size) {
    const other = ctx.unit.units.reduce((n, u) => n + (index.unitTasks.get(u.id)?.length ?? 0), 0);
    const draft = notFound(`${names.join('、')}${what}的任务`);
    if (other) draft.lines.push(`它在其他角色上有${other}项任务，可以问“${names[0]}有哪些任务”。`);
    return { ...draft, units: names };
  }
  const lines = [`${names.join('、')}${what}的任务（${seen.size}项）：`];
  const tasks: AnswerTask[] = [];
  for (const { task, roles: r } of seen.values()) {
    const plan = index.plans.get(task.planId)!;
    tasks.push({ plan: plan.title, id: task.number, title: task.title });
    lines.push(`【${plan.shortName} · 任务${task.number}】${task.title}（${r.map((x) => label[x]).join('、')}）`);
  }
  return { found: true, lines, units: names, tasks };
}

function answerTaskDetails(ctx: Ctx): Draft {
  const matches: TaskMatch[] = findTasks(ctx);
  if (!matches.length) return notFound(`${topicLabel(ctx)}这项任务`);
  const lines: string[] = [];
  const units: string[] = [];
  const tasks: AnswerTask[] = [];
  for (const m of matches) {
    const task = ctx.reader.task(m.taskId)!;
    const plan = planIndex(ctx.reader).plans.get(m.planId)!;
    tasks.push(answerTask(task, plan));
    const u = unitsOfTask(ctx.reader, m.taskId, m.via === 'clause' ? m.refId : null);
    units.push(...(u.lead.length ? u.lead : u.responsible));
    lines.push(taskLine(plan, task));
    if (task.path.length) lines.push(`位置：${task.path.join(' › ')}`);
    const r = roleLines(u, null);
    lines.push(...(r.length ? r : [noUnitLine(plan)]));
    for (const d of ctx.reader.deadlinesOfTask(task.id)) lines.push(`期限：${d.date}（${d.text}）`);
    if (task.body) lines.push(`内容：${task.body.length > 120 ? `${task.body.slice(0, 120)}…` : task.body}`);
  }
  return { found: true, lines, units: [...new Set(units)], tasks };
}

function answerPlan(ctx: Ctx): Draft {
  const plans = ctx.plans ?? [...planIndex(ctx.reader).plans.values()];
  if (!plans.length) return notFound('任何计划');
  if (!ctx.plans) {
    const lines = [`我掌握的计划（${plans.length}个）：`, ...plans.map((p) => `《${p.title}》（${p.shortName}）：${p.taskCount}项任务${p.period ? `，${p.period.start}–${p.period.end}年` : ''}`)];
    return { found: true, lines };
  }
  const lines: string[] = [];
  const index = planIndex(ctx.reader);
  // 扬帆计划有哪些任务 / 任务清单: the overview, then every task cited.
  // 有哪些重点工程 / 专栏 / 保障措施: only the tasks of that kind.
  const kind = /工程|专栏/.test(ctx.q) ? 'column' : /保障措施/.test(ctx.q) ? 'safeguard' : null;
  const listTasks = kind != null || /(?:哪些|什么|所有)(?:重点)?(?:任务|工作)|任务(?:清单|列表|目录)/.test(ctx.q);
  const tasks: AnswerTask[] = [];
  for (const p of plans) {
    const list = ctx.reader.tasksOfPlan(p.id);
    lines.push(planOverview(p, list, index.targets.filter((t) => t.planId === p.id).length));
    if (listTasks) {
      for (const t of list.filter((x) => kind == null || x.kind === kind)) {
        lines.push(taskLine(p, t));
        tasks.push(answerTask(t, p));
      }
    }
  }
  return { found: true, lines, tasks };
}

function draftFor(intent: Intent, ctx: Ctx): Draft {
  switch (intent) {
    case 'help':
      return { found: true, lines: [HELP_TEXT] };
    case 'progress':
      return { found: false, lines: ['进展按工作区记录：用 /report 报告进展，用 /digest 查看周报。我掌握的计划里只有任务、单位、目标和期限。'] };
    case 'lead':
    case 'supports':
    case 'responsible':
      return answerRole(ctx, intent);
    case 'unit_tasks':
      return answerUnitTasks(ctx);
    case 'target':
      return answerTarget(ctx);
    case 'deadline':
      return answerDeadline(ctx);
    case 'task':
      return answerTaskDetails(ctx);
    case 'plan':
      return answerPlan(ctx);
    default:
      return { found: false, lines: ['我掌握的计划里没有能回答这个问题的内容。可以问：谁牵头某项任务、某单位牵头哪些任务、某年的目标、某项任务的期限。'] };
  }
}

/** Answers one question from the store's current plans. `opts.now` anchors 下个月 and 本周. */
export function answerQuestion(store: Store, question: string, opts: AskOptions = {}): AnswerJson {
  const raw = typeof question === 'string' ? question : String(question ?? '');
  const cleaned = stripInvisible(raw.replace(/[\t\r\n]/g, ' ')).trim();
  const script: Script = cleaned ? detectScript(cleaned.slice(0, MAX_QUESTION)) : 'simplified';
  let intent: Intent = 'unknown';
  let draft: Draft;
  try {
    const reader = planReader(store);
    const q = toSimplified(cleaned.slice(0, MAX_QUESTION));
    if (!/[\p{L}\p{N}]/u.test(q) && !opts.intent) {
      intent = 'help';
      draft = { found: true, lines: [HELP_TEXT] };
    } else {
      const planMention = resolvePlans(reader, q, opts.plan ? toSimplified(opts.plan) : undefined);
      const unit = resolveUnit(reader, opts.unit ? toSimplified(opts.unit) : q);
      const spans = [...planMention.spans, ...(unit ? [unit.span] : [])];
      const topic = opts.task ? matchKey(toSimplified(opts.task)) : questionTopic(q, spans);
      const yearMatch = /((?:19|20)\d{2})\s*年/.exec(q) ?? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(q);
      const unitLike = !unit && /^[\u4e00-\u9fff]{0,8}?(?:局|委|办|厅|部|政府|公司|集团)(?=牵头|负责|配合|参与|承担|有|的)/.test(q);
      const guess = detectIntent(q, { hasUnit: !!unit, hasPlan: !!planMention.plans, hasTopic: topic.length >= 2, unitLike });
      intent = opts.intent ?? guess.intent;
      const plans = planMention.plans;
      draft = draftFor(intent, {
        reader, q, topic, plans, planIds: plans ? new Set(plans.map((p) => p.id)) : null, unit,
        year: opts.year ?? (yearMatch ? Number(yearMatch[1]) : null), role: guess.role, now: opts.now ?? new Date(),
      });
    }
  } catch (err) {
    if (process.env.DUBAN_DEBUG) throw err;
    draft = { found: false, lines: ['这个问题我没能回答，请换个说法。'] };
  }
  const text = toScript(fitLines(draft.lines, MAX_TEXT), script).slice(0, MAX_TEXT);
  return { question: raw, intent, found: draft.found, text, units: draft.units ?? [], tasks: draft.tasks ?? [], targets: draft.targets ?? [] };
}

export { cite };
