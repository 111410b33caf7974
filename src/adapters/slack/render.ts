// Reply → Slack messages (text + Block Kit) and ModalSpec → a views.open view (pure). This adapter
// owns the Slack form of every reply, the digest included: the core's Reply has only neutral
// sections. Limits (SLACK_LIMITS, from Slack's Block Kit reference) are measured here, last: after
// core neutralised mentions and after escaping, since both make the text longer (issue 13).
import type { ModalSpec, Reply, ReplySection } from '../../core/reply.ts';
import { cut } from '../../text/cut.ts';
import { splitAtLines } from '../../text/lines.ts';
import { SLACK_LIMITS } from '../../text/limits.ts';
import { moreLine, packLines, packPieces, packTokens, type Piece } from '../../text/pack.ts';
import type { ModalOrigin } from './events.ts';

/**
 * Slack's control characters: `<` `>` `&` must be escaped or `<!channel>` pings and `<@U1>` links.
 * Core already broke mention tokens (sanitize-mentions); escaping makes every angle form inert text.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits at line ends into non-empty pieces of at most `max` (a longer line is hard-cut). */
export function chunk(text: string, max: number): string[] {
  return splitAtLines(text, max).filter((part) => part !== '');
}

type Block = Record<string, unknown>;

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string): Block => ({ type: 'context', elements: [{ type: 'mrkdwn', text: cut(text, SLACK_LIMITS.sectionText) }] });

export interface SlackMessage {
  /** The notification / fallback text (always set: screen readers and push notifications use it). */
  text: string;
  blocks?: Block[];
}

// A digest of a 200-unit plan fills three messages; past five the rest is in the attached file, and
// the last message says how many lines it left out. Five keeps a post short; a slash command's
// answer may go on past response_url's five responses (docs.slack.dev/interactivity/
// handling-user-interaction#message_responses) with chat.postEphemeral, up to SLASH_MAX_MESSAGES.
const MAX_MESSAGES = 5;
/** A slash command's answer: five through response_url, the rest by chat.postEphemeral / postMessage. */
export const SLASH_MAX_MESSAGES = 20;
/** Slack takes at most five responses on one response_url. */
export const RESPONSE_URL_MAX = 5;
const TONE: Record<NonNullable<ReplySection['tone']>, string> = { red: '🔴 ', yellow: '🟡 ', green: '🟢 ' };
// Room kept in every message for the footer and the “另有 n 行” note (a context block each).
const RESERVED_BLOCKS = 2;
const RESERVED_CHARS = 600;

/** The text Slack counts against msg_blocks_too_long: every text object of the block. */
export function blockTextLength(b: Block): number {
  const t = (b.text as { text?: string } | undefined)?.text?.length ?? 0;
  const fields = ((b.fields as Array<{ text: string }> | undefined) ?? []).reduce((n, f) => n + f.text.length, 0);
  const elements = ((b.elements as Array<{ text?: string }> | undefined) ?? []).reduce((n, e) => n + (e.text?.length ?? 0), 0);
  return t + fields + elements + (typeof b.alt_text === 'string' ? b.alt_text.length : 0);
}

const piece = (item: Block, lines: number, breakBefore = false): Piece<Block> => ({ item, chars: blockTextLength(item), lines, breakBefore });

/** A neutral section → section blocks of ≤ 3,000 characters, escaped first, then measured. */
function sectionPieces(s: ReplySection, breakBefore: boolean): Array<Piece<Block>> {
  const head = s.title ? [`*${s.tone ? TONE[s.tone] : ''}${escapeSlack(s.title)}*`] : [];
  const lines = [...head, ...s.lines.map((l) => escapeSlack(l)), ...(s.more ? [escapeSlack(moreLine(s.more))] : [])];
  return packLines(lines, SLACK_LIMITS.sectionText).map((text, i) => piece(section(text), text.split('\n').length, breakBefore && i === 0));
}

/**
 * A reminder's members (reply.mentions: ids from our store, never user text) as real `<@U…>`
 * mentions, outside the escaped text, in sections of ≤ 3,000 characters that never end inside a
 * mention. Anything not shaped like a Slack user id is dropped.
 */
export function mentionBatches(reply: Reply): string[] {
  const tokens = (reply.mentions ?? []).filter((id) => /^[UW][A-Z0-9]{2,}$/.test(id)).map((id) => `<@${id}>`);
  return packTokens(tokens, SLACK_LIMITS.sectionText, Number.POSITIVE_INFINITY).map((b) => b.join(' '));
}

/** Every block of a reply in reading order, each a piece to place; thread sections start a new message. */
function replyPieces(reply: Reply): Array<Piece<Block>> {
  const out: Array<Piece<Block>> = [];
  if (reply.title) out.push(piece({ type: 'header', text: { type: 'plain_text', text: cut(reply.title, SLACK_LIMITS.header) } }, 1));
  for (const part of packLines(escapeSlack(reply.text).split('\n'), SLACK_LIMITS.sectionText)) if (part.trim()) out.push(piece(section(part), part.split('\n').length));
  for (const m of mentionBatches(reply)) out.push(piece(section(m), 1));
  const fields = reply.fields ?? [];
  for (let i = 0; i < fields.length; i += SLACK_LIMITS.sectionFields) {
    const group = fields.slice(i, i + SLACK_LIMITS.sectionFields);
    const block = { type: 'section', fields: group.map((f) => ({ type: 'mrkdwn', text: cut(`*${escapeSlack(f.name)}*\n${escapeSlack(f.value)}`, SLACK_LIMITS.fieldText) })) };
    out.push(piece(block, group.length));
  }
  const sections = reply.sections ?? [];
  for (const s of sections.filter((x) => x.in !== 'thread')) out.push(...sectionPieces(s, false));
  for (const t of reply.followUps ?? []) out.push(...sectionPieces({ lines: t.split('\n') }, true));
  let first = true;
  for (const s of sections.filter((x) => x.in === 'thread')) {
    out.push(...sectionPieces(s, first));
    first = false;
  }
  return out;
}

/** The first line of text among a message's blocks (already escaped). */
function firstLine(blocks: Block[]): string {
  for (const b of blocks) {
    const t = (b as { text?: { text?: unknown } }).text?.text;
    if (typeof t === 'string' && t.trim()) return t.trim().split('\n')[0];
  }
  return '';
}

/** The blocks of a reply's first message (the head). */
export function renderBlocks(reply: Reply): Block[] {
  return renderMessages(reply)[0].blocks ?? [];
}

/**
 * Every message of a reply, in order: the head (header, text, mentions, fields, head sections, the
 * footer) and its follow-ups (continued sections, follow-up texts, thread sections). Each holds at
 * most 50 blocks and 12,000 characters of block text (msg_blocks_too_long); lines that cannot be
 * placed in `maxMessages` messages (5 unless said) are counted in a closing note that says where the rest is.
 */
export function renderMessages(reply: Reply, maxMessages = MAX_MESSAGES): SlackMessage[] {
  const budget = { items: SLACK_LIMITS.blocks - RESERVED_BLOCKS, chars: SLACK_LIMITS.blockTextTotal - RESERVED_CHARS };
  const { messages, droppedLines } = packPieces(replyPieces(reply), budget, budget, maxMessages);
  if (reply.footer) messages[0].push(context(escapeSlack(reply.footer)));
  if (droppedLines) messages[messages.length - 1].push(context(escapeSlack(`…另有 ${droppedLines} 行未显示；${reply.overflow ?? '其余内容已省略'}`)));
  const head = cut(escapeSlack(reply.title ? `${reply.title}\n${reply.text}` : reply.text), 1000) || ' ';
  return messages.map((blocks, i) => {
    // A follow-up's notification text is its own first line, not the head's again (the head is one message).
    const text = i === 0 ? head : `${cut(firstLine(blocks), 200)}（续 ${i + 1}/${messages.length}）`;
    return blocks.length ? { text, blocks } : { text };
  });
}

/** A ModalSpec → a views.open view; block_id and action_id are the field id, so a submission maps back. */
export function renderModal(spec: ModalSpec, origin: ModalOrigin): Record<string, unknown> {
  return {
    type: 'modal',
    callback_id: spec.id,
    private_metadata: JSON.stringify(origin),
    title: { type: 'plain_text', text: cut(spec.title, SLACK_LIMITS.modalTitle) },
    submit: { type: 'plain_text', text: '提交' },
    close: { type: 'plain_text', text: '取消' },
    blocks: spec.fields.map((f) => ({
      type: 'input',
      block_id: f.id,
      optional: !f.required,
      label: { type: 'plain_text', text: cut(f.label, SLACK_LIMITS.label) },
      element: {
        type: 'plain_text_input',
        action_id: f.id,
        multiline: f.style === 'paragraph',
        ...(f.placeholder ? { placeholder: { type: 'plain_text', text: cut(f.placeholder, 150) } } : {}),
        ...(f.value ? { initial_value: f.value } : {}),
      },
    })),
  };
}
