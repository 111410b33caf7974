// Reply → Discord message payloads (content, embeds, files) and ModalSpec → a modal (pure, API JSON).
// This adapter owns the Discord form of every reply, the digest included (the core's Reply has only
// neutral sections). Limits (DISCORD_LIMITS, discord.com/developers/docs/resources/message): 2,000
// characters of content; embeds: 10 a message, 6,000 characters in all, title 256, description
// 4,096, 25 fields of name 256 / value 1,024, footer 2,048; 100 users in allowed_mentions.users;
// modal title and labels 45, 5 text inputs.
import { createHash } from 'node:crypto';
import type { ModalSpec, Reply, ReplySection } from '../../core/reply.ts';
import { cut } from '../../text/cut.ts';
import { DISCORD_LIMITS } from '../../text/limits.ts';
import { moreLine, packLines, packPieces, packTokens, type Piece } from '../../text/pack.ts';
import { MODAL_PREFIX } from './events.ts';

/** Nothing duban sends may ping: user text is echoed (notes, names), so no parse at all. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false } as const;

const BLURPLE = 0x3f6ad8;
const RED = 0xd9534f;
const YELLOW = 0xf0ad4e;
const TONE: Record<NonNullable<ReplySection['tone']>, string> = { red: '🔴 ', yellow: '🟡 ', green: '🟢 ' };
// Section messages after the head; past this the rest is in the attached file (the note says so).
const MAX_SECTION_MESSAGES = 12;
// Room kept in each message's 6,000 embed characters for the title, footer and “另有 n 行” note.
const RESERVED_CHARS = 600;

export interface Embed {
  title?: string;
  description?: string;
  color?: number;
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
  footer?: { text: string };
  image?: { url: string };
}

/** The characters Discord counts against the 6,000 of a message's embeds. */
export function embedChars(e: Embed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

export interface DiscordPayload {
  content?: string;
  embeds: Embed[];
  files: Array<{ attachment: Buffer; name: string; description?: string }>;
  /** Never parsed from text; only the users of reply.mentions (a reminder's members) may be pinged. */
  allowedMentions: { parse: never[]; repliedUser: false; users?: string[] };
}

type Field = NonNullable<Embed['fields']>[number];

/** The tag that marks a scheduled post with its outbox key (embed footer), for findPostedMessage. */
export function postTag(key: string): string {
  return `督办 #${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

/** A neutral section → embed fields of ≤ 1,024 characters (continuations named 「…（续）」). */
function sectionPieces(s: ReplySection, breakBefore: boolean): Array<Piece<Field>> {
  const title = cut(`${s.tone ? TONE[s.tone] : ''}${s.title ?? ''}`, DISCORD_LIMITS.fieldName - 4) || '\u200b';
  const lines = [...s.lines, ...(s.more ? [moreLine(s.more)] : [])];
  return packLines(lines.length ? lines : ['—'], DISCORD_LIMITS.fieldValue).map((value, i) => {
    const name = i ? `${title}（续）` : title;
    return { item: { name, value, inline: false }, chars: name.length + value.length, lines: value.split('\n').length, breakBefore: breakBefore && i === 0 };
  });
}

/**
 * Members to ping (reply.mentions: ids from our store, never user text) in batches of ≤ 100 users
 * (allowed_mentions.users) whose `<@id>` line fits the 2,000 characters of content; a batch never
 * ends inside a mention.
 */
export function mentionBatches(reply: Reply): string[][] {
  const users = (reply.mentions ?? []).filter((id) => /^\d{15,22}$/.test(id));
  return packTokens(users.map((id) => `<@${id}>`), DISCORD_LIMITS.content, DISCORD_LIMITS.mentionedUsers).map((b) => b.map((t) => t.slice(2, -1)));
}

const mentionPayload = (users: string[]): DiscordPayload => ({ content: users.map((id) => `<@${id}>`).join(' '), embeds: [], files: [], allowedMentions: { ...NO_MENTIONS, users } });

function headEmbed(reply: Reply, tag: string | undefined, image: string | undefined): Embed {
  const red = reply.sections?.some((s) => s.tone === 'red' && s.in !== 'thread');
  const yellow = reply.sections?.some((s) => s.tone === 'yellow' && s.in !== 'thread');
  // The outbox tag must be the footer's whole text (findPostedMessage compares it): the reply's own
  // footer then closes the description as Discord subtext (`-# `).
  const footerLine = reply.footer && tag ? `\n-# ${reply.footer}` : '';
  const description = cut(reply.text, DISCORD_LIMITS.description - footerLine.length) + footerLine;
  return {
    color: red ? RED : yellow ? YELLOW : BLURPLE,
    ...(reply.title ? { title: cut(reply.title, DISCORD_LIMITS.title) } : {}),
    ...(description.trim() ? { description } : {}),
    ...(image ? { image: { url: `attachment://${image}` } } : {}),
    ...(tag ? { footer: { text: tag } } : reply.footer ? { footer: { text: cut(reply.footer, DISCORD_LIMITS.footer) } } : {}),
  };
}

/**
 * Every message of a reply, in order: the head (one embed with the title, the text, the head
 * sections as fields, the chart and the outbox tag; or plain content for a plain answer), further
 * mention batches, follow-up texts, then the sections that did not fit the head and the thread
 * sections, as embeds of ≤ 25 fields and ≤ 6,000 characters. The text never shows twice (content
 * and embed). Limits are measured here, after core neutralised mentions (issue 13).
 */
export function renderMessages(reply: Reply, tag?: string): DiscordPayload[] {
  const files = (reply.files ?? []).map((f) => ({ attachment: Buffer.from(f.bytes), name: f.name, ...(f.alt ? { description: cut(f.alt, 1024) } : {}) }));
  const image = files.find((f) => /\.(png|jpe?g|gif|webp)$/i.test(f.name))?.name;
  const batches = mentionBatches(reply);
  const sections = reply.sections ?? [];
  const rich = Boolean(reply.title || reply.fields?.length || sections.length || reply.footer || tag || batches.length || (image && reply.text));
  const followTexts = (reply.followUps ?? []).map((t) => ({ content: cut(t, DISCORD_LIMITS.content), embeds: [], files: [], allowedMentions: NO_MENTIONS }) as DiscordPayload);
  if (!rich) return [{ ...(reply.text ? { content: cut(reply.text, DISCORD_LIMITS.content) } : {}), embeds: [], files, allowedMentions: NO_MENTIONS }, ...followTexts];

  const head = headEmbed(reply, tag, image);
  const given: Array<Piece<Field>> = (reply.fields ?? []).map((f) => {
    const item = { name: cut(f.name, DISCORD_LIMITS.fieldName), value: cut(f.value, DISCORD_LIMITS.fieldValue), inline: f.inline ?? false };
    return { item, chars: item.name.length + item.value.length, lines: 1 };
  });
  const pieces = [...given, ...sections.filter((x) => x.in !== 'thread').flatMap((x) => sectionPieces(x, false))];
  sections.filter((x) => x.in === 'thread').forEach((x, i) => pieces.push(...sectionPieces(x, i === 0)));
  const first = { items: DISCORD_LIMITS.fields, chars: DISCORD_LIMITS.embedTotal - embedChars(head) - RESERVED_CHARS };
  const rest = { items: DISCORD_LIMITS.fields, chars: DISCORD_LIMITS.embedTotal - RESERVED_CHARS };
  const { messages, droppedLines } = packPieces(pieces, first, rest, MAX_SECTION_MESSAGES + 1);
  const embeds: Embed[] = messages.map((fields, i) => (i === 0 ? { ...head, ...(fields.length ? { fields } : {}) } : { color: head.color, ...(reply.title ? { title: cut(`${reply.title}（续 ${i + 1}/${messages.length}）`, DISCORD_LIMITS.title) } : {}), fields }));
  if (droppedLines) {
    const last = embeds[embeds.length - 1];
    last.fields = [...(last.fields ?? []), { name: '…', value: cut(`另有 ${droppedLines} 行未显示；${reply.overflow ?? '其余内容已省略'}`, DISCORD_LIMITS.fieldValue), inline: false }];
  }
  const [firstBatch, ...moreBatches] = batches;
  const headPayload: DiscordPayload = firstBatch
    ? { ...mentionPayload(firstBatch), embeds: [embeds[0]], files }
    : { embeds: [embeds[0]], files, allowedMentions: NO_MENTIONS };
  const sectionPayloads = embeds.slice(1).map((e): DiscordPayload => ({ embeds: [e], files: [], allowedMentions: NO_MENTIONS }));
  return [headPayload, ...moreBatches.map(mentionPayload), ...followTexts, ...sectionPayloads];
}

/** The first message of a reply (see renderMessages). */
export function renderMessage(reply: Reply, tag?: string): DiscordPayload {
  return renderMessages(reply, tag)[0];
}

/** The messages after the first (mention batches, follow-up texts, sections), in order. */
export function renderFollowUps(reply: Reply): DiscordPayload[] {
  return renderMessages(reply).slice(1);
}

/** ModalSpec → a modal (custom_id `duban:<command>`; each field a text input whose custom_id is the option). */
export function renderModal(spec: ModalSpec) {
  return {
    custom_id: `${MODAL_PREFIX}${spec.id}`,
    title: cut(spec.title, DISCORD_LIMITS.modalTitle),
    components: spec.fields.slice(0, DISCORD_LIMITS.modalInputs).map((f) => ({
      type: 1,
      components: [
        {
          type: 4,
          custom_id: f.id,
          label: cut(f.label, DISCORD_LIMITS.label),
          style: f.style === 'paragraph' ? 2 : 1,
          required: f.required ?? false,
          ...(f.placeholder ? { placeholder: cut(f.placeholder, DISCORD_LIMITS.placeholder) } : {}),
          ...(f.value ? { value: f.value } : {}),
        },
      ],
    })),
  };
}
