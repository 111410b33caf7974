// The one line a stored reading is echoed with (issue 11):
//   已记录：任务4 推进中 50%，预计2022-06-30完成；阻碍：征地（市交通运输局）
// several tasks are joined with ；, a correction says 已更正.
import type { StoredMetric } from './record-input.ts';

export interface EchoedTask {
  number: string | null;
  status: string | null;
  percent: number | null;
}

export interface EchoInput {
  tasks: EchoedTask[];
  noChange: boolean;
  expected: string | null;
  blocker: string | null;
  metrics: StoredMetric[];
  unit: string;
  onBehalf?: boolean;
  corrected?: boolean;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, '');
}

export function echoReading(e: EchoInput): string {
  const tasks = e.tasks.map((t) => {
    const words = [t.number ? `任务${t.number}` : '全部任务', t.status ?? '', t.percent !== null ? `${fmt(t.percent)}%` : '', e.noChange ? '本周无新进展' : ''];
    return words.filter(Boolean).join(' ');
  });
  let line = `${e.corrected ? '已更正' : '已记录'}：${tasks.join('；')}`;
  if (e.metrics.length) line += `，${e.metrics.map((m) => `${m.name}${m.cumulative === false ? '新增' : ''} ${fmt(m.value)}${m.unit ?? ''}`).join('、')}`;
  if (e.expected) line += `，预计${e.expected}完成`;
  if (e.blocker) line += `；阻碍：${e.blocker}`;
  // Whose report it is: a coordinator filing for a unit is logged as on behalf.
  line += e.onBehalf ? `（${e.unit}，协调人代填）` : `（${e.unit}）`;
  return line;
}
