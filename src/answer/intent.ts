// The intent is a function of the slots (issue 10): a unit with a role or a list form is that
// unit's tasks whatever the word order (市生态环境局牵头的工作有哪些 = 把市水务局牵头的活列一下);
// a role with a topic or a who-form is that role of a task; and so on. Order matters only
// between readings that can both hold: a unit's list before roles, plan facts before deadlines
// (什么时候印发 is the plan's date).
import type { Slots } from './slots.ts';
import type { Intent } from './types.ts';

export function intentOf(s: Slots): Intent {
  const { form } = s;
  if (form.help || s.english) return 'help';
  if (s.progress && !(s.progress === 'open' && !s.unit && form.when)) return 'progress';
  if (form.planList) return 'plan';
  const hasTopic = s.topic.length >= 2;
  const hasUnit = !!s.unit || !!s.unknownUnit;
  if (s.plans && form.planFacts && !s.unit) return 'plan';
  // 市工信局牵头了哪些工作 / 哪些任务由市工信局牵头 / 市工信局牵头的智慧法院任务: a unit and a role or a list,
  // with no who-word asking for units.
  if (hasUnit && (form.taskList || (s.role && !/谁|哪个单位|哪些单位|哪个部门|哪些部门/.test(s.q)))) return 'unit_tasks';
  // 广州5G应用计划的期限 / 扬帆计划什么时候开始: the plan's own period, not a task's deadline.
  if (form.when) return s.plans && !hasTopic && !form.period && s.taskNumber == null ? 'plan' : 'deadline';
  if (s.role && (form.who || hasTopic || s.taskNumber != null)) return s.role;
  if (/谁/.test(s.q)) return 'lead';
  if (form.howMuch) return 'target';
  if (s.unit && !hasTopic) return 'unit_tasks';
  if (s.plans && !hasTopic && s.taskNumber == null) return 'plan';
  if (hasTopic || s.taskNumber != null) return 'task';
  return 'unknown';
}
