// Reply → Slack message (text + Block Kit) and ModalSpec → a views.open view (pure).
// Limits: 50 blocks a message, 3,000 characters a section text, 10 fields a section, 150 a header,
// 24 characters a modal title (api.slack.com/reference/block-kit).
import type { ModalSpec, Reply } from '../../core/reply.ts';
import { cut } from '../../text/cut.ts';
import { splitAtLines } from '../../text/lines.ts';
import { SLACK_LIMITS } from '../../text/limits.ts';
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

export interface SlackMessage {
  /** The notification / fallback text (always set: screen readers and push notifications use it). */
  text: string;
  blocks?: Block[];
}

/** The blocks of one reply; a digest's own Block Kit (reply.rich.slackBlocks) wins over the text form. */
export function renderBlocks(reply: Reply): Block[] {
  if (reply.rich?.slackBlocks?.length) return (reply.rich.slackBlocks as Block[]).slice(0, SLACK_LIMITS.blocks);
  const blocks: Block[] = [];
  if (reply.title) blocks.push({ type: 'header', text: { type: 'plain_text', text: cut(reply.title, SLACK_LIMITS.header) } });
  for (const part of chunk(escapeSlack(reply.text), SLACK_LIMITS.sectionText)) blocks.push(section(part));
  const fields = reply.fields ?? [];
  for (let i = 0; i < fields.length; i += SLACK_LIMITS.sectionFields) {
    blocks.push({
      type: 'section',
      fields: fields.slice(i, i + SLACK_LIMITS.sectionFields).map((f) => ({
        type: 'mrkdwn',
        text: cut(`*${escapeSlack(f.name)}*\n${escapeSlack(f.value)}`, SLACK_LIMITS.fieldText),
      })),
    });
  }
  if (blocks.length > SLACK_LIMITS.blocks) {
    return [...blocks.slice(0, SLACK_LIMITS.blocks - 1), section('…（内容过长，其余部分已省略）')];
  }
  return blocks;
}

/**
 * Members a scheduled reminder notifies (reply.mentions: ids from our store, never user text) as
 * real `<@U…>` mentions, outside the escaped text. Anything not shaped like a Slack user id is dropped.
 */
export function mentionLine(reply: Reply): string {
  return (reply.mentions ?? []).filter((id) => /^[UW][A-Z0-9]{2,}$/.test(id)).map((id) => `<@${id}>`).join(' ');
}

/** The message(s) for a reply: the first carries the blocks, each follow-up is one more message. */
export function renderMessages(reply: Reply): SlackMessage[] {
  const who = mentionLine(reply);
  const fallback = cut(`${escapeSlack(reply.title ? `${reply.title}\n${reply.text}` : reply.text)}${who ? `\n${who}` : ''}`, 3000) || ' ';
  const blocks = renderBlocks(reply);
  // The mention goes last, in place of the 50th block when the message is full.
  if (who && blocks.length) blocks.splice(SLACK_LIMITS.blocks - 1, blocks.length >= SLACK_LIMITS.blocks ? 1 : 0, section(who));
  const first: SlackMessage = blocks.length ? { text: fallback, blocks } : { text: fallback };
  return [first, ...(reply.followUps ?? []).map((t) => ({ text: escapeSlack(t) }))];
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
