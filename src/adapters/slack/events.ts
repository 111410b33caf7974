// Slack payloads → ChatEvent (pure). Field meanings per ../../core/event.ts: tenant = team_id,
// channel = channel id, thread = the parent's thread_ts, messageId = the message ts.
import type { ChatEvent } from '../../core/event.ts';
import { editedMessageId } from '../../progress/edit-reply.ts';

export interface SlackMessageEvent {
  type: string; // 'message' | 'app_mention'
  subtype?: string;
  channel: string;
  channel_type?: string; // 'im' for a DM
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  team?: string;
  files?: Array<{ id: string; name?: string; url_private_download?: string; size?: number }>;
  /** subtype message_changed: the message as edited, and as it was. */
  message?: Omit<SlackMessageEvent, 'type' | 'channel'> & { edited?: { ts: string } };
  previous_message?: { text?: string };
}

export interface Who {
  botUserId?: string;
  isCoordinator: boolean;
  receivedAt: Date;
  /** The thread is one of duban's weekly prompts (the store knows them): a reply there is addressed to it. The adapter always passes it. */
  isPromptThread?: (channel: string, thread: string) => boolean;
}

// Slack escapes exactly these three in message text (api.slack.com/reference/surfaces/formatting#escaping).
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Drops our own `<@UBOT>` mention (a question addressed to the bot is the rest of the text). */
export function stripBotMention(text: string, botUserId?: string): string {
  if (!botUserId) return text.trim();
  return text.split(`<@${botUserId}>`).join(' ').replace(/\s+/g, ' ').trim();
}

// Subtypes that are still a person writing: a file with a comment, a reply also sent to the channel.
const HUMAN_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

/**
 * A message or app_mention → ChatEvent, or null for what duban ignores: bots (itself included),
 * edits and deletions, and whatever is not addressed to it (issue 13 "speak when spoken to"). Only a
 * mention (app_mention, or `<@BOT>` in the text), a DM, or a reply in duban's own prompt thread is:
 * `今天中午吃什么？` in somebody's thread is not.
 */
export function messageToEvent(teamId: string, e: SlackMessageEvent, who: Who): ChatEvent | null {
  // A person's edit (message_changed with edited.ts and new text) replaces its reading (issue 15): the
  // edited message under `<ts>#edit:<edited ts>`; unfurls and other changes without an edit are ignored.
  const m = e.subtype === 'message_changed' ? e.message : undefined;
  if (m?.edited && m.text !== e.previous_message?.text) {
    const edited = messageToEvent(teamId, { ...m, type: 'message', channel: e.channel, channel_type: e.channel_type, subtype: undefined, ts: editedMessageId(m.ts, m.edited.ts) }, who);
    return edited && { ...edited, thread: m.thread_ts && m.thread_ts !== m.ts ? m.thread_ts : null };
  }
  if (e.bot_id || !e.user || e.user === who.botUserId || !HUMAN_SUBTYPES.has(e.subtype)) return null;
  const isDirect = e.channel_type === 'im';
  const inThread = Boolean(e.thread_ts && e.thread_ts !== e.ts);
  const mentioned = e.type === 'app_mention' || (who.botUserId !== undefined && (e.text ?? '').includes(`<@${who.botUserId}>`));
  if (e.type === 'message' && !isDirect && !inThread) return null;
  // Without a way to tell prompt threads (a pure caller), a thread reply is left to dispatch, as before.
  if (!isDirect && !mentioned && !(inThread && (who.isPromptThread?.(e.channel, e.thread_ts as string) ?? true))) return null;
  let text = stripBotMention(unescapeSlack(e.text ?? ''), who.botUserId);
  // A slash command cannot carry a file, so a plan document comes as a file shared with the words
  // `import` / `导入` (in a DM or mentioning duban): that is `/duban import` with the file attached.
  if (e.files?.length && /^(?:\/?duban\s+)?(?:import|导入)(?:\s|$)/i.test(text)) text = `duban ${text.replace(/^\/?duban\s+/i, '')}`;
  return {
    platform: 'slack',
    tenant: teamId,
    channel: e.channel,
    thread: inThread ? (e.thread_ts as string) : null,
    user: e.user,
    text,
    // The message, not the delivery: a retry (X-Slack-Retry-Num) repeats the ts, and one message that
    // mentions duban in a channel it reads arrives twice (app_mention and message) under two event_ids.
    eventId: `msg:${e.channel}:${e.ts}`,
    messageId: e.ts,
    isCoordinator: who.isCoordinator,
    isDirect,
    receivedAt: who.receivedAt,
  };
}

export interface SlackCommandPayload {
  team_id: string;
  channel_id: string;
  user_id: string;
  user_name?: string;
  text?: string;
  trigger_id: string;
  command: string;
}

/** `/duban report task:3 …` → the dispatch's `duban` route with the subcommand words as text. */
export function commandToEvent(p: SlackCommandPayload, who: Who): ChatEvent {
  return {
    platform: 'slack',
    tenant: p.team_id,
    channel: p.channel_id,
    thread: null,
    user: p.user_id,
    userName: p.user_name,
    command: { name: 'duban', options: {} },
    text: unescapeSlack(p.text ?? ''),
    // A slash command is never retried by Slack; trigger_id is unique per invocation.
    eventId: `cmd:${p.trigger_id}`,
    isCoordinator: who.isCoordinator,
    isDirect: p.channel_id.startsWith('D'),
    receivedAt: who.receivedAt,
  };
}

/** Where a modal's answer goes, carried in the view's private_metadata. */
export interface ModalOrigin {
  channel: string;
  thread: string | null;
}

export interface ViewSubmission {
  team: { id: string } | null;
  user: { id: string; team_id?: string };
  view: {
    id: string;
    callback_id: string;
    private_metadata?: string;
    hash?: string;
    state: { values: Record<string, Record<string, { type: string; value?: string | null; selected_option?: { value: string } | null }>> };
  };
}

export function parseOrigin(privateMetadata: string | undefined): ModalOrigin | null {
  try {
    const o = JSON.parse(privateMetadata ?? '') as ModalOrigin;
    return typeof o.channel === 'string' ? { channel: o.channel, thread: o.thread ?? null } : null;
  } catch {
    return null;
  }
}

/** A submitted modal → that command with the fields as structured options (block_id = field id). */
export function viewToEvent(p: ViewSubmission, who: Who): ChatEvent | null {
  const origin = parseOrigin(p.view.private_metadata);
  if (!origin) return null;
  const options: Record<string, string | undefined> = {};
  for (const [blockId, actions] of Object.entries(p.view.state.values)) {
    const a = Object.values(actions)[0];
    const v = a?.value ?? a?.selected_option?.value ?? undefined;
    options[blockId] = v === null || v === '' ? undefined : v;
  }
  return {
    platform: 'slack',
    tenant: p.team?.id ?? p.user.team_id ?? '',
    channel: origin.channel,
    thread: origin.thread,
    user: p.user.id,
    command: { name: p.view.callback_id, options },
    text: '',
    eventId: `view:${p.view.id}:${p.view.hash ?? ''}`,
    isCoordinator: who.isCoordinator,
    receivedAt: who.receivedAt,
  };
}
