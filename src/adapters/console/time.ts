// The console's `/time` control reads and echoes wall-clock time in the configured zone
// (Asia/Shanghai unless DUBAN_TZ says otherwise): `/time 2022-03-07 09:05` is 09:05 in Beijing, and
// the echo says 09:05 again, not the UTC instant 01:05Z (issue 13).
import { TZDate } from '@date-fns/tz';

// 2022-03-07 09:05 / 2022-03-07T09:05 / 2022-03-07 9:05:30 / 2022-03-07 (midnight)
const WALL_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
// An instant with its own offset is taken as written: 2022-03-07T01:05Z, 2022-03-07T09:05+08:00.
const WITH_OFFSET = /(?:[zZ]|[+-]\d\d:?\d\d)$/;

/** The instant `text` names as wall-clock time in `timeZone`, or null when it is no date. */
export function parseConsoleTime(text: string, timeZone: string): Date | null {
  const t = text.trim();
  if (WITH_OFFSET.test(t)) {
    const at = new Date(t);
    return Number.isNaN(at.getTime()) ? null : at;
  }
  const m = WALL_TIME.exec(t);
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((x) => x ?? undefined);
  const at = new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), timeZone);
  // 2022-02-30 rolls over to March in Date arithmetic: refuse it rather than move somewhere else.
  if (at.getMonth() !== Number(mo) - 1 || at.getDate() !== Number(d)) return null;
  return new Date(at.getTime());
}

/** `2022-03-07 09:05（Asia/Shanghai）`: the instant as wall-clock time in the zone. */
export function formatConsoleTime(at: Date, timeZone: string): string {
  // sv-SE writes ISO-like `2022-03-07 09:05:00`.
  const wall = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${wall}（${timeZone}）`;
}
