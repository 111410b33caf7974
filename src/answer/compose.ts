// Reply text: short lines, every answer cited as `广州5G应用 · 任务4`, at most one chat message.
import type { PlanReader } from '../store/plan-reader.ts';
import type { StoredPlan, StoredTask, StoredTarget } from '../store/rows.ts';

export const MAX_TEXT = 2000;

export interface RoleUnits {
  lead: string[];
  support: string[];
  responsible: string[];
}

/** The units of a task by role; a matched clause with units of its own answers for itself. */
export function unitsOfTask(reader: PlanReader, taskId: number, clauseId: number | null = null): RoleUnits {
  const all = reader.assignmentsOfTask(taskId);
  const own = clauseId != null ? all.filter((a) => a.clauseId === clauseId) : [];
  const rows = own.length ? own : all.filter((a) => a.clauseId == null);
  const out: RoleUnits = { lead: [], support: [], responsible: [] };
  for (const a of rows) {
    const [name] = unitNames([a.unit]);
    if (!out[a.role].includes(name!)) out[a.role].push(name!);
  }
  return out;
}

/**
 * Unit names as the plans write them, once each. 市黄埔区政府 is no name a plan writes (a district
 * government never takes the city's 市): a 市 spread onto it by a list (市工信局、黄埔区政府) is dropped.
 */
export function unitNames(names: Iterable<string>): string[] {
  return [...new Set([...names].map((n) => n.replace(/^市(?=[\u4e00-\u9fff]{1,4}[区县](?:人民)?政府$)/, '')))];
}

export function cite(plan: StoredPlan, task: Pick<StoredTask, 'number'>): string {
  return `${plan.shortName} · 任务${task.number}`;
}

export function taskLine(plan: StoredPlan, task: Pick<StoredTask, 'number' | 'title'>): string {
  return `【${cite(plan, task)}】${task.title}`;
}

export function roleLines(u: RoleUnits, first: 'lead' | 'support' | 'responsible' | null): string[] {
  const order: Array<keyof RoleUnits> = first ? [first, ...(['lead', 'support', 'responsible'] as const).filter((r) => r !== first)] : ['lead', 'support', 'responsible'];
  const label: Record<keyof RoleUnits, string> = { lead: '牵头单位', support: '配合单位', responsible: '责任单位' };
  return order.filter((r) => u[r].length).map((r) => `${label[r]}：${u[r].join('、')}`);
}

export function noUnitLine(plan: StoredPlan, what = '牵头或责任单位'): string {
  const issuers = plan.issuers.length ? plan.issuers.join('、') : '（未写明）';
  return `《${plan.title}》没有为这项任务写明${what}；该计划由${issuers}印发。`;
}

export function targetLine(plan: StoredPlan, t: StoredTarget, max = 220): string {
  const where = t.taskNumber ? `${plan.shortName} · 任务${t.taskNumber}` : plan.shortName;
  const text = t.text.length > max ? `${t.text.slice(0, max)}…` : t.text;
  return `【${where}】${t.year != null ? `${t.year}年：` : ''}${text}`;
}

export function planOverview(plan: StoredPlan, tasks: Array<Pick<StoredTask, 'kind'>>, targets: number): string {
  const kinds = { task: 0, safeguard: 0, column: 0 };
  for (const t of tasks) kinds[t.kind]++;
  const parts = [
    `《${plan.title}》（${plan.shortName}）`,
    plan.kind === 'interpretation' ? `类型：解读${plan.about ? `（解读《${plan.about}》）` : ''}` : null,
    `印发：${plan.issuers.join('、') || '未写明'}${plan.issuedOn ? `，${plan.issuedOn}` : ''}${plan.docNumber ? `，${plan.docNumber}` : ''}`,
    `期限：${plan.period ? `${plan.period.start}–${plan.period.end}年` : '未写明'}`,
    `任务：${tasks.length}项（重点任务${kinds.task}项${kinds.safeguard ? `、保障措施${kinds.safeguard}项` : ''}${kinds.column ? `、专栏${kinds.column}项` : ''}），年度目标${targets}条`,
  ];
  return parts.filter(Boolean).join('\n');
}

/** Joins lines until the message limit; what does not fit is counted, not cut mid-line. */
export function fitLines(lines: string[], max = MAX_TEXT): string {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.length > max - 40 ? `${lines[i]!.slice(0, max - 41)}…` : lines[i]!;
    const rest = lines.length - i - 1;
    const tail = rest > 0 ? `\n…另有${rest}条` : '';
    if (len + line.length + 1 + tail.length > max - 20) {
      out.push(`…另有${lines.length - i}条`);
      break;
    }
    out.push(line);
    len += line.length + 1;
  }
  return out.join('\n').slice(0, max);
}

export const HELP_TEXT = [
  '可以这样问我（简体或繁体都行）：',
  '· 谁牵头推动5G赋能交通？ / 智慧农业的配合单位有哪些？ / 强化5G网络安全的责任单位',
  '· 市工信局牵头哪些任务？（单位可用简称：市卫健委、市发改委、市住建局…）',
  '· 广州5G应用计划2022年的目标是什么？ / 到2023年5G基站要建多少？',
  '· 智慧燃气表什么时候完成？ / 下个月到期的任务',
  '· 扬帆计划有多少项任务？ / 有哪些计划？',
].join('\n');
