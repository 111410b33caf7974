// What a question asks, from its wording (Simplified). Only the kind of question is decided here;
// which task, unit or plan it names is resolved against the store (resolve-*.ts).
import type { Intent } from './types.ts';

export type Role = 'lead' | 'supports' | 'responsible';

// "帮助", "help", "你能做什么", "怎么用"
const HELP = /^(?:帮助|帮忙|help|菜单|用法|说明|\/?help|\?+|？+|你好|您好|hi|hello)$|怎么用|如何使用|能做什么|能问什么|可以问什么|会做什么|支持哪些问题/i;
// "进展如何", "完成情况", "推进情况"
const PROGRESS = /进展|进度|完成情况|完成得怎么样|落实情况|推进情况|执行情况|汇报情况/;
// "有多少项任务", "谁印发的", "文号", "概况", "有哪些重点工程"; asked of a plan, not of a task
const PLAN_FACTS = /(?:多少|几)(?:项|个|条)?(?:任务|工作)|任务(?:数|总数)|概况|概要|简介|介绍一下|(?:谁|哪个部门|哪些部门|哪个单位|哪些单位|什么机构)(?:联合|共同)?(?:发布|印发|制定|出台|发的)|(?:发布|印发|出台|发文|制发)(?:单位|机关|部门|时间|日期)|(?:什么时候|何时|哪天|哪一天|哪年|几号)(?:发布|印发|出台|发的)|文号|发文字号|实施期限|起止|哪几年|(?:哪些|什么|几个|几项|多少)(?:个|项)?(?:重点)?(?:工程|专栏|保障措施)|(?:工程|专栏|保障措施)(?:有|是)(?:哪些|什么)|任务(?:清单|列表|目录)/;
// "有哪些计划", "计划列表"
const PLAN_LIST = /(?:有|存|掌握)(?:哪些|什么|几个|多少)(?:个)?(?:计划|方案|文件|规划)|(?:计划|方案)(?:列表|清单)|所有(?:的)?(?:计划|方案)/;
// "哪些任务", "什么工作", "几项"; a unit's task list
const TASK_LIST = /(?:哪些|什么|几项|多少|哪几|哪一些|列出|清单|所有)(?:项|个|条)?(?:的)?(?:任务|工作|事项|事情|事|项目|职责)|(?:牵头|负责|配合|参与)(?:了)?(?:哪些|什么|多少|几项)/;
// "什么时候", "何时", "期限", "时间节点", "到期", "下个月到期"
const DEADLINE = /什么时候|什么时间|何时|哪天|几时|哪一年|哪年|截止|到期|期限|时限|时间节点|完成时间|多久|逾期|deadline|(?:年底|年末|月底|年内|之前|以前|前)(?:要|需|需要|应)?完成/i;
// "目标", "指标", "多少", "达到", "占比"
// A period of deadlines: 本周/下个月/今年/2021年9月 到期
const PERIOD = /到期|截止|[本这上下](?:个)?(?:周|星期|月|季度)|今年|明年|去年|\d+月/;
const TARGET = /目标|指标|多少|几个|几家|几座|几万|几成|达到|达成|要建|建成|占比|比例|比重|(?:增长|普及|覆盖|渗透|占有|使用|接入)率|降到|降至|降低到|提升到|提高到|增长到|数量|规模/;
const LEAD = /牵头|主导|主抓|主办|领衔|带头/;
const SUPPORT = /配合|协助|协同|参与|协办|支持单位|辅助/;
const RESPONSIBLE = /负责|责任|主责|承担|落实单位|主管|管这|归口|归(?:哪|谁)/;
const WHO = /谁|哪个|哪些|哪家|什么单位|什么部门|什么机构|单位|部门|机构/;

export interface IntentGuess {
  intent: Intent;
  role: Role | null;
}

/** The asked role when a question names several: the first one written (智慧商贸的牵头单位和配合单位 → lead). */
export function askedRole(q: string): Role | null {
  const found: Array<[number, Role]> = [];
  for (const [re, role] of [[LEAD, 'lead'], [SUPPORT, 'supports'], [RESPONSIBLE, 'responsible']] as const) {
    const m = re.exec(q);
    if (m) found.push([m.index, role]);
  }
  found.sort((a, b) => a[0] - b[0]);
  return found[0]?.[1] ?? null;
}

/**
 * The kind of question. `hasUnit`: the question names a known unit; `hasPlan`: it names a plan.
 * Order matters: a unit's task list before roles (市工信局牵头了哪些工作), plan facts before deadlines
 * (什么时候印发 is the plan's date, not a task's deadline).
 */
export function detectIntent(q: string, ctx: { hasUnit: boolean; hasPlan: boolean; hasTopic: boolean; unitLike?: boolean }): IntentGuess {
  const s = q.trim();
  if (!s || HELP.test(s)) return { intent: 'help', role: null };
  const role = askedRole(s);
  if (PROGRESS.test(s)) return { intent: 'progress', role };
  if (PLAN_LIST.test(s)) return { intent: 'plan', role: null };
  if (ctx.hasPlan && PLAN_FACTS.test(s) && !ctx.hasUnit) return { intent: 'plan', role: null };
  // 市量子局牵头哪些任务: a unit we do not hold is still a unit question (answered: no such unit).
  if ((ctx.hasUnit || ctx.unitLike) && TASK_LIST.test(s)) return { intent: 'unit_tasks', role };
  // 广州5G应用计划的期限 / 扬帆计划什么时候开始: the plan's own period, not a task's deadline.
  if (DEADLINE.test(s)) return ctx.hasPlan && !ctx.hasTopic && !PERIOD.test(s) ? { intent: 'plan', role: null } : { intent: 'deadline', role };
  if (role && (WHO.test(s) || ctx.hasTopic)) return { intent: role, role };
  if (/谁/.test(s)) return { intent: 'lead', role: 'lead' };
  if (TARGET.test(s)) return { intent: 'target', role: null };
  if (ctx.hasUnit && !ctx.hasTopic) return { intent: 'unit_tasks', role };
  if (ctx.hasPlan && !ctx.hasTopic) return { intent: 'plan', role: null };
  if (ctx.hasTopic) return { intent: 'task', role: null };
  return { intent: 'unknown', role: null };
}
