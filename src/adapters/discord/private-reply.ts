// A private reply in a message context on Discord (issue 13 "private stays private"). A message has
// no ephemeral reply: the answer goes by DM. When the asker refuses DMs from server members (50007)
// the channel gets only a note with a button and no private content
// (“这条回复只应你本人可见——点此查看”); the asker's click answers with the reply as an ephemeral
// interaction reply (every part, as ephemeral follow-ups) and the note is deleted. Anyone else who
// clicks is told, ephemerally, that it is not theirs. The reply waits in the store (a restart loses
// nothing) for a day.
import { MessageFlags, Routes, type ButtonInteraction, type Message } from 'discord.js';
import type { Clock } from '../../core/clock.ts';
import type { Reply } from '../../core/reply.ts';
import type { Store } from '../../store/open.ts';
import { dropPrivateReply, findPrivateReply, savePrivateReply, setPrivateNote } from '../../store/private-replies.ts';
import { isDmRefused } from './post-errors.ts';
import { NO_MENTIONS, renderMessages, type DiscordPayload } from './render.ts';

/** Button custom ids: `duban-private:<id of the stored reply>`. */
export const PRIVATE_BUTTON_PREFIX = 'duban-private:';

export const PRIVATE_NOTE_TEXT = '这条回复只应你本人可见——点此查看（仅提问人可打开，24 小时内有效）。';
const NOT_YOURS = '这条回复不是给你的，只有提问人可以查看。';
const GONE = '这条回复已被查看或已过期；请重新提问，或使用 /duban 命令（回复仅你可见）。';

interface PrivateContext {
  store: Store;
  clock: Clock;
}

/** Every message of the reply by DM; on 50007 the button note in the channel instead. */
export async function sendPrivately(ctx: PrivateContext, m: Message, reply: Reply, messages: DiscordPayload[]): Promise<void> {
  try {
    for (const p of messages) await m.author.send(p);
  } catch (err) {
    if (!isDmRefused(err)) throw err;
    await leaveNote(ctx, m, reply);
  }
}

async function leaveNote(ctx: PrivateContext, m: Message, reply: Reply): Promise<void> {
  const id = savePrivateReply(ctx.store, { platform: 'discord', tenant: m.guildId ?? `dm:${m.author.id}`, channel: m.channelId, user: m.author.id, reply, now: ctx.clock.now() });
  const note = await m.reply({
    content: PRIVATE_NOTE_TEXT,
    components: [{ type: 1, components: [{ type: 2, style: 1, label: '查看回复', custom_id: `${PRIVATE_BUTTON_PREFIX}${id}` }] }],
    allowedMentions: NO_MENTIONS,
  });
  setPrivateNote(ctx.store, id, note.id);
}

const ephemeral = (p: DiscordPayload) => ({ ...p, flags: MessageFlags.Ephemeral as const });

// By REST, not message.delete(): that needs the channel in discord.js's cache, and a prompt thread
// may not be after a restart. Gone already (a double click: 10008 Unknown Message) is fine.
const deleteNote = (i: ButtonInteraction) => i.client.rest.delete(Routes.channelMessage(i.message.channelId, i.message.id)).catch(() => undefined);

/** A click on a note's button: the asker sees the reply privately and the note goes; anyone else is told no. */
export async function openPrivateReply(ctx: PrivateContext, i: ButtonInteraction): Promise<void> {
  const id = i.customId.slice(PRIVATE_BUTTON_PREFIX.length);
  const pending = findPrivateReply(ctx.store, id, ctx.clock.now());
  if (!pending) {
    await i.reply({ content: GONE, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    // An expired note is of no use to anyone.
    await deleteNote(i);
    return;
  }
  if (pending.user !== i.user.id) {
    await i.reply({ content: NOT_YOURS, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const [first, ...more] = renderMessages(pending.reply);
  await i.reply(ephemeral(first));
  for (const p of more) await i.followUp(ephemeral(p));
  dropPrivateReply(ctx.store, id);
  await deleteNote(i);
}
