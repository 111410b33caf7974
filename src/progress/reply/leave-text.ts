// Leave as people write it (issue 15): `请假到11月30日`, `休假至12月5日`, `出差到下周五` in a chat
// message, or `到11月30日` after /duban leave. The date resolves like a reply's promised date (6月底
// → the month's last day; 3月底 written in December → next March) against today's date.
import { findDates } from './dates.ts';

// 请假到 / 请假至 / 休假到 / 出差至 / 公休到 …: the message says the writer is away until a date.
const LEAVE_IN_CHAT = /(?:请假|休假|出差|公休|年假|病假|产假|外出)\s*(?:到|至|直到|截至)\s*/u;
// The command's own text: 到11月30日 / 至2024年11月30日 / 11月30日.
const LEAVE_ARG = /^\s*(?:请假|休假)?\s*(?:到|至|直到|截至)?\s*/u;
// 销假 / 取消请假 / 已返岗: back at work.
const BACK = /销假|取消请假|已返岗|提前返岗|^\s*(?:off|cancel|取消)\s*$/iu;

const pad = (n: number) => String(n).padStart(2, '0');

function dateAfter(text: string, today: string): string | null {
  const [y, m, d] = today.split('-').map(Number);
  const hit = findDates(text, () => new Date(y, m - 1, d, 12)).find((h) => h.at === 0 && h.valid);
  const date = hit?.date();
  if (!date) return null;
  const iso = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return iso >= today ? iso : null;
}

/** `请假到11月30日` anywhere in a chat message → the last day of leave; null when the text says no such thing. */
export function readLeaveInChat(text: string, today: string): { until: string } | null {
  const m = LEAVE_IN_CHAT.exec(text);
  if (!m) return null;
  const until = dateAfter(text.slice(m.index + m[0].length), today);
  return until ? { until } : null;
}

/** The argument of /duban leave: a date (到11月30日) → until; 销假 / off → back; else null (not understood). */
export function readLeaveArg(text: string, today: string): { until: string } | { back: true } | null {
  if (BACK.test(text)) return { back: true };
  const m = LEAVE_ARG.exec(text);
  const until = dateAfter(text.slice(m ? m[0].length : 0), today);
  return until ? { until } : null;
}
