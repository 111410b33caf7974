// The form of the ask, independent of word order: who (谁/哪个单位), list (哪些/列一下/清单),
// when (什么时候/何时/期限), how much (多少/目标/指标), plan facts and plan lists, help, progress.
// Each is a yes/no reading of the question (Simplified); intent.ts combines them with the slots.

// "帮助", "help", "你能做什么", "怎么用"
const HELP = /^(?:帮助|帮忙|help|菜单|用法|说明|\/?help|\?+|？+|你好|您好|hi|hello)$|怎么用|如何使用|能做什么|能问什么|可以问什么|会做什么|支持哪些问题/i;
// "有多少项任务", "谁印发的", "文号", "概况", "有哪些重点工程"; asked of a plan, not of a task
const PLAN_FACTS = /(?:多少|几)(?:项|个|条)?(?:任务|工作)|任务(?:数|总数)|概况|概要|简介|介绍一下|(?:谁|哪个部门|哪些部门|哪个单位|哪家单位|哪些单位|什么机构)(?:联合|共同|制定)?(?:发布|印发|制定|出台|发的)|(?:发布|印发|出台|发文|制发)(?:单位|机关|部门|时间|日期)|(?:印发|发布|出台)(?:了|的)?[\u4e00-\u9fff“”0-9A-Za-z]{2,24}的(?:部门|单位|机关)|(?:什么时候|何时|哪天|哪一天|哪年|几号)(?:发布|印发|出台|发的)|文号|发文字号|实施期限|起止|哪几年|(?:哪些|什么|几个|几项|多少)(?:个|项)?(?:重点)?(?:工程|专栏|保障措施)|(?:工程|专栏|保障措施)(?:有|是)(?:哪些|什么)|任务(?:清单|列表|目录)|出自哪|(?:是|由)哪家单位发/;
// "有哪些计划", "计划列表"
const PLAN_LIST = /(?:有|存|掌握)(?:哪些|什么|几个|多少)(?:个)?(?:计划|方案|文件|规划)|(?:计划|方案)(?:列表|清单)|所有(?:的)?(?:计划|方案)/;
// "哪些任务", "什么工作", "列一下", "清单": a list of tasks
const TASK_LIST = /(?:哪些|什么|几项|多少|哪几|哪一些|列出|列一下|清单|所有|都有)(?:项|个|条)?(?:的)?(?:任务|工作|事项|事情|事|活|项目|职责)|(?:牵头|负责|配合|参与|协同|主导|协办)(?:了)?(?:哪些|什么|多少|几项)|列一下|列出来|清单|(?:任务|工作|事项|事情|事|活|项目)(?:有哪些|有什么|都有|是哪些|列表)|哪些任务|哪些工作/;
// "什么时候", "何时", "期限", "时间节点", "到期"
const WHEN = /什么时候|什么时间|何时|哪天|几时|哪一年|哪年|截止|到期|期限|时限|时间节点|完成时间|多久|最晚|deadline|(?:年底|年末|月底|年内|之前|以前|前)(?:要|需|需要|应)?完成|(?:需要|要)完成哪些/i;
// A period of deadlines: 本周/下个月/今年/2021年9月 到期
export const PERIOD = /到期|截止|[本这上下](?:个)?(?:周|星期|月|季度)|今年|明年|去年|\d+月|(?:需要|要)完成哪些/;
const HOW_MUCH = /目标|指标|多少|几个|几家|几座|几万|几成|达到|达成|要建|建成|占比|比例|比重|(?:增长|普及|覆盖|渗透|占有|使用|接入)率|降到|降至|降低到|提升到|提高到|增长到|数量|规模|要求|水平|要到/;
const WHO = /谁|哪个|哪些|哪家|哪几家|什么单位|什么部门|什么机构|单位|部门|机构/;

export interface AskForm {
  help: boolean;
  planFacts: boolean;
  planList: boolean;
  taskList: boolean;
  when: boolean;
  period: boolean;
  howMuch: boolean;
  who: boolean;
}

export function askForm(q: string): AskForm {
  const s = q.trim();
  return {
    help: !s || HELP.test(s),
    planFacts: PLAN_FACTS.test(s),
    planList: PLAN_LIST.test(s),
    taskList: TASK_LIST.test(s),
    when: WHEN.test(s),
    period: PERIOD.test(s),
    howMuch: HOW_MUCH.test(s),
    who: WHO.test(s) || /谁/.test(s),
  };
}
