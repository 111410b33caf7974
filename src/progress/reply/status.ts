// Stage 4: each clause's status from its words (reply-json.md rules). 已完成 only where the task
// itself is said to be finished: 已完成 / 全部完成 / 已竣工 / 已建成投用 with nothing after the verb.
// A finished step (已完成招标, 完成了方案编制, 选址已完成) is progress, not completion; a negated
// (尚未完成) or promised (预计6月底完成, 力争年底前全部完成) completion is not one either.
import { isNegated } from './negation.ts';
import { deniedBefore, matchesAt, splitPieces } from './pieces.ts';
import type { Clause, ProgressStatus, ReplyDoc } from './types.ts';

// 暂停 / 停滞 / 停工 / 搁置 / 卡在 / 受阻 / 因…无法推进
const BLOCKED = /\bblocked\b|\bon hold\b|暂停|暂缓|停滞|停工|停摆|中止|中断|搁置|卡在|卡住|受阻|阻塞|推不动|无法(?:推进|开展|实施|施工|开工|进场|落地|启动|进行|继续)/gu;
// 滞后 / 延期 / 推迟 / 延误 / 进度落后 / 慢于计划 / 未按期 / 没有按计划完成 / 进度缓慢, and the
// 督办 words for it: 未达到序时进度 / 低于序时进度 / 欠进度 (behind the time-proportional schedule).
const BEHIND = /\bdelayed\b|behind schedule|滞后|延期|推迟|延迟|延误|延后|拖期|逾期|落后|慢于(?:计划|预期|序时)|晚于计划|低于序时|欠进度|(?:未|没有?)达到?(?:序时|计划|预期)(?:进度)?|(?:未|未能|不能|无法|难以|没有?|没能)(?:按期|如期|按时|按计划|按进度)|进度(?:缓慢|偏慢|较慢)|进展(?:缓慢|较慢)/gu;
// 未开始 / 尚未启动 / 还没开始 / 未开工 / 尚未开展
const NOT_STARTED = /not (?:yet )?started|(?:尚未|还未|暂未|仍未|未|还没有?|没有)(?:开始|启动|开工|开展|实施)/u;
// 推进中 / 进行中 / 正在… / 按计划推进 / 有序推进 / 已启动 / 已开工 / 进场
// 还在做 / 在搞: chat; 进度正常 / 达到序时进度 / 超序时进度: 督办 words for on schedule.
export const ONGOING = /in progress|\bongoing\b|on track|推进中|还在|仍在|在[做搞弄干]|进度正常|正常推进|(?<![未没不])达到?序时|超序时|超进度|进行中|实施中|建设中|施工中|开展中|办理中|筹备中|调试中|正在|推进|按计划|按进度|有序|稳步|持续|顺利|加快|加紧|抓紧|着手|已启动|已开工|开工建设|进场|起草|编制中|审核中|审批中|已报|报送|报审|送审|待|下一步|即将|剩余|还差|后续|陆续/u;
// The completion verbs: 已完成 / 全部完成 / 已竣工 / 完工 / 办结 / 建成投用 / 投入使用 / 通过验收 /
// 验收合格 / 投入运行 / 正式运行 / 上线运行 (the task put to use is the task finished).
// Said in chat: 搞定了 / 弄完了 / 做完了 / 弄好了; in 督办 replies: 已办理完毕 / 已落实到位 / 已交付使用.
export const COMPLETION = /(?:[已以]经?|已全部|已全面|全部|全面|全数|均已|圆满|顺利|如期|按期|提前)?(?:完成|[弄搞做干办整]完|[弄搞]好|搞定|(?:办理)?完毕|落实到位|交付使用|交付|竣工|完工|办结|建成投用|建成投运|建成并投入使用|投入使用|投入运行|投入运营|投入营运|正式运行|正式运营|正式投运|上线运行|正式上线|建成|结项|通过(?:竣工)?验收|验收通过|验收合格)/uy;
// Every first character COMPLETION can match (its openers 已以全均圆顺如按提, then its verbs').
export const COMPLETION_STARTS = /[已以全均圆顺如按提完弄搞做干办整落交竣建投正上结通验]/gu;
// done / completed / finished (English replies in a mixed team); not "not done".
const ENGLISH_DONE = /(?<!not |not yet |n't )\b(?:done|completed|finished)\b/iu;
// 基本完成 / 初步完成 / 大部分完成 / 即将完成 / 接近完成: the task is not finished yet.
const PARTIAL_BEFORE = /(?:基本|初步|大部分|大部|部分|大体|接近|即将|快要|陆续|逐步|正在|累计|累积)$/u;
// 预计6月底完成 / 力争年底前全部完成 / 可以全部建成 / 下月完成: a promise, not a fact.
const FUTURE_BEFORE = /预计|计划|力争|争取|确保|将|拟|有望|可望|可以|可|能|(?<!按)要(?!求)|需(?!求)|待|准备|打算|月底|年底|前|下周|下月|本周内|近期|尽快|再|才|后/u;
// What may follow the verb and still mean the whole task: 完成全部任务 / 完成了年度目标.
// 全部完成并通过验收 / 已竣工验收 / 完成并投入使用: the finish and its hand-over are one fact.
const WHOLE_TASK_OBJECT = /^(?:了|的)?(?:全部|所有|各项|本项|该项|既定|年度|全年)?(?:建设)?(?:任务|工作|目标任务|目标|工程)?(?:了|啦|的)?(?:(?:并|且|和|及)?(?:已|正式)?(?:通过(?:竣工)?验收|验收合格|验收|交付使用|投入使用|投入运行|投入运营|投入营运|投运))?(?:了|啦)?$/u;
// What may come before the verb and still be the task: 任务3 / 目前 / 该任务 / 项目 / 整体, and a
// listed task's bare number (任务s1、s2均已完成 / 任务1.2、2.3均已完成).
// 全年目标已完成 / 年度任务已完成: the year's target is the task's (as 已完成年度任务 is).
const TASK_SUBJECT_FILLER = /(?:全年|年度)(?:目标任务|目标|任务)|(?:督办|交办|该|此|本)?事项|(?:于|在)?(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|按要求|按计划|按时|如期|顺利|任务\s*[s\d.]+|(?<![A-Za-z])[sS]\d{1,3}(?:\.\d{1,2})*|\d{1,3}(?:\.\d{1,2})+|第\S{1,3}项(?:任务)?|目前|当前|现已|现在|现|截至目前|截止目前|截至本周|本周|这周|上周|本月|这个月|今天|昨天|日前|近日|已经|已|均|全部|都|该任务|本任务|此项任务|该项任务|该项工作|各项工作|该项目|本项目|项目|工程|整体|总体|全面|任务|工作|了|的|也|均已|经/gu;

const PUT_TO_USE = /投入使用|投入运行|投入运营|投入营运|正式运行|正式运营|正式投运|上线运行|正式上线|建成投用|建成投运/u;
const PART_OF_TASK = /[一二三四首]期|部分|其中|局部|个别|试点|试运行|子项|分项|标段/u;

interface CompletionReading {
  taskDone: boolean;
  stepDone: boolean;
  partial: boolean;
  negated: boolean;
}

// A character every COMPLETION verb holds (完成, 搞定, 完毕, 到位, 交付, 竣工, 办结, 建成, 投入使用,
// 正式运行, 正式上线, 验收合格): a clause with none of them states no completion.
const COMPLETION_CHAR = /[完好定毕位付竣结建投运线验]/u;

/** The words around a match up to the nearest space (the text's only white space after normalise). */
function wordBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf(' ', at - 1) + 1, at);
}

function wordAfter(text: string, at: number): string {
  const space = text.indexOf(' ', at);
  return text.slice(at, space < 0 ? text.length : space);
}

function readCompletion(clause: Clause, negated: Array<[number, number]>): CompletionReading {
  const r: CompletionReading = { taskDone: false, stepDone: false, partial: false, negated: false };
  if (!COMPLETION_CHAR.test(clause.text)) return r;
  for (const piece of splitPieces(clause.text)) {
    if (!COMPLETION_CHAR.test(piece.text)) continue;
    for (const m of matchesAt(piece.text, COMPLETION_STARTS, COMPLETION)) {
      const abs = clause.start + piece.at + m.index;
      if (isNegated(negated, abs + m[0].length - 2, 2)) {
        r.negated = true;
        continue;
      }
      // Within the words around the verb: 任务3 已完成 本周… → 已完成 stands alone.
      const before = wordBefore(piece.text, m.index).replace(/目前|当前/g, '');
      const after = wordAfter(piece.text, m.index + m[0].length);
      if (PARTIAL_BEFORE.test(before) || /^(?:基本|初步)/u.test(m[0])) r.partial = true;
      else if (FUTURE_BEFORE.test(before)) continue;
      // 已完成60% / 完成了一半 / 完成三分之二 / 完成约七成: a figure, read by the quantities stage.
      else if (/^(?:了|约|近|超过|达到?|的)?\s*(?:\d|[一二三四五六七八九十]成|一半|过半|大半|[一二三四五六七八九十]分之)/u.test(after) || /\d\s*%|率/u.test(after)) r.partial = true;
      // 已累计建成基站1200个: a quantity to date, read by the metrics stage; not a step, not the task.
      else if (/^[^\d]{0,12}\d/u.test(after) && !/^(?:了|的)?(?:全部|所有)/u.test(after)) r.partial = true;
      else if (!WHOLE_TASK_OBJECT.test(after)) r.stepDone = true;
      // 系统已上线运行 / 平台已正式运行: what is put to use is the task's own work, unless the words
      // name a part of it (一期工程已投入使用, 部分站点已投运).
      else if (PUT_TO_USE.test(m[0]) && !PART_OF_TASK.test(before)) r.taskDone = true;
      else if (before.replace(TASK_SUBJECT_FILLER, '').replace(/[\s\p{P}]/gu, '').length >= 2) r.stepDone = true;
      else r.taskDone = true;
    }
  }
  return r;
}

/** The first match of a pattern not denied by the words before it (未滞后, 没有延期). */
function saysUndenied(text: string, re: RegExp): boolean {
  // exec over the global pattern: matchAll's iterator cost more than the usual no-match scan (bench).
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!deniedBefore(text, m.index)) return true;
  return false;
}

export function readClauseStatus(clause: Clause, negated: Array<[number, number]>): Clause {
  const text = clause.text;
  const c = readCompletion(clause, negated);
  let status: ProgressStatus | null = null;
  if (saysUndenied(text, BLOCKED)) status = '受阻';
  else if (saysUndenied(text, BEHIND)) status = '滞后';
  else if (ENGLISH_DONE.test(text) && !c.negated) status = '已完成';
  else if (c.taskDone && !c.partial) status = '已完成';
  else if (NOT_STARTED.test(text)) status = '未开始';
  else if (ONGOING.test(text) || c.partial || c.stepDone || c.negated) status = '推进中';
  const stepDone = c.stepDone && !c.taskDone;
  const onlyStep = stepDone && status === '推进中' && !ONGOING.test(text) && !c.partial && !c.negated;
  return { ...clause, status, stepDone, onlyStep };
}

export function status(doc: ReplyDoc): ReplyDoc {
  return { ...doc, clauses: doc.clauses.map((c) => readClauseStatus(c, doc.negated)) };
}
