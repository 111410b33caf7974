// Discord: a discord.js Client. Interactions (`/duban <sub>`, autocomplete, modals) answer within
// Discord's 3-second window: slow commands defer first, the rest defer when the work passes a short
// budget. Messages (a question mentioning duban, a reply inside a weekly-prompt thread) go through
// the same dispatch; a redelivered MESSAGE_CREATE after a RESUME is deduped there by message id.
import { once } from 'node:events';
import {
  ApplicationCommandOptionType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Config } from '../../config.ts';
import { autocomplete } from '../../answer/autocomplete.ts';
import { findCommand } from '../../core/command.ts';
import { dispatch, type DispatchDeps } from '../../core/dispatch.ts';
import type { Attachment, ChatEvent } from '../../core/event.ts';
import type { FindPostedOptions, PostTarget, PostedMessage, Poster } from '../../core/poster.ts';
import type { Reply } from '../../core/reply.ts';
import { MAX_FILE_BYTES } from '../../text/limits.ts';
import { invocationToEvent, messageToEvent, modalCommand, type Place } from './events.ts';
import { NO_MENTIONS, postTag, renderFollowUps, renderMessage, renderModal } from './render.ts';
import { isPending, markHandled, pendingEvents, pruneInbox, receiveEvent } from '../../store/inbox.ts';
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);
// The REST agent's type, structurally: what @discordjs/rest accepts as `agent`.
type Dispatcher = NonNullable<NonNullable<ConstructorParameters<typeof Client>[0]['rest']>['agent']>;

export interface DiscordOptions {
  /** Work longer than this is deferred (deferReply) before it finishes; Discord allows 3 s. */
  deferAfterMs?: number;
}

export interface DiscordRunning extends Poster {
  client: Client;
  stop(): Promise<void>;
}

// Commands whose work may pass 3 s (a parse of a whole plan, a digest with its chart): defer at once.
const SLOW = new Set(['import', 'digest']);
const TIMEOUT = Symbol('timeout');
// Reconciling an in-doubt post reads the channel from the intent's time on: 100 a page (Discord's
// maximum), at most 50 pages (5,000 messages), starting 10 min early for clock skew with Discord.
const HISTORY_PAGE = 100;
const HISTORY_PAGES = 50;
const SKEW_MS = 10 * 60_000;
const DISCORD_EPOCH_MS = 1420070400000;

/** The smallest snowflake of that instant: `after` it lists the messages from then on. */
export function snowflakeAt(ms: number): bigint {
  return BigInt(Math.max(0, Math.floor(ms) - DISCORD_EPOCH_MS)) << 22n;
}

/**
 * An agent from the undici that discord.js's REST is built on. Every undici version shares one
 * process-wide dispatcher slot (Symbol.for('undici.globalDispatcher.1')); when Slack's Socket Mode
 * loads undici 7 first, REST's undici 6 multipart bodies (the digest chart) reach an undici 7 Agent
 * that cannot read them ("action is not a function"). test/adapters/both-platforms.test.ts.
 */
function restAgent(): Dispatcher {
  const requireFromRest = createRequire(requireHere.resolve('@discordjs/rest'));
  const { Agent } = requireFromRest('undici') as { Agent: new () => Dispatcher };
  return new Agent();
}

export async function startDiscord(deps: DispatchDeps, config: Config, options: DiscordOptions = {}): Promise<DiscordRunning> {
  const d = config.discord;
  if (!d) throw new Error('startDiscord: DISCORD_TOKEN is not configured');
  const client = new Client({
    // Least intents. Guilds: servers, channels, threads, roles (permissions). GuildMessages: messages
    // in servers, for questions that mention duban and replies inside the weekly prompt's thread.
    // MessageContent is the one PRIVILEGED intent (enable it under Bot → Privileged Gateway Intents):
    // without it Discord sends an empty `content` for every message that does not mention the bot,
    // and a thread reply like "任务3 已完成60%" is free text addressed to nobody. Slash commands and
    // modals need no intent at all.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    // The default for every send, and each payload repeats it (render.ts NO_MENTIONS).
    allowedMentions: { parse: [], repliedUser: false },
    rest: { ...(d.apiUrl ? { api: d.apiUrl } : {}), agent: restAgent() },
  });

  // Coordinators: Manage Server, or the configured role (id or name).
  const isCoordinator = (perms: { has(p: bigint): boolean } | null | undefined, roleIds: readonly string[], roleName: (id: string) => string | undefined) =>
    Boolean(perms?.has(PermissionFlagsBits.ManageGuild)) || (!!d.coordinatorRole && roleIds.some((id) => id === d.coordinatorRole || roleName(id) === d.coordinatorRole));

  const placeOf = (i: { guildId: string | null; channelId: string | null; channel: unknown }): Place => {
    const ch = i.channel as { isThread?(): boolean; parentId?: string | null } | null;
    return { guildId: i.guildId, channelId: i.channelId ?? '', parentId: ch?.isThread?.() ? (ch.parentId ?? null) : null };
  };

  const download = async (url: string, name: string, size: number): Promise<Attachment | null> => {
    if (size > MAX_FILE_BYTES) return null;
    const res = await fetch(url);
    return res.ok ? { name, bytes: new Uint8Array(await res.arrayBuffer()) } : null;
  };

  const answer = async (i: ChatInputCommandInteraction | ModalSubmitInteraction, event: ChatEvent, slow: boolean, before?: () => Promise<void>) => {
    let deferred = false;
    if (slow) {
      // Acknowledge first; a refusal is only for the asker's eyes.
      await i.deferReply(event.isCoordinator ? {} : { flags: MessageFlags.Ephemeral });
      deferred = true;
    }
    await before?.();
    const work = dispatch(event, deps);
    let reply: Reply | null;
    if (deferred) reply = await work;
    else {
      const first = await Promise.race([work, new Promise<typeof TIMEOUT>((r) => setTimeout(() => r(TIMEOUT), options.deferAfterMs ?? 1500))]);
      if (first === TIMEOUT) {
        await i.deferReply();
        deferred = true;
        reply = await work;
      } else reply = first;
    }
    if (!reply) {
      if (deferred) await i.deleteReply();
      return;
    }
    if (reply.modal && !deferred && i.isChatInputCommand()) {
      await i.showModal(renderModal(reply.modal));
      return;
    }
    const payload = renderMessage(reply.modal ? { ...reply, text: `${reply.text}\n请重新输入 /duban ${reply.modal.id} 打开表单。` } : reply);
    const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
    if (deferred) await i.editReply({ content: payload.content ?? '', embeds: payload.embeds, files: payload.files, allowedMentions: NO_MENTIONS });
    else await i.reply({ ...payload, ...(flags ? { flags } : {}) });
    for (const more of renderFollowUps(reply)) await i.followUp({ ...more, ...(flags ? { flags } : {}) });
  };

  const onCommand = async (i: ChatInputCommandInteraction) => {
    const sub = i.options.getSubcommand();
    const values: Record<string, string | number | boolean | undefined> = {};
    const files: Array<{ url: string; name: string; size: number }> = [];
    for (const o of i.options.data[0]?.options ?? []) {
      if (o.type === ApplicationCommandOptionType.Attachment && o.attachment) {
        files.push({ url: o.attachment.url, name: o.attachment.name, size: o.attachment.size });
        values[o.name] = o.attachment.name;
      } else values[o.name] = o.value;
    }
    const roles = Array.isArray(i.member?.roles) ? i.member.roles : [...(i.member?.roles.cache.keys() ?? [])];
    const coordinator = isCoordinator(i.memberPermissions, roles, (id) => i.guild?.roles.cache.get(id)?.name);
    const event = invocationToEvent(
      { ...placeOf(i), interactionId: i.id, userId: i.user.id, userName: i.user.username, locale: i.locale, command: sub, options: values },
      { botId: client.user?.id ?? '', isCoordinator: coordinator, receivedAt: deps.clock.now() },
    );
    await answer(i, event, SLOW.has(sub) || files.length > 0, async () => {
      const got = await Promise.all(files.map((f) => download(f.url, f.name, f.size)));
      event.attachments = got.filter((a): a is Attachment => a !== null);
    });
  };

  const onModal = async (i: ModalSubmitInteraction) => {
    const name = modalCommand(i.customId);
    const spec = name ? findCommand(deps.commands, name)?.modal : undefined;
    if (!name || !spec) return;
    const values: Record<string, string | undefined> = {};
    for (const f of spec.fields) {
      let v: string | undefined;
      try {
        v = i.fields.getTextInputValue(f.id);
      } catch {
        v = undefined;
      }
      values[f.id] = v || undefined;
    }
    const roles = Array.isArray(i.member?.roles) ? i.member.roles : [...(i.member?.roles.cache.keys() ?? [])];
    const coordinator = isCoordinator(i.memberPermissions, roles, (id) => i.guild?.roles.cache.get(id)?.name);
    const event = invocationToEvent(
      { ...placeOf(i), interactionId: i.id, userId: i.user.id, userName: i.user.username, locale: i.locale, command: name, options: values },
      { botId: client.user?.id ?? '', isCoordinator: coordinator, receivedAt: deps.clock.now() },
    );
    await answer(i, event, false);
  };

  const onInteraction = async (i: Interaction) => {
    if (i.isAutocomplete()) {
      const cmd = findCommand(deps.commands, i.options.getSubcommand());
      const focused = i.options.getFocused(true);
      const kind = cmd?.options.find((o) => o.name === focused.name)?.autocomplete;
      const plan = focused.name === 'plan' ? undefined : (i.options.getString('plan') ?? undefined);
      await i.respond(kind ? autocomplete(deps.store, kind, String(focused.value), { plan }).slice(0, 25) : []);
    } else if (i.isChatInputCommand() && i.commandName === 'duban') await onCommand(i);
    else if (i.isModalSubmit()) await onModal(i);
  };

  // A reply only the author should see, in a message context (no ephemeral there): by DM, and in the
  // channel when the user refuses DMs from server members (50007).
  const sendPrivately = async (m: Message, reply: Reply) => {
    try {
      await m.author.send(renderMessage(reply));
    } catch (err) {
      if (!(err instanceof DiscordAPIError && err.code === 50007)) throw err;
      await m.reply(renderMessage(reply));
    }
  };

  const onMessage = async (m: Message) => {
    if (m.author.bot || !client.user) return;
    const roles = m.member ? [...m.member.roles.cache.keys()] : [];
    const draft = messageToEvent(
      {
        id: m.id,
        guildId: m.guildId,
        channelId: m.channelId,
        parentId: m.channel.isThread() ? m.channel.parentId : null,
        authorId: m.author.id,
        authorName: m.author.username,
        authorIsBot: m.author.bot,
        content: m.content,
        mentionsBot: m.mentions.users.has(client.user.id),
      },
      { botId: client.user.id, isCoordinator: isCoordinator(m.member?.permissions, roles, (id) => m.guild?.roles.cache.get(id)?.name), receivedAt: deps.clock.now() },
    );
    if (!draft) return;
    // Into the inbox before anything else (issue 6 "nothing lost"): a crash from here to the report's
    // write is replayed on the next start. A redelivery (gateway RESUME) already there goes no further.
    // One whose handling failed here (still pending, nobody on it) runs again.
    if (receiveEvent(deps.store, draft) === 'duplicate' && (inFlight.has(draft.eventId) || !isPending(deps.store, 'discord', draft.eventId))) return;
    await answerMessage(draft, m);
  };

  // Inbox events being handled by this process.
  const inFlight = new Set<string>();

  // Dispatch, mark the inbox row handled, reply to the message (when there is one to reply to).
  // A dispatch that throws leaves the row pending for the next start.
  const answerMessage = async (draft: ChatEvent, m: Message | null) => {
    inFlight.add(draft.eventId);
    let reply: Reply | null;
    try {
      reply = await dispatch(draft, deps);
      markHandled(deps.store, 'discord', draft.eventId, deps.clock.now());
    } finally {
      inFlight.delete(draft.eventId);
    }
    if (!reply || !m) return;
    const shown = reply.modal ? { ...reply, text: `${reply.text}\n请使用 /duban ${reply.modal.id} 打开表单，或直接写出，例如 任务3 进度60%。` } : reply;
    if (reply.ephemeral) await sendPrivately(m, shown);
    else await m.reply(renderMessage(shown));
    for (const more of renderFollowUps(shown)) if (m.channel.isSendable()) await m.channel.send(more);
  };

  const fetchMessage = async (event: ChatEvent): Promise<Message | null> => {
    const ch = await client.channels.fetch(event.thread ?? event.channel);
    return ch && 'messages' in ch && event.messageId ? ch.messages.fetch(event.messageId) : null;
  };

  const fail = (what: string) => (err: unknown) => deps.log?.error({ err }, `discord ${what} failed`);
  client.on(Events.InteractionCreate, (i) => void onInteraction(i).catch(fail('interaction')));
  client.on(Events.MessageCreate, (m) => void onMessage(m).catch(fail('message')));
  client.on(Events.Error, fail('client'));

  const ready = once(client, Events.ClientReady);
  await client.login(d.token);
  await ready;

  // Messages a crash left between the inbox and dispatch, replayed once through the same dispatch.
  // One already applied is harmless: dispatch's dedupe and the report's source message id.
  pruneInbox(deps.store, deps.clock.now());
  for (const event of pendingEvents(deps.store, { platform: 'discord', now: deps.clock.now() })) {
    const m = await fetchMessage(event).catch(() => null);
    await answerMessage(event, m).catch(fail('inbox replay'));
  }

  const sendable = async (target: PostTarget) => {
    const ch = await client.channels.fetch(target.thread ?? target.channel);
    if (!ch?.isSendable() || !('messages' in ch)) throw new Error(`discord: cannot post in channel ${target.channel}`);
    return ch;
  };

  return {
    platform: 'discord',
    client,
    async post(target: PostTarget, reply: Reply, key: string): Promise<PostedMessage> {
      const ch = await sendable(target);
      // The outbox key's tag rides in the embed footer: findPostedMessage recognises it after a crash.
      const msg = await ch.send(renderMessage(reply, postTag(key)));
      for (const more of renderFollowUps(reply)) await ch.send(more);
      if (reply.openThread && msg.guildId && !ch.isThread()) {
        const thread = await msg.startThread({ name: reply.openThread.name.slice(0, 100), autoArchiveDuration: 10080 });
        // The scheduler records thread.id with the outbox row (markSent): replies there are reports.
        return { messageId: msg.id, thread: thread.id };
      }
      return { messageId: msg.id };
    },
    async findPostedMessage(target: PostTarget, key: string, opts: FindPostedOptions = {}): Promise<PostedMessage | null> {
      const ch = await sendable(target);
      const tag = postTag(key);
      const found = (m: Message) => m.author.id === client.user?.id && m.embeds.some((e) => e.footer?.text === tag);
      // A thread started from a message has the message's id (Discord); HasThread marks that it exists.
      const posted = (m: Message): PostedMessage => (m.hasThread || m.flags.has(MessageFlags.HasThread) ? { messageId: m.id, thread: m.id } : { messageId: m.id });
      if (!opts.since) {
        // No intent time, no lower bound: only the latest page (the old behaviour).
        const hit = (await ch.messages.fetch({ limit: HISTORY_PAGE })).find(found);
        return hit ? posted(hit) : null;
      }
      // Forwards from the intent's time (minus skew): the post is near the start however busy the channel since.
      let after = snowflakeAt(opts.since.getTime() - SKEW_MS);
      for (let page = 0; page < HISTORY_PAGES; page++) {
        const batch = await ch.messages.fetch({ after: String(after), limit: HISTORY_PAGE, cache: false });
        const hit = batch.find(found);
        if (hit) return posted(hit);
        if (batch.size < HISTORY_PAGE) return null;
        for (const id of batch.keys()) if (BigInt(id) > after) after = BigInt(id);
      }
      // Not seen, but not all read either: resending could double it, so the post stays in doubt (logged).
      throw new Error(`discord: more than ${HISTORY_PAGE * HISTORY_PAGES} messages in ${target.channel} since the intent of ${key}; cannot confirm it was not posted`);
    },
    async stop() {
      await client.destroy();
    },
  };
}
