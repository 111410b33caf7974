// What an import found, for the coordinator to confirm (issue 12 "confirm and correct"): counts of
// tasks, units, targets and deadlines; tasks with no unit; units of a kind no other plan names (a misread
// unit, such as `(工业和信息化部`, shows up here); and what the parser was unsure of.
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';

export interface ImportSummary {
  tasks: number;
  units: number;
  targets: number;
  deadlines: number;
  /** Printed numbers of tasks that name no unit in any role. */
  tasksWithoutUnit: string[];
  /** Units of this plan whose directory key no other current plan names (in any place). */
  unitsOnlyHere: string[];
  /** One line per doubt: `单位名含括号：(工业和信息化部`, `任务12 标题过长`. */
  unsure: string[];
}

// A unit name the assignments stage probably cut wrongly: brackets or separators left in it
// (`(工业和信息化部`, `市工信局、市科技局`), or too long to be one body's name.
const ODD_UNIT = /[()（）【】\[\]、,，;；:：。]/;

function unsureOf(tasks: Array<{ number: string; title: string }>, units: string[], targetsWithoutValue: number): string[] {
  const out: string[] = [];
  for (const u of units) {
    if (ODD_UNIT.test(u)) out.push(`单位名含标点，可能切分有误：${u}`);
    else if (u.length > 24) out.push(`单位名过长，可能切分有误：${u}`);
  }
  for (const t of tasks) {
    if (t.number.endsWith("'")) out.push(`任务${t.number} 与前一任务编号重复`);
    if (t.title.length > 80) out.push(`任务${t.number} 标题过长（${t.title.length} 字），可能未切开`);
    if (t.title.length < 4) out.push(`任务${t.number} 标题过短：${t.title}`);
  }
  if (targetsWithoutValue) out.push(`${targetsWithoutValue} 条目标未读出数值`);
  return out;
}

export function summarizePlan(store: Store, planId: number): ImportSummary {
  const reader = planReader(store);
  const tasks = reader.tasksOfPlan(planId);
  const unitIds = new Map<number, string>();
  const tasksWithoutUnit: string[] = [];
  let deadlines = 0;
  for (const t of tasks) {
    const assigned = reader.assignmentsOfTask(t.id);
    // Safeguard measures (保障措施) name no unit by nature; a task without one is a likely misread.
    if (!assigned.length && t.kind === 'task') tasksWithoutUnit.push(t.number);
    for (const a of assigned) unitIds.set(a.unitId, a.unit);
    deadlines += reader.deadlinesOfTask(t.id).length;
  }
  // Compared by directory key across every place: 开封's 市工业和信息化局 is its own unit, but 广州 has
  // one too, so it is a known kind of body; `(工业和信息化部` or 市工信息局 is not.
  const keyOf = new Map(reader.units().map((u) => [u.id, u.key]));
  const elsewhere = new Set(reader.currentAssignments().filter((a) => a.planId !== planId).map((a) => keyOf.get(a.unitId)));
  const targets = reader.targets({ planId });
  const withoutValue = targets.filter((g) => !g.metrics.some((m) => m.value != null)).length;
  return {
    tasks: tasks.length,
    units: unitIds.size,
    targets: targets.length,
    deadlines,
    tasksWithoutUnit,
    unitsOnlyHere: [...unitIds].filter(([id]) => !elsewhere.has(keyOf.get(id))).map(([, name]) => name),
    unsure: unsureOf(tasks, [...unitIds.values()], withoutValue),
  };
}

const list = (items: string[], max = 12): string => (items.length > max ? `${items.slice(0, max).join('、')} 等 ${items.length} 个` : items.join('、'));

/** The summary as chat lines (Simplified; dispatch converts to the asker's script). */
export function formatSummary(s: ImportSummary): string[] {
  const lines = [`  识别出：${s.tasks} 项任务，${s.units} 个单位，${s.targets} 条目标，${s.deadlines} 个时限`];
  if (s.tasksWithoutUnit.length) lines.push(`  未识别出责任单位的任务：${list(s.tasksWithoutUnit.map((n) => `任务${n}`))}`);
  if (s.unitsOnlyHere.length) lines.push(`  其他规划中没有的单位：${list(s.unitsOnlyHere)}`);
  if (s.unsure.length) lines.push(`  解析存疑：${list(s.unsure, 8)}`);
  return lines;
}
