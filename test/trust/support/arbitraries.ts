// fast-check arbitraries shaped like what duban reads: plan documents (headings, brackets, unit
// lists, years) and progress replies (status words, percentages, task numbers), plus raw noise.
import fc from 'fast-check';

/** Pieces of real plan documents: headings of every level, brackets, unit lists, dates, targets. */
const PLAN_TOKENS = [
  '一、', '二、', '十一、', '（一）', '(二)', '（十）', '1.', '2．', '12.', '（1）', '(3)', '①', '第一章', '第二节', '附件', '附件1',
  '重点任务', '保障措施', '总体目标', '主要目标', '责任分工', '组织实施',
  '【', '】', '（', '）', '(', ')', '〔', '〕', '《', '》', '“', '”', '「', '」', '[', ']',
  '牵头单位：', '配合单位：', '责任单位：', '（市工业和信息化局牵头，市发展改革委、市科技局配合）', '（市工信局负责）', '各区政府',
  '市工业和信息化局', '市交通运输局', '市卫健委', '市住房城乡建设局', '、', '，', '。', '；', '：', ':', ',', ';',
  '到2022年', '2020年10月底前', '2021年底前', '2022年13月', '2023年第二季度', '年底前', '长期', '持续推进',
  '5G基站', '建成', '达到', '10万个', '超过1.5万', '30%', '1-2个', '不少于', '力争', '累计', '以上', '亿元',
  '\n', '\n\n', ' ', '　', '\t', '\r\n', '\u00a0', '\u200b', '\ufeff', '…', '——', '—', '-', '*', '#',
];

export const planLike = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PLAN_TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), {
    maxLength: 400,
  })
  .map((parts) => parts.join(''));

/** Wraps text in the frame of a plan (title, numbered headings, plan words) so it passes the
 * parser's "looks like a plan" gate and reaches the stages behind it. */
export function framePlan(body: string): string {
  return `某市加快5G应用创新发展行动计划\n一、重点任务\n（一）推进网络建设\n${body}\n二、保障措施\n1.加强组织领导，落实责任单位。\n2.强化资金保障。`;
}

export const planShaped = planLike.map(framePlan);

const REPLY_TOKENS = [
  '已完成', '完成', '推进中', '正在推进', '未开始', '尚未启动', '滞后', '受阻', '延期', '本周无新进展', '无进展',
  '任务', '任务3', '第3项', '#3', '3.', '（三）', '1.2', '任务99999', '进度', '完成率', '%', '％', '60%', '120%', '-5%', '100%', '0%',
  '百分之六十', '六成', '新增', '5G工厂', '12家', '基站', '1.5万个', '万', '亿', '：', ':', '，', '。', '；', ' ', '\n',
  '<!channel>', '@everyone', '<@&123>', '<@U123>', '```', '*', '_', '~', '2022年13月', '2022-02-30', '下周', '月底前',
  '\u200b', '\u0000', '\u0007', '\u202e', '😀', '𠮷', '用地审批未完成', '新增5G工厂12家', '已完成60%',
];

export const replyLike = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...REPLY_TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

/** Any string, including lone surrogates and every plane (fast-check 4: unit 'binary'). */
export const anyText = fc.string({ unit: 'binary', maxLength: 2000 });

export type Edit =
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'swap-lines'; a: number; b: number };

export const edits = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }),
    fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.nat({ max: 2000 }) }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(planLike, fc.string({ unit: 'binary', maxLength: 20 })) }),
    fc.record({ op: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  ),
  { minLength: 1, maxLength: 12 },
);

/** Applies edits to a seed document: cut headings, doubled sections, noise inserted mid-sentence. */
export function mutate(text: string, list: readonly Edit[]): string {
  let s = text;
  for (const e of list) {
    if (e.op === 'swap-lines') {
      const lines = s.split('\n');
      const a = e.a % lines.length;
      const b = e.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      s = lines.join('\n');
      continue;
    }
    const at = s.length ? e.at % (s.length + 1) : 0;
    if (e.op === 'delete') s = s.slice(0, at) + s.slice(at + e.len);
    else if (e.op === 'duplicate') s = s.slice(0, at + e.len) + s.slice(at, at + e.len) + s.slice(at + e.len);
    else s = s.slice(0, at) + e.text + s.slice(at);
  }
  return s;
}
