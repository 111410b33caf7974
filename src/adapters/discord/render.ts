// Reply → Discord message payload (content, embeds, files) and ModalSpec → a modal (pure, API JSON).
// Limits (discord.com/developers/docs/resources/message): 2,000 characters of content; embeds:
// 10 a message, 6,000 characters in all, title 256, description 4,096, 25 fields; modal title and
// labels 45, 5 text inputs.
import { createHash } from 'node:crypto';
import type { ModalSpec, Reply } from '../../core/reply.ts';
import { embedChars, type Embed } from '../../digest/render-discord.ts';
import { cut } from '../../text/cut.ts';
import { DISCORD_LIMITS } from '../../text/limits.ts';
import { MODAL_PREFIX } from './events.ts';

/** Nothing duban sends may ping: user text is echoed (notes, names), so no parse at all. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false } as const;

const BLURPLE = 0x3f6ad8;

export interface DiscordPayload {
  content?: string;
  embeds: Embed[];
  files: Array<{ attachment: Buffer; name: string; description?: string }>;
  /** Never parsed from text; only the users of reply.mentions (a reminder's members) may be pinged. */
  allowedMentions: { parse: never[]; repliedUser: false; users?: string[] };
}

/** The tag that marks a scheduled post with its outbox key (embed footer), for findPostedMessage. */
export function postTag(key: string): string {
  return `督办 #${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

/**
 * One reply → the first message. A titled or fielded reply becomes an embed (the text its
 * description); a digest's own embeds (reply.rich.discordEmbeds) win; the chart is attached and shown
 * as the first embed's image. `tag` goes in the last embed's footer (an embed is added if needed).
 */
export function renderMessage(reply: Reply, tag?: string): DiscordPayload {
  let embeds: Embed[] = [];
  let content: string | undefined = cut(reply.text, DISCORD_LIMITS.content);
  if (reply.rich?.discordEmbeds?.length) {
    embeds = (reply.rich.discordEmbeds as Embed[]).slice(0, DISCORD_LIMITS.embeds).map((e) => ({ ...e }));
  } else if (reply.title || reply.fields?.length) {
    embeds = [
      {
        color: BLURPLE,
        ...(reply.title ? { title: cut(reply.title, DISCORD_LIMITS.title) } : {}),
        ...(reply.text ? { description: cut(reply.text, DISCORD_LIMITS.description) } : {}),
        ...(reply.fields?.length ? { fields: reply.fields.slice(0, DISCORD_LIMITS.fields).map((f) => ({ name: f.name, value: f.value, inline: f.inline ?? false })) } : {}),
      },
    ];
    content = undefined;
  }
  const files = (reply.files ?? []).map((f) => ({ attachment: Buffer.from(f.bytes), name: f.name, ...(f.alt ? { description: cut(f.alt, 1024) } : {}) }));
  const image = files.find((f) => /\.(png|jpe?g|gif|webp)$/i.test(f.name));
  if (image && embeds.length && !embeds[0].image) embeds[0].image = { url: `attachment://${image.name}` };
  if (tag && !embeds.length) {
    embeds = [{ color: BLURPLE, description: cut(reply.text, DISCORD_LIMITS.description) }];
    content = undefined;
  }
  // 6,000 characters across all embeds: drop trailing ones that do not fit. The tag's length is
  // reserved first: it goes on the last embed kept, and a post without it cannot be recognised
  // after a crash, so it would be posted twice (issue 6, test/trust/post-tags.test.ts).
  let total = tag ? tag.length : 0;
  embeds = embeds.filter((e) => (total += embedChars(e)) <= DISCORD_LIMITS.embedTotal);
  if (tag) {
    if (!embeds.length) embeds = [{ color: BLURPLE, description: cut(reply.text, DISCORD_LIMITS.description) }];
    embeds[embeds.length - 1].footer = { text: tag };
  }
  // A reminder's members (ids from our store, never user text): pinged by id, and only they.
  const users = (reply.mentions ?? []).filter((id) => /^\d{15,22}$/.test(id));
  if (users.length) {
    const line = users.map((id) => `<@${id}>`).join(' ');
    // First, so the 2,000-character cut can never take it.
    content = cut(content ? `${line}\n${content}` : line, DISCORD_LIMITS.content);
    return { content, embeds, files, allowedMentions: { ...NO_MENTIONS, users } };
  }
  return { ...(content ? { content } : {}), embeds, files, allowedMentions: NO_MENTIONS };
}

/** Follow-up texts (long answers split by limitReply) as further plain messages. */
export function renderFollowUps(reply: Reply): Array<{ content: string; allowedMentions: typeof NO_MENTIONS }> {
  return (reply.followUps ?? []).map((t) => ({ content: cut(t, DISCORD_LIMITS.content), allowedMentions: NO_MENTIONS }));
}

/**
 * Every message of a reply, in order: the first (with embeds, files and the outbox tag), then its
 * follow-ups. The poster sends them as a list and the outbox can count the parts sent.
 */
export function renderMessages(reply: Reply, tag?: string): DiscordPayload[] {
  return [renderMessage(reply, tag), ...renderFollowUps(reply).map((m) => ({ ...m, embeds: [], files: [] }))];
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
