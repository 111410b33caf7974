// The topic of a question: what is left once the question words, the plan, the unit and the
// year are taken out (谁牵头推动5G赋能交通？ → 推动5G赋能交通). Compared by bigrams, so a stray
// leftover word costs a little recall, not the match.
import { matchKey } from '../text/match-key.ts';

// Longest first: 牵头单位 before 牵头, 什么时候 before 什么.
const QUESTION_WORDS = [
  // Chat filler: 帮我查下…, …这块谁在牵头, …归哪些部门管.
  '帮我查一下', '帮我查下', '帮我看看', '帮我看下', '查一下', '查下', '这一块', '这块',
  '归哪些部门管', '归哪个部门管', '归哪些单位管', '归哪个单位管', '归谁管',
  '由哪几个单位', '由哪几个部门', '哪几个单位', '哪几个部门', '哪几家单位', '主责单位', '主责部门',
  '由哪个单位牵头', '由哪些单位负责', '由哪些单位', '由哪个单位', '由哪个部门', '由哪些部门', '谁来牵头', '由谁牵头', '由谁负责', '由谁配合',
  '牵头推进', '牵头负责', '牵头单位', '牵头部门', '配合单位', '配合部门', '责任单位', '责任部门', '负责单位', '负责部门', '参与单位', '协办单位',
  '主管部门', '哪个单位', '哪些单位', '哪个部门', '哪些部门', '哪家单位', '什么单位', '什么部门', '哪些机构',
  '什么时候', '什么时间', '哪一年', '哪年', '哪个月', '时间节点', '完成时限', '完成时间', '截止时间', '截止日期', '到期时间', '期限是', '实施期限', '期限', '时限', '起止时间', '起止',
  '有哪些', '有什么', '是什么', '是哪些', '是哪个', '是多少', '是谁', '多少个', '多少家', '多少座', '多少', '几个', '几家', '几项',
  '量化指标', '指标', '目标值', '目标', '要求', '请问', '告诉我', '一下', '具体', '情况', '内容', '详情',
  '牵头', '配合', '负责', '协助', '参与', '承担', '落实', '推进', '谁来', '由谁', '谁', '哪些', '哪个', '什么', '何时', '哪天', '多久',
  '计划中', '方案中', '计划里', '方案里', '行动计划', '实施方案', '三年', '计划', '方案',
  '任务', '工作',
];
// 推进 stays when it is the start of a title (推进智慧医疗领域…): only a trailing 推进 is a question word.
const KEEP_LEADING = new Set(['推进', '落实', '要求', '负责']);

const YEAR = /(?:到|至|截至|截止到?|在)?(?:20\d{2}|19\d{2})\s*年?(?:底|末|年底|年末|前|以前|之前|内)?(?:前|以前|之前)?/g;

export function stripYears(s: string): string {
  return s.replace(YEAR, ' ');
}

/** The topic of a Simplified question: matchKey()ed parts joined by '|', after removing the given spans. */
export function questionTopic(q: string, spans: string[] = []): string {
  // Spans come matchKey()ed (lower case): 5g应用 must also take 5G应用 out.
  let s = q.toLowerCase();
  for (const span of [...spans].sort((a, b) => b.length - a.length)) if (span) s = s.split(span.toLowerCase()).join(' ');
  s = stripYears(s).replace(/[?？!！。,，、；;:：\s]+/g, ' ');
  // Question words only where they stand apart from a title: cut them, then keep the longest remains.
  for (const w of QUESTION_WORDS) {
    if (KEEP_LEADING.has(w)) {
      s = s.replace(new RegExp(`${w}(?=\\s|$)`, 'g'), ' ');
      continue;
    }
    s = s.split(w).join(' ');
  }
  // Particles at the edge of a remain: 的 配合单位 → 的; 要 降到 → 要.
  const parts = s
    .split(/\s+/)
    .map((p) => p.replace(/^[的了是要由在和与及]+|[的了吗呢呀啊吧是要由在中里]+$/g, ''))
    .filter(Boolean);
  // Parts stay apart ('|'): 智慧燃气表 | 设计完成 has no bigram 表设 that no text could hold.
  return parts.map(matchKey).filter(Boolean).join('|');
}
