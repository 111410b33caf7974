// Which progress question is asked, if any: overdue (逾期了), behind (滞后/受阻), not reported this
// week (还没有填报), a task's latest report (任务3进展如何), a unit's open items (还有哪些没完成).
export type ProgressAsk = 'overdue' | 'behind' | 'not_reported' | 'open' | 'latest';

const OVERDUE = /逾期|超期|过期|超过期限|已经到期还没/;
const BEHIND = /滞后|落后|拖后腿|进展慢|进度慢|受阻|卡住/;
const NOT_REPORTED = /(?:没有|没|未|还没|尚未|还未)(?:有)?(?:填报|上报|报告|汇报|交|报送|提交)|漏报|缺报/;
const OPEN = /(?:没有|没|未|还没|尚未)(?:有)?完成|未完成|在办|待办|还有哪些(?:任务|工作|事)?没/;
const LATEST = /进展|进度|完成情况|完成得怎么样|落实情况|推进情况|执行情况|汇报情况|最新(?:报告|情况|填报)|怎么样了|做得怎样/;

export function progressAsk(q: string): ProgressAsk | null {
  if (NOT_REPORTED.test(q)) return 'not_reported';
  if (OVERDUE.test(q)) return 'overdue';
  if (BEHIND.test(q)) return 'behind';
  if (OPEN.test(q)) return 'open';
  if (LATEST.test(q)) return 'latest';
  return null;
}
