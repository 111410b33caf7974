// Discord: a discord.js Client. Interactions (`/duban <sub>`, autocomplete, modals) answer within
// Discord's 3-second window: slow commands defer first, the rest defer when the work passes a short
// budget. Messages (a question mentioning duban, a reply inside a weekly-prompt thread) go through
// the shared inbox protocol (core/intake.ts) and the same dispatch; a redelivered MESSAGE_CREATE
// after a RESUME is deduped there. Translation in events.ts, payloads in render.ts, posts in poster.ts.
import { once } from 'node:events';
import { createRequire } from 'node:module';
import {
  ApplicationCommandOptionType,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type PartialMessage,
  type ModalSubmitInteraction,
} from 'discord.js';
import { autocomplete } from '../../answer/autocomplete.ts';
import type { Config } from '../../config.ts';
import { findCommand } from '../../core/command.ts';
import { dispatch, type DispatchDeps } from '../../core/dispatch.ts';
import type { Attachment, ChatEvent } from '../../core/event.ts';
import { createIntake, type Intake } from '../../core/intake.ts';
import type { Poster } from '../../core/poster.ts';
import type { Reply } from '../../core/reply.ts';
import { inboxOf } from '../../store/inbox.ts';
import { MAX_FILE_BYTES } from '../../text/limits.ts';
import { invocationToEvent, messageToEvent, modalCommand, type Place } from './events.ts';
import { discordPoster } from './poster.ts';
import { openPrivateReply, PRIVATE_BUTTON_PREFIX, sendPrivately } from './private-reply.ts';
import { NO_MENTIONS, renderMessages, renderModal } from './render.ts';

export { snowflakeAt } from './poster.ts';

const requireHere = createRequire(import.meta.url);
// The REST agent's type, structurally: what @discordjs/rest accepts as `agent`.
type Dispatcher = NonNullable<NonNullable<ConstructorParameters<typeof Client>[0]['rest']>['agent']>;

export interface DiscordOptions {
  /** Work longer than this is deferred (deferReply) before it finishes; Discord allows 3 s. */
  deferAfterMs?: number;
  /** Every REST call gives up after this long (default 15 s). */
  requestTimeoutMs?: number;
}

export interface DiscordRunning extends Poster {
  client: Client;
  stop(): Promise<void>;
}

/** What the listeners share. */
interface DiscordContext {
  deps: DispatchDeps;
  client: Client;
  intake: Intake;
  options: DiscordOptions;
  /** Manage Server, or the configured role (id or name). */
  isCoordinator(perms: { has(p: bigint): boolean } | null | undefined, roleIds: readonly string[], roleName: (id: string) => string | undefined): boolean;
}

// Commands whose work may pass 3 s (a parse of a whole plan, a digest with its chart): defer at once.
const SLOW = new Set(['import', 'digest']);
const TIMEOUT = Symbol('timeout');

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
    // No REST retries of its own (3 by default, 1–9 ms apart, doubling a message Discord stored before
    // its 5xx): scheduled posts are retried by the outbox with a nonce; a call gives up after 15 s.
    rest: { ...(d.apiUrl ? { api: d.apiUrl } : {}), agent: restAgent(), retries: 0, timeout: options.requestTimeoutMs ?? 15_000 },
  });
  const isCoordinator: DiscordContext['isCoordinator'] = (perms, roleIds, roleName) =>
    Boolean(perms?.has(PermissionFlagsBits.ManageGuild)) || (!!d.coordinatorRole && roleIds.some((id) => id === d.coordinatorRole || roleName(id) === d.coordinatorRole));
  const ctx: DiscordContext = { deps, client, intake: createIntake(inboxOf(deps.store), 'discord', deps.clock), options, isCoordinator };
  const fail = (what: string) => (err: unknown) => deps.log?.error({ err }, `discord ${what} failed`);
  client.on(Events.InteractionCreate, (i) => void onInteraction(ctx, i).catch(fail('interaction')));
  client.on(Events.MessageCreate, (m) => void onMessage(ctx, m).catch(fail('message')));
  // An edited reply replaces its reading (issue 15); a change without an edit time (an embed unfurled) is not an edit.
  client.on(Events.MessageUpdate, (before, after) => void onEdit(ctx, before.content, after).catch(fail('message edit')));
  client.on(Events.Error, fail('client'));
  const ready = once(client, Events.ClientReady);
  await client.login(d.token);
  await ready;
  // Messages a crash left between the inbox and dispatch, replayed once through the same dispatch.
  for (const event of ctx.intake.replay()) {
    const m = await fetchMessage(client, event).catch(() => null);
    await answerMessage(ctx, event, m).catch(fail('inbox replay'));
  }
  return {
    platform: 'discord',
    client,
    ...discordPoster(client),
    async stop() {
      await client.destroy();
    },
  };
}

const placeOf = (i: { guildId: string | null; channelId: string | null; channel: unknown }): Place => {
  const ch = i.channel as { isThread?(): boolean; parentId?: string | null } | null;
  return { guildId: i.guildId, channelId: i.channelId ?? '', parentId: ch?.isThread?.() ? (ch.parentId ?? null) : null };
};

async function download(url: string, name: string, size: number): Promise<Attachment | null> {
  if (size > MAX_FILE_BYTES) return null;
  const res = await fetch(url);
  return res.ok ? { name, bytes: new Uint8Array(await res.arrayBuffer()) } : null;
}

async function onInteraction(ctx: DiscordContext, i: Interaction): Promise<void> {
  if (i.isAutocomplete()) {
    const cmd = findCommand(ctx.deps.commands, i.options.getSubcommand());
    const focused = i.options.getFocused(true);
    const kind = cmd?.options.find((o) => o.name === focused.name)?.autocomplete;
    const plan = focused.name === 'plan' ? undefined : (i.options.getString('plan') ?? undefined);
    await i.respond(kind ? autocomplete(ctx.deps.store, kind, String(focused.value), { plan }).slice(0, 25) : []);
  } else if (i.isChatInputCommand() && i.commandName === 'duban') await onCommand(ctx, i);
  else if (i.isButton() && i.customId.startsWith(PRIVATE_BUTTON_PREFIX)) await openPrivateReply(ctx.deps, i);
  else if (i.isModalSubmit()) await onModal(ctx, i);
}

/** The invocation's ChatEvent: where, who (coordinator or not), which command with which values. */
function interactionEvent(ctx: DiscordContext, i: ChatInputCommandInteraction | ModalSubmitInteraction, command: string, options: Record<string, string | number | boolean | undefined>): ChatEvent {
  const roles = Array.isArray(i.member?.roles) ? i.member.roles : [...(i.member?.roles.cache.keys() ?? [])];
  const coordinator = ctx.isCoordinator(i.memberPermissions, roles, (id) => i.guild?.roles.cache.get(id)?.name);
  return invocationToEvent(
    { ...placeOf(i), interactionId: i.id, userId: i.user.id, userName: i.user.username, locale: i.locale, command, options },
    { botId: ctx.client.user?.id ?? '', isCoordinator: coordinator, receivedAt: ctx.deps.clock.now() },
  );
}

async function onCommand(ctx: DiscordContext, i: ChatInputCommandInteraction): Promise<void> {
  const sub = i.options.getSubcommand();
  const values: Record<string, string | number | boolean | undefined> = {};
  const files: Array<{ url: string; name: string; size: number }> = [];
  for (const o of i.options.data[0]?.options ?? []) {
    if (o.type === ApplicationCommandOptionType.Attachment && o.attachment) {
      files.push({ url: o.attachment.url, name: o.attachment.name, size: o.attachment.size });
      values[o.name] = o.attachment.name;
    } else values[o.name] = o.value;
  }
  const event = interactionEvent(ctx, i, sub, values);
  await answerInteraction(ctx, i, event, SLOW.has(sub) || files.length > 0, async () => {
    const got = await Promise.all(files.map((f) => download(f.url, f.name, f.size)));
    event.attachments = got.filter((a): a is Attachment => a !== null);
  });
}

async function onModal(ctx: DiscordContext, i: ModalSubmitInteraction): Promise<void> {
  const name = modalCommand(i.customId);
  const spec = name ? findCommand(ctx.deps.commands, name)?.modal : undefined;
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
  await answerInteraction(ctx, i, interactionEvent(ctx, i, name, values), false);
}

/** Dispatch within Discord's 3 s: defer at once when slow, else when the work passes the budget. */
async function dispatchInTime(ctx: DiscordContext, i: ChatInputCommandInteraction | ModalSubmitInteraction, event: ChatEvent, slow: boolean, before?: () => Promise<void>): Promise<{ reply: Reply | null; deferred: boolean }> {
  if (slow) {
    // Acknowledge first; a refusal is only for the asker's eyes.
    await i.deferReply(event.isCoordinator ? {} : { flags: MessageFlags.Ephemeral });
    await before?.();
    return { reply: await dispatch(event, ctx.deps), deferred: true };
  }
  await before?.();
  const work = dispatch(event, ctx.deps);
  const first = await Promise.race([work, new Promise<typeof TIMEOUT>((r) => setTimeout(() => r(TIMEOUT), ctx.options.deferAfterMs ?? 1500))]);
  if (first !== TIMEOUT) return { reply: first, deferred: false };
  await i.deferReply();
  return { reply: await work, deferred: true };
}

async function answerInteraction(ctx: DiscordContext, i: ChatInputCommandInteraction | ModalSubmitInteraction, event: ChatEvent, slow: boolean, before?: () => Promise<void>): Promise<void> {
  const { reply, deferred } = await dispatchInTime(ctx, i, event, slow, before);
  if (!reply) {
    if (deferred) await i.deleteReply();
    return;
  }
  if (reply.modal && !deferred && i.isChatInputCommand()) {
    await i.showModal(renderModal(reply.modal));
    return;
  }
  const [first, ...more] = renderMessages(reply.modal ? { ...reply, text: `${reply.text}\n请重新输入 /duban ${reply.modal.id} 打开表单。` } : reply);
  if (reply.ephemeral) {
    // Private stays private (issue 13): a public placeholder (deferReply without the flag) cannot
    // become ephemeral, so it is deleted and the answer goes as ephemeral follow-ups.
    const publicDefer = deferred && !i.ephemeral;
    if (deferred && !publicDefer) await i.editReply(first);
    else if (publicDefer) {
      await i.deleteReply();
      await i.followUp({ ...first, flags: MessageFlags.Ephemeral });
    } else await i.reply({ ...first, flags: MessageFlags.Ephemeral });
    for (const m of more) await i.followUp({ ...m, flags: MessageFlags.Ephemeral });
    return;
  }
  if (deferred) await i.editReply({ content: first.content ?? '', embeds: first.embeds, files: first.files, allowedMentions: NO_MENTIONS });
  else await i.reply(first);
  for (const m of more) await i.followUp(m);
}

async function onEdit(ctx: DiscordContext, before: string | null, after: Message | PartialMessage): Promise<void> {
  const m = after.partial ? await after.fetch() : after;
  if (!m.editedTimestamp || m.content === before) return;
  await onMessage(ctx, m, new Date(m.editedTimestamp).toISOString());
}

async function onMessage(ctx: DiscordContext, m: Message, editedAt?: string): Promise<void> {
  const bot = ctx.client.user;
  if (m.author.bot || !bot) return;
  const roles = m.member ? [...m.member.roles.cache.keys()] : [];
  const draft = messageToEvent(
    {
      id: m.id, guildId: m.guildId, channelId: m.channelId, parentId: m.channel.isThread() ? m.channel.parentId : null,
      authorId: m.author.id, authorName: m.author.username, authorIsBot: m.author.bot, content: m.content, mentionsBot: m.mentions.users.has(bot.id), editedAt,
    },
    {
      botId: bot.id,
      isCoordinator: ctx.isCoordinator(m.member?.permissions, roles, (id) => m.guild?.roles.cache.get(id)?.name),
      receivedAt: ctx.deps.clock.now(),
      isPromptThread: (channel, thread) => ctx.deps.store.lookups.isPromptThread({ platform: 'discord', tenant: m.guildId ?? `dm:${m.author.id}`, channel, thread }),
    },
  );
  // Into the inbox before anything else (issue 6 "nothing lost"); a redelivery (gateway RESUME) goes no further.
  if (!draft || ctx.intake.receive(draft) === 'duplicate') return;
  await answerMessage(ctx, draft, m);
}

// Dispatch and mark the inbox row handled (the intake), then reply to the message when there is one.
async function answerMessage(ctx: DiscordContext, draft: ChatEvent, m: Message | null): Promise<void> {
  const reply = await ctx.intake.handle(draft, () => dispatch(draft, ctx.deps));
  if (!reply || !m) return;
  const shown = reply.modal ? { ...reply, text: `${reply.text}\n请使用 /duban ${reply.modal.id} 打开表单，或直接写出，例如 任务3 进度60%。` } : reply;
  const [first, ...more] = renderMessages(shown);
  if (reply.ephemeral && m.guildId) {
    await sendPrivately(ctx.deps, m, shown, [first, ...more]);
    return;
  }
  await m.reply(first);
  for (const f of more) if (m.channel.isSendable()) await m.channel.send(f);
}

async function fetchMessage(client: Client, event: ChatEvent): Promise<Message | null> {
  const ch = await client.channels.fetch(event.thread ?? event.channel);
  return ch && 'messages' in ch && event.messageId ? ch.messages.fetch(event.messageId) : null;
}
