// The ledger (台账): one row per task of a plan with its units and latest reported progress
// (issue 6 "Backup": plan, task, units by role, deadline, latest status and percent, last report
// date and note). Pure data; src/store/ledger-reader.ts fills it, ledger-to-csv/-xlsx write it.

export interface LedgerRow {
  plan: string; // the plan's title
  taskId: string; // printed number, as people type it in chat (任务3, 1.2)
  taskTitle: string;
  leads: string[]; // 牵头单位
  supports: string[]; // 配合单位
  responsible: string[]; // 责任单位
  deadlines: string[]; // ISO dates, ascending (2020年10月底前 → 2020-10-31)
  status: string | null; // 未开始/推进中/已完成/滞后/受阻, of the latest report
  percent: number | null; // 0–100
  reportedAt: Date | null;
  reportedBy: string | null; // the unit the latest report was for
  note: string | null;
  expected: string | null; // 预计完成: the completion date the latest reading promised (issue 11)
  blocker: string | null; // 阻碍: what the latest reading said holds the task up
  ladder?: LadderEntry[]; // 督办记录 (issue 15): each step of the ladder, once, with its time
}

export interface LadderEntry {
  level: 'yellow' | 'lead' | 'coordinator';
  at: Date;
  units: string[];
}

export const LADDER_NAMES: Record<LadderEntry['level'], string> = { yellow: '黄灯提示', lead: '通报牵头单位', coordinator: '督办单' };

/** 2024-10-08 09:00 黄灯提示（市工信局）；2024-10-14 09:00 通报牵头单位（…） */
export function ladderCell(entries: readonly LadderEntry[] | undefined, timeZone: string): string | null {
  if (!entries?.length) return null;
  return entries.map((e) => `${formatLocal(e.at, timeZone)} ${LADDER_NAMES[e.level]}${e.units.length ? `（${e.units.join(UNIT_SEPARATOR)}）` : ''}`).join(DATE_SEPARATOR);
}

/** Column headers, in order; both writers use them so the CSV and the xlsx read the same. */
export const LEDGER_HEADERS = [
  '规划',
  '任务编号',
  '任务',
  '牵头单位',
  '配合单位',
  '责任单位',
  '完成时限',
  '最新状态',
  '进度',
  '最近填报日期',
  '填报单位',
  '最近填报说明',
  '预计完成',
  '阻碍',
  '督办记录',
] as const;

/** Units within one cell: the documents' own separator, 、 (市工业和信息化局、市交通运输局). */
export const UNIT_SEPARATOR = '、';
/** Several deadlines of one task within one cell. */
export const DATE_SEPARATOR = '；';

/** Wall-clock parts of `at` in `timeZone` (the ledger shows the office's local date, not UTC). */
export function localParts(at: Date, timeZone: string): { y: number; m: number; d: number; hh: number; mm: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { y: get('year'), m: get('month'), d: get('day'), hh: get('hour'), mm: get('minute') };
}

export function formatLocal(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.y}-${two(p.m)}-${two(p.d)} ${two(p.hh)}:${two(p.mm)}`;
}
