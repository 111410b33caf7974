// /duban fix as domain functions (issue 12 "confirm and correct"): a coordinator corrects a task's
// units, a unit's role or a deadline, or adds a task the parser missed; each correction is stored
// apart from the parse (store/plan-corrections.ts) and applied again to new versions of the plan.
import { DubanError } from '../core/errors.ts';
import { toSimplified } from '../text/script.ts';
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import type { StoredPlan, StoredTask } from '../store/rows.ts';
import { addCorrection, type Correction, type CorrectionChange, type CorrectionRole, type ReapplyReport } from '../store/plan-corrections.ts';
import { unitKey } from '../text/unit-directory.ts';

/** store_meta key of the plan a workspace imported last: /duban fix corrects it when no plan is named. */
export const lastImportKey = (tenant: string): string => `last_import:${tenant}`;

export const ROLE_WORD: Record<CorrectionRole, string> = { lead: '牵头单位', support: '配合单位', responsible: '责任单位' };

/** 市工信局、市科技局 / 市工信局,市科技局 → the plan's own spelling where it has one (市工业和信息化局), else as typed. */
export function unitNames(store: Store, plan: StoredPlan, text: string): string[] {
  const reader = planReader(store);
  const place = reader.jurisdictionOfPlan(plan.id);
  const names = toSimplified(text).split(/[、,，;；\s]+/).map((n) => n.trim()).filter(Boolean);
  return [...new Set(names.map((n) => {
    const known = [...reader.unitsByAlias(n), ...reader.unitsByKey(unitKey(n), place)].filter((u) => u.jurisdiction === place || u.jurisdiction === '');
    return known.find((u) => u.name === n)?.name ?? known[0]?.name ?? n;
  }))];
}

// 2022-06-30, 2022-6, 2022年6月底前, 2022年6月30日, 2022年底 → the last day of the period named, as the
// deadlines stage reads them (../shared/spec/plan-json.md: the last day of the period).
export function parseDeadline(text: string): { date: string; text: string } {
  const t = toSimplified(text).replace(/\s/g, '');
  const m = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月(?:底|末)?)?)?(?:年?底|年?末)?前?$/.exec(t);
  if (!m) throw new DubanError('bad_date', `${text}（例：2022-06-30 或 2022年6月底前）`);
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : lastDay;
  if (month < 1 || month > 12 || day < 1 || day > lastDay) throw new DubanError('bad_date', text);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date, text: /[年月]/.test(t) ? t : `${date}前` };
}

/** A task of the plan's current version by printed number or a unique part of its title. */
export function findPlanTask(store: Store, plan: StoredPlan, ref: string): StoredTask {
  const reader = planReader(store);
  const s = toSimplified(ref).trim().replace(/^任务/, '');
  const byNumber = reader.taskByNumber(plan.id, s);
  if (byNumber) return byNumber;
  const hits = reader.tasksOfPlan(plan.id).filter((t) => t.title.includes(s));
  if (hits.length !== 1) throw new DubanError('unknown_task', ref);
  return hits[0]!;
}

export interface FixInput {
  plan: StoredPlan;
  task?: string;
  units?: { role: CorrectionRole; names: string };
  role?: { unit: string; role: CorrectionRole };
  deadline?: string;
  add?: { title: string; leads?: string; supports?: string; responsible?: string };
  by: string;
  now: Date;
}

/** Makes one correction (the first of units / role / deadline / add given) and applies it. */
export function fixPlan(store: Store, input: FixInput): Correction {
  const { plan } = input;
  const common = { planId: plan.id, versionId: plan.versionId, by: input.by, at: input.now.getTime() };
  const save = (task: StoredTask | null, change: CorrectionChange, number: string | null = task?.number ?? null) => {
    try {
      return addCorrection(store, { ...common, taskNumber: number, taskTitle: task?.title ?? (change.kind === 'add_task' ? change.title : null), change });
    } catch (err) {
      throw new DubanError('bad_option', err instanceof Error ? err.message : String(err));
    }
  };
  if (input.add) {
    const names = (t?: string) => (t ? unitNames(store, plan, t) : []);
    const deadline = input.deadline ? parseDeadline(input.deadline) : null;
    const change: CorrectionChange = { kind: 'add_task', title: input.add.title.trim(), leads: names(input.add.leads), supports: names(input.add.supports), responsible: names(input.add.responsible), deadline };
    return save(null, change, input.task?.trim() || null);
  }
  if (!input.task) throw new DubanError('missing_option', 'task');
  const task = findPlanTask(store, plan, input.task);
  const assigned = planReader(store).assignmentsOfTask(task.id).filter((a) => a.clauseId == null);
  if (input.units) {
    const before = assigned.filter((a) => a.role === input.units!.role).map((a) => a.unit);
    return save(task, { kind: 'units', role: input.units.role, units: unitNames(store, plan, input.units.names), before });
  }
  if (input.role) {
    const [unit] = unitNames(store, plan, input.role.unit);
    if (!unit) throw new DubanError('missing_option', 'unit');
    return save(task, { kind: 'role', unit, role: input.role.role, before: assigned.filter((a) => a.unit === unit).map((a) => a.role) });
  }
  if (input.deadline) {
    const before = planReader(store).deadlinesOfTask(task.id).map((d) => d.date);
    return save(task, { kind: 'deadline', ...parseDeadline(input.deadline), before });
  }
  throw new DubanError('missing_option', 'lead / support / responsible / unit+role / deadline / add');
}

/** `#3 任务7：牵头单位 市工信局 → 市科技局` (and why it no longer applies, when stale). */
export function formatCorrection(c: Correction, shortName = ''): string {
  const ch = c.change;
  const where = `${shortName ? `${shortName} · ` : ''}任务${c.taskNumber ?? ''}`;
  const what =
    ch.kind === 'units' ? `${ROLE_WORD[ch.role]} ${ch.before.join('、') || '（无）'} → ${ch.units.join('、') || '（无）'}`
    : ch.kind === 'role' ? `${ch.unit} 改为${ROLE_WORD[ch.role]}${ch.before.length ? `（原为${ch.before.map((r) => ROLE_WORD[r]).join('、')}）` : ''}`
    : ch.kind === 'deadline' ? `时限 ${ch.before.join('、') || '（无）'} → ${ch.date}（${ch.text}）`
    : `补充任务“${ch.title}”${ch.leads.length ? `，牵头 ${ch.leads.join('、')}` : ''}${ch.deadline ? `，时限 ${ch.deadline.date}` : ''}`;
  const state = c.state === 'stale' ? ` —— 不再适用：${c.stateNote ?? ''}` : '';
  return `#${c.id} ${where}：${what}${state}`;
}

/** After a re-import: how many corrections were applied again, and each one that no longer applies. */
export function formatReapply(report: ReapplyReport, shortName = ''): string[] {
  const lines = [`  已重新应用更正 ${report.applied.length} 条${report.stale.length ? `，${report.stale.length} 条不再适用（保留，可用 /duban fix 查看）：` : ''}`];
  for (const c of report.stale) lines.push(`    ${formatCorrection(c, shortName)}`);
  return lines;
}

