// /duban fix: a coordinator corrects what the parser misread in a plan (issue 12 "confirm and
// correct"): a task's units for a role, one unit's role, a deadline, or a task it missed. With no
// change, it lists the corrections made. Corrections are stored apart from the parse and applied
// again when a new version of the plan is imported (src/plans/corrections.ts).
import { defineCommand } from '../src/core/command.ts';
import { named, restText, planOption } from './shared-options.ts';
import { DubanError } from '../src/core/errors.ts';
import { findPlan } from '../src/progress/resolve.ts';
import { planReader } from '../src/store/plan-reader.ts';
import type { Store } from '../src/store/open.ts';
import type { StoredPlan } from '../src/store/rows.ts';
import { allCorrections, correctionsOfPlan } from '../src/store/plan-corrections.ts';
import { fixPlan, formatCorrection, lastImportKey, type FixInput } from '../src/plans/corrections.ts';
import { getStoreMeta } from '../src/store/plan-writer.ts';

const unitsOption = (name: 'lead' | 'support' | 'responsible', zh: string, en: string, aliases: string[]) =>
  ({ name, type: 'string', aliases, description: { 'zh-CN': `${zh}（替换该任务的全部${zh}，顿号分隔）`, en: `${en} (replaces the task's list; separate with 、)` } }) as const;

// The plan named, else the one this workspace imported last, else the newest version saved (the
// coordinator fixes what they just imported).
function planOf(store: Store, ref: string | undefined, tenant: string): StoredPlan {
  if (ref) {
    const p = findPlan(store, ref);
    if (!p) throw new DubanError('unknown_plan', ref);
    return p;
  }
  const plans = planReader(store).plans();
  const imported = Number(getStoreMeta(store, lastImportKey(tenant)) ?? NaN);
  const latest = plans.find((p) => p.id === imported) ?? plans.sort((a, b) => b.versionId - a.versionId)[0];
  if (!latest) throw new DubanError('unknown_plan', '（尚未导入规划）');
  return latest;
}

function listReply(store: Store, planRef: string | undefined, tenant: string) {
  const plans = new Map(planReader(store).plans().map((p) => [p.id, p]));
  const list = planRef ? correctionsOfPlan(store, planOf(store, planRef, tenant).id) : allCorrections(store);
  if (!list.length) return { text: '还没有更正。用法：/duban fix 3 lead:市工信局、市科技局', ephemeral: true };
  const stale = list.filter((c) => c.state === 'stale').length;
  const head = `更正 ${list.length} 条${stale ? `（${stale} 条在当前版本中不再适用）` : ''}：`;
  return { text: [head, ...list.map((c) => formatCorrection(c, plans.get(c.planId)?.shortName ?? ''))].join('\n'), ephemeral: true };
}

export default defineCommand({
  ...named('fix', ['更正', '纠正'], '更正规划解析结果：任务的单位、角色、时限，或补充漏掉的任务（协调人）', 'Correct a parsed plan: a task’s units, role or deadline, or add a missed task (coordinators)'),
  coordinatorOnly: true,
  options: [
    restText('task', ['任务'], '任务编号或标题中的词', 'Task number or words of its title'),
    planOption('规划（默认最近导入的）', 'Plan (default: the one imported last)'),
    unitsOption('lead', '牵头单位', 'Lead units', ['牵头', '牵头单位']),
    unitsOption('support', '配合单位', 'Supporting units', ['配合', '配合单位']),
    unitsOption('responsible', '责任单位', 'Responsible units', ['负责', '责任单位']),
    { name: 'unit', type: 'string', autocomplete: 'unit', aliases: ['单位'], description: { 'zh-CN': '要改角色的单位（与 role 同用）', en: 'The unit whose role to change (with role)' } },
    {
      name: 'role', type: 'string', aliases: ['角色'],
      choices: [{ name: '牵头', value: 'lead' }, { name: '配合', value: 'support' }, { name: '负责', value: 'responsible' }],
      description: { 'zh-CN': '该单位的角色：牵头/配合/负责', en: 'That unit’s role: lead/support/responsible' },
    },
    { name: 'deadline', type: 'string', aliases: ['时限', '期限'], description: { 'zh-CN': '时限，如 2022年6月底前 或 2022-06-30', en: 'Deadline, e.g. 2022-06-30' } },
    { name: 'add', type: 'string', aliases: ['新增', '补充'], description: { 'zh-CN': '补充漏掉的任务：任务标题', en: 'Add a missed task: its title' } },
  ] as const,
  examples: ['/duban fix 3 lead:市工信局、市科技局', '/duban fix 5 unit:市科技局 role:配合', '/duban fix 7 deadline:2022年6月底前', '/duban fix add:推进5G智慧港口建设 lead:市港务局', '/duban fix'],
  run({ args, event, store, clock }) {
    const { lead, support, responsible } = args;
    const listed = lead ?? support ?? responsible;
    const change = listed !== undefined || args.unit || args.deadline || args.add;
    if (!change) return listReply(store, args.plan, event.tenant);
    if (args.unit && !args.role) throw new DubanError('missing_option', 'role');
    const plan = planOf(store, args.plan, event.tenant);
    const role = lead !== undefined ? 'lead' : support !== undefined ? 'support' : 'responsible';
    const input: FixInput = {
      plan, task: args.task, by: event.user, now: clock.now(), deadline: args.deadline,
      ...(args.add ? { add: { title: args.add, leads: lead, supports: support, responsible } }
        : args.unit && args.role ? { role: { unit: args.unit, role: args.role } }
        : listed !== undefined ? { units: { role, names: listed } } : {}),
    };
    const c = fixPlan(store, input);
    return { text: `已更正（${plan.shortName}）：${formatCorrection(c)}\n以后导入此规划的新版本时会自动重新应用。/duban fix 查看全部更正。` };
  },
});
