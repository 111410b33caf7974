// Stage 1: one spelling for everything later stages match. NFKC turns full-width digits and signs
// into ASCII (任务７ → 任务7, ８０％ → 80%), opencc turns Traditional into Simplified (任務 → 任务,
// 滯後 → 滞后); zero-width and control characters go. Offsets in later stages refer to this text.
import { INVISIBLE, stripInvisible } from '../../text/invisible.ts';
import { toSimplified } from '../../text/script.ts';
import type { ReplyDoc } from './types.ts';

export const MAX_REPLY_CHARS = 2000;

const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

export { stripInvisible };

/** NFKC, Simplified, no invisible characters; runs of white space become one space. */
export function normaliseText(text: string): string {
  // 〜/～ read as a range dash after NFKC (60%～80%); ０-９ → 0-9, ％ → %.
  // Tested before replaced: a global replace costs more than the scan, and most replies need neither.
  const visible = HAS_INVISIBLE.test(text) ? stripInvisible(text) : text;
  const normal = visible.normalize('NFKC');
  const nfkc = /[〜～]/u.test(normal) ? normal.replace(/[〜～]/g, '~') : normal;
  const simplified = toSimplified(nfkc);
  // Only runs of white space or other spaces need replacing; most replies have single spaces or none.
  const spaced = /[^\S ]| {2}/u.test(simplified) ? simplified.replace(/\s+/g, ' ') : simplified;
  return joinThousands(spaced.trim());
}

// 1,200个 / 1，200个 (NFKC makes the full-width comma ASCII) / 12,000,000: one number. Groups of
// exactly three digits only, and not after a task word (任务1,200 stays two things).
const THOUSANDS = /(?<![\d.]|任务\s?|第)(\d{1,3})((?:,\d{3})+)(?![\d%])/gu;

export function joinThousands(text: string): string {
  // NFKC made every ， a comma: only a comma between digits can be a thousands mark.
  if (!/\d,\d/u.test(text)) return text;
  return text.replace(THOUSANDS, (_m, head: string, groups: string) => head + groups.replace(/,/g, ''));
}

export function normalise(doc: ReplyDoc): ReplyDoc {
  if (!doc.raw.trim()) return { ...doc, text: '', problem: 'empty' };
  if (doc.raw.length > MAX_REPLY_CHARS * 4) return { ...doc, text: '', problem: 'too_long' };
  const text = normaliseText(doc.raw);
  if (text.length > MAX_REPLY_CHARS) return { ...doc, text: '', problem: 'too_long' };
  return { ...doc, text };
}
