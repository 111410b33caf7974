// Packing text into a platform's limits, measured last (after mentions are neutralised and markup
// escaped, issue 13): lines into chunks of a section/field/message, mention tokens into batches, and
// pieces into messages. Nothing here cuts inside a token; only a single line longer than the limit is
// shortened, with `…`, so the reader sees the cut.
import { cut } from './cut.ts';

/** Lines joined by `\n` into chunks of at most `max` characters; an over-long line is cut to `max`. */
export function packLines(lines: readonly string[], max: number): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  for (const raw of lines) {
    const line = cut(raw, max);
    if (cur !== null && cur.length + 1 + line.length <= max) cur = `${cur}\n${line}`;
    else {
      if (cur !== null) out.push(cur);
      cur = line;
    }
  }
  if (cur !== null) out.push(cur);
  return out;
}

/**
 * Tokens (mentions such as `<@U012ABC>`) into batches of at most `maxCount` tokens whose joined text
 * is at most `maxChars`: a batch never ends inside a token (issue 13: content cut mid-mention).
 */
export function packTokens(tokens: readonly string[], maxChars: number, maxCount: number, sep = ' '): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let len = 0;
  for (const t of tokens) {
    const add = cur.length ? sep.length + t.length : t.length;
    if (cur.length && (cur.length >= maxCount || len + add > maxChars)) {
      out.push(cur);
      cur = [];
      len = 0;
    }
    len += cur.length ? sep.length + t.length : t.length;
    cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** One unit an adapter places in a message (a Slack block, a Discord field): its cost and its lines. */
export interface Piece<T> {
  item: T;
  /** Characters it adds to the message's total. */
  chars: number;
  /** Reader lines it carries (counted in the “另有 n 行” note when it is left out). */
  lines: number;
  /** Start a new message here (the first thread section after the head). */
  breakBefore?: boolean;
}

export interface MessageBudget {
  /** Pieces a message holds (Slack 50 blocks, Discord 25 fields). */
  items: number;
  /** Characters a message holds (Slack ~12,000 of block text, Discord 6,000 of embeds). */
  chars: number;
}

/**
 * Pieces into messages in order, each within `first` (the head) or `rest` (each follow-up); at most
 * `maxMessages`. Returns the messages and the reader lines of the pieces that did not fit.
 */
export function packPieces<T>(pieces: readonly Piece<T>[], first: MessageBudget, rest: MessageBudget, maxMessages: number): { messages: T[][]; droppedLines: number } {
  const messages: T[][] = [[]];
  let chars = 0;
  let droppedLines = 0;
  let dropping = false;
  for (const p of pieces) {
    // Once one piece is left out, so is everything after it: the reader never sees a gap mid-list.
    if (dropping) {
      droppedLines += p.lines;
      continue;
    }
    const budget = messages.length === 1 ? first : rest;
    const cur = messages[messages.length - 1];
    const full = cur.length >= budget.items || chars + p.chars > budget.chars;
    // A thread piece never joins the head, even an empty one (the head carries its own title/text).
    const breaks = p.breakBefore ? cur.length > 0 || messages.length === 1 : cur.length > 0 && full;
    if (breaks) {
      if (messages.length >= maxMessages) {
        dropping = true;
        droppedLines += p.lines;
        continue;
      }
      messages.push([p.item]);
      chars = p.chars;
    } else {
      cur.push(p.item);
      chars += p.chars;
    }
  }
  return { messages, droppedLines };
}

/** `（另有 12 项，见话题）` for a section's left-out lines. */
export function moreLine(more: { count: number; where: string }): string {
  return `…另有 ${more.count} 项，${more.where}`;
}
