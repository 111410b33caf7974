// Discord payloads → ChatEvent (pure, over plain shapes the adapter copies out of discord.js objects).
// Field meanings per ../../core/event.ts: tenant = guild id (`dm:<user>` in a DM), channel = the
// channel id (a thread's PARENT), thread = the thread channel id, messageId = the message id.
import { editedMessageId } from '../../progress/edit-reply.ts';
import type { ChatEvent } from '../../core/event.ts';

export interface Place {
  guildId: string | null;
  channelId: string;
  /** Set when channelId is a thread: its parent text channel. */
  parentId: string | null;
}

function where(p: Place, user: string): Pick<ChatEvent, 'tenant' | 'channel' | 'thread' | 'isDirect'> {
  return {
    tenant: p.guildId ?? `dm:${user}`,
    channel: p.parentId ?? p.channelId,
    thread: p.parentId ? p.channelId : null,
    isDirect: p.guildId === null,
  };
}

export interface DiscordMessage extends Place {
  id: string;
  authorId: string;
  authorName?: string;
  authorIsBot: boolean;
  content: string;
  mentionsBot: boolean;
  /** messageUpdate: when the author edited it (ISO time); the edit replaces its reading (issue 15). */
  editedAt?: string | null;
}

export interface Who {
  botId: string;
  isCoordinator: boolean;
  receivedAt: Date;
  /** The thread is one of duban's weekly prompts (the store knows them): a reply there is addressed to it. The adapter always passes it. */
  isPromptThread?: (channel: string, thread: string) => boolean;
}

/** `<@123>` / `<@!123>` of the bot itself: a question addressed to it is the rest. */
export function stripBotMention(text: string, botId: string): string {
  return text.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A message → ChatEvent, or null for what duban ignores: bots (itself included), and whatever is not
 * addressed to it (issue 13 "speak when spoken to"): in a server only a mention, or a reply inside
 * duban's own weekly-prompt thread (free text there is a progress report). `今天中午吃什么？` in
 * somebody's thread is not. A DM always is.
 */
export function messageToEvent(m: DiscordMessage, who: Who): ChatEvent | null {
  if (m.authorIsBot || m.authorId === who.botId) return null;
  // Without a way to tell prompt threads (a pure caller), a thread reply is left to dispatch, as before.
  if (m.guildId !== null && !m.mentionsBot && !(m.parentId && (who.isPromptThread?.(m.parentId, m.channelId) ?? true))) return null;
  const text = stripBotMention(m.content, who.botId);
  if (!text) return null;
  return {
    platform: 'discord',
    ...where(m, m.authorId),
    user: m.authorId,
    userName: m.authorName,
    text,
    // The message id, not the delivery: after a gateway RESUME Discord may replay the same MESSAGE_CREATE.
    eventId: `msg:${m.editedAt ? editedMessageId(m.id, m.editedAt) : m.id}`,
    messageId: m.editedAt ? editedMessageId(m.id, m.editedAt) : m.id,
    isCoordinator: who.isCoordinator,
    receivedAt: who.receivedAt,
  };
}

export interface DiscordInvocation extends Place {
  interactionId: string;
  userId: string;
  userName?: string;
  locale?: string;
  /** The subcommand of /duban, or a modal's command id. */
  command: string;
  options: Record<string, string | number | boolean | undefined>;
}

/** A `/duban <sub>` chat-input command or a submitted modal → that command with structured options. */
export function invocationToEvent(i: DiscordInvocation, who: Who): ChatEvent {
  return {
    platform: 'discord',
    ...where(i, i.userId),
    user: i.userId,
    userName: i.userName,
    locale: i.locale,
    command: { name: i.command, options: i.options },
    text: '',
    eventId: `ia:${i.interactionId}`,
    isCoordinator: who.isCoordinator,
    receivedAt: who.receivedAt,
  };
}

/** Modal custom ids carry the command: `duban:report`. */
export const MODAL_PREFIX = 'duban:';

export function modalCommand(customId: string): string | null {
  return customId.startsWith(MODAL_PREFIX) ? customId.slice(MODAL_PREFIX.length) : null;
}
