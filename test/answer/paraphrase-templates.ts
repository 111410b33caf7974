// Question templates of the paraphrase set (issue 10 "How it is measured"), one list per intent.
// Each template is a FAMILY. The split was fixed before any result was seen: a family whose index
// in its list is odd is HELD BACK (reported apart, never tuned on); an even index is TUNE.
// Slots: {T} the task as titled, {S} the title without its leading verb (推动5G赋能交通 → 5G赋能交通),
// {X} a typo of the title (one character dropped), {C} the task described by its content (a clause
// or a target of it, not its title), {P} a name of the plan, {Y} a year, {M} a metric, {U} a unit
// as written, {A} its abbreviation, {B} it without 市, {R} a role word, {E} an off-topic subject.
// `trad: true` converts the whole question to Traditional script.

export interface Template {
  text: string;
  trad?: boolean;
}

const t = (text: string, trad = false): Template => ({ text, trad });

export const LEAD: Template[] = [
  t('谁牵头{T}？'),
  t('{T}由谁牵头'),
  t('{T}的牵头单位是哪个'),
  t('{T}这项工作是哪个部门牵头的？'),
  t('请问{P}里{T}谁来牵头'),
  t('{T}归谁牵头'),
  t('牵头{T}的是哪些单位'),
  t('{X}，牵头部门有哪些？'),
  t('誰牽頭{T}', true),
  t('{T}由哪個單位牽頭？', true),
  t('{S}谁牵头'),
  t('{S}那块是谁在牵头'),
  t('帮我查下{T}的牵头单位'),
  t('{T}主导单位是谁'),
  t('{C}那项是哪个单位牵头的'),
  t('{C}这事谁牵头'),
  t('谁牵头{X}'),
  t('{P}中{S}的牵头部门'),
];

export const SUPPORTS: Template[] = [
  t('{T}的配合单位有哪些？'),
  t('哪些单位配合{T}'),
  t('{T}由哪些部门配合'),
  t('{S}的协同部门有哪些'),
  t('参与{T}的单位'),
  t('{T}这项工作谁来配合？'),
  t('{P}里{T}的配合部门'),
  t('{X}配合单位是哪些'),
  t('{T}的配合單位有哪些', true),
  t('哪些部門配合{S}？', true),
  t('{S}那块的协办单位'),
  t('{S}谁配合'),
  t('{C}那项是哪几家单位配合的'),
  t('帮我看看{T}的协同单位'),
  t('{C}由谁配合'),
  t('配合{X}的单位有哪些'),
];

export const RESPONSIBLE: Template[] = [
  t('{T}由谁负责'),
  t('{T}的责任单位有哪些'),
  t('谁负责{T}？'),
  t('{T}归哪个部门管'),
  t('{P}中{T}的责任单位'),
  t('{T}是哪几家单位负责的'),
  t('负责{S}的部门有哪些'),
  t('{X}责任部门'),
  t('{T}由誰負責', true),
  t('{T}的責任單位是哪些？', true),
  t('{S}归口哪个单位'),
  t('{S}这块谁负责'),
  t('{C}那项是哪几家单位负责的'),
  t('请问{P}{S}的负责单位'),
  t('{C}归谁管'),
  t('谁负责{X}'),
];

export const UNIT_TASKS: Template[] = [
  t('{U}{R}哪些工作'),
  t('{U}{R}的工作有哪些'),
  t('{U}手头{R}的事情有哪些'),
  t('把{U}{R}的活列一下'),
  t('{U}{R}了哪些任务？'),
  t('哪些任务由{U}{R}'),
  t('{U}都{R}什么工作'),
  t('{R}单位是{U}的任务有哪些'),
  t('{U}{R}哪些任務', true),
  t('{U}{R}的工作有哪些？', true),
  t('列一下{U}{R}的任务'),
  t('{U}作为{R}单位的任务'),
  t('{A}{R}哪些事'),
  t('{A}{R}的事项有哪些？'),
  t('请问{B}{R}什么工作'),
  t('{B}{R}的任务清单'),
];

export const TARGET: Template[] = [
  t('{P}{Y}年{M}的目标是多少'),
  t('{Y}年{P}{M}要达到多少？'),
  t('到{Y}年{P}计划{M}多少'),
  t('{P}里{Y}年{M}的指标是多少'),
  t('{P}{M}{Y}年要到多少'),
  t('{M}在{P}中{Y}年的目标'),
  t('{P}{Y}年{M}的目標是多少', true),
  t('到{Y}年{P}{M}要達到多少？', true),
  t('{Y}年底{P}{M}达到多少'),
  t('{P}提出{Y}年{M}达到什么水平'),
  t('帮我看下{P}{Y}年对{M}的要求'),
  t('{P}：{Y}年，{M}？'),
  t('{M}到{Y}年要多少，{P}'),
  t('{P}{Y}年{M}有多少'),
  t('请问{P}{Y}年{M}的量化指标'),
  t('{P}{Y}年{M}目标值？'),
];

export const DEADLINE: Template[] = [
  t('{C}什么时候完成'),
  t('{C}的期限是哪天'),
  t('{C}要在何时完成？'),
  t('{C}截止时间'),
  t('什么时候要完成{C}'),
  t('{C}哪年底前要完成'),
  t('{C}什麼時候完成', true),
  t('{C}的期限是什麼時候', true),
  t('{P}里{C}的完成时限'),
  t('{C}最晚什么时候完成'),
  t('{C}几时到期'),
  t('{C}的时间节点是？'),
  t('{C}哪一年完成'),
  t('{C}要多久完成'),
  t('{C}的截止日期是什么时候'),
  t('{C}完成时限'),
];

// Tasks due by a year: a deadline or a dated target (到2022年…) counts.
export const DUE: Template[] = [
  t('{Y}年底前到期的任务有哪些'),
  t('{Y}年到期的任务'),
  t('哪些任务{Y}年到期？'),
  t('{Y}年底前要完成哪些任务'),
  t('列一下{Y}年到期的工作'),
  t('{Y}年有哪些任务到期'),
  t('{Y}年底前到期的任務有哪些', true),
  t('哪些任務{Y}年到期？', true),
  t('{Y}年内到期的事项'),
  t('截至{Y}年底到期的任务有哪些'),
  t('{Y}年底之前到期的任务'),
  t('到{Y}年底要完成的任务有哪些'),
  t('{Y}年需要完成哪些任务'),
  t('{Y}年要到期的工作有什么'),
  t('{Y}年截止的任务'),
  t('请问{Y}年底前到期的有哪些任务'),
];

export const PLAN_ISSUER: Template[] = [
  t('{P}是谁印发的'),
  t('{P}由哪个部门发布'),
  t('{P}的印发单位'),
  t('谁发布了{P}？'),
  t('{P}是哪个单位印发的？'),
  t('{P}的发文单位是谁'),
  t('{P}是誰印發的', true),
  t('{P}由哪個部門發布', true),
  t('请问{P}谁印发的'),
  t('{P}发布单位是哪个'),
  t('{P}出自哪个部门印发'),
  t('{P}谁制定印发的'),
  t('{P}，谁印发的？'),
  t('{P}印发机关'),
  t('印发{P}的部门是哪个'),
  t('{P}是哪家单位发的'),
];

export const NEGATIVE: Template[] = [
  t('{E}谁负责'),
  t('谁牵头{E}？'),
  t('{E}的配合单位有哪些'),
  t('{E}由哪个部门牵头'),
  t('{E}什么时候完成'),
  t('{E}的目标是多少'),
  t('{E}由誰負責', true),
  t('誰牽頭{E}？', true),
  t('{E}这项工作归谁管'),
  t('请问{E}的责任单位'),
  t('{E}那块是谁在牵头'),
  t('帮我查下{E}的牵头单位'),
  t('{E}的期限是哪天'),
  t('{E}要达到多少'),
  t('{E}的进度安排'),
  t('哪些单位参与{E}'),
];

// English questions: a clear reply that duban reads Chinese, not 没有“WHOLEADS…”这项任务.
export const ENGLISH: string[] = [
  'Who leads 5G for transport?',
  'which department is responsible for smart healthcare',
  'What is the 2022 target for 5G base stations?',
  'When is the deadline for the gas meter?',
  'who supports the 5G industry plan',
  'list the tasks of the industry bureau',
  'hello, what can you do with plans?',
  'Who is in charge of nuclear power stations?',
];
