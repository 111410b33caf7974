// Stage 6: the quantities a reply reports, for the plan's targets table (reply-json.md): value and
// unit as written (1000万户 → 1000, 万户), cumulative (累计建成22座) or an increment (本周新建3座).
// A figure with no noun of its own takes the previous one's (新建5G基站3座，累计22座 → 5G基站).
// A growth rate (同比增长5%) is a metric, not progress. Durations (约两周, 3个月) and dates are not.
import { findQuantities } from '../../ingest/quantities.ts';
import { splitPieces } from './pieces.ts';
import type { ReplyDoc, ReplyMetric } from './types.ts';

// 累计 / 总计 / 合计 / 共计 / 已达 / 达到 / 总数: the running total.
const CUMULATIVE = /累计|累积|总计|合计|共计|总数|总量|总规模|已达|达到?|共有|共建|截至目前|目前已/u;
// 本周新增 / 新建 / 当月: an increment, even when it says 达 (本周新增企业达30家).
const INCREMENT = /新增|新建|本周|本月|当月|上周|新开通|新落地/u;
const NOT_METRIC_UNITS = new Set(['个工作日', '工作日', '个月', '小时', '分钟', '天', '周', '百分点', '个百分点', '倍']);
const GROWTH = /(?:同比|环比)?(?:增长|增速|增幅|下降|降低|减少|提升|提高|上升|上涨|回落)[^，,。；;\d]{0,3}$/u;
// Words before the noun that say what was done or when, not what is counted.
const LEAD_WORDS = /^(?:本周|本月|上周|当月|今年|今年以来|截至目前|截止目前|目前|累计|累积|总计|合计|共计|共|已经|已|全市|新增|新建|建成|完成|开通|部署|引进|培育|打造|实现|达到|达|新开通|新落地|落地|签约|发放|覆盖|改造|推广|开展|组织|服务|建设|和|及|并|等)+/u;

// 截至目前，… / 截至4月，… / 截止5月底 / 到目前为止 / 迄今: what the sentence counts is a running total.
const TO_DATE = /截至|截止|到目前为止|至今|迄今|目前为止/u;

/** The sentence up to a piece (截至目前，任务8已建成… → 截至目前，). */
function sentenceBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  return head.slice(Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf(';')) + 1);
}

function nounBefore(before: string): string {
  const tail = /[\p{L}\p{N}]*$/u.exec(before)?.[0] ?? '';
  // 本周新建5G基站 → 5G基站; 累计建成 → ''
  let noun = tail;
  for (let prev = ''; prev !== noun; ) {
    prev = noun;
    noun = noun.replace(LEAD_WORDS, '');
  }
  return noun.replace(/(?:为|达|共|约|近|超过|了)$/u, '');
}

export function readMetrics(text: string): ReplyMetric[] {
  const out: ReplyMetric[] = [];
  let lastName = '';
  for (const piece of splitPieces(text)) {
    for (const q of findQuantities(piece.text)) {
      const digits = /^\d+(?:\.\d+)?/.exec(piece.text.slice(q.start))?.[0];
      if (!digits || q.unit === null) continue;
      const before = piece.text.slice(0, q.start);
      // 任务5项目已投入运行: the number is the task's, not a count of 项.
      if (/(?:任务|第)\s?$/u.test(before)) continue;
      if (q.unit === '%' || q.unit === '‰') {
        if (!GROWTH.test(before)) continue;
      } else if (NOT_METRIC_UNITS.has(q.unit)) continue;
      const unit = piece.text.slice(q.start + digits.length, q.end).replace(/[多余]/gu, '');
      const name = nounBefore(before) || lastName;
      if (name) lastName = name;
      const sentence = sentenceBefore(text, piece.at);
      const cumulative = /累计|累积|总计|合计|共计/u.test(before) || (!INCREMENT.test(before) && (CUMULATIVE.test(before) || TO_DATE.test(sentence) || /已建成|已完成|已累计/u.test(before)));
      out.push({ text: piece.text, name, value: Number(digits), unit, cumulative });
    }
  }
  return out;
}

export function metrics(doc: ReplyDoc): ReplyDoc {
  return { ...doc, metrics: readMetrics(doc.text) };
}
