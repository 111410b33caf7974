// ChatEvent: what every adapter turns a platform event into (Hono's Request, Bolt's ReceiverEvent).
import type { Script } from '../text/script.ts';

export type Platform = 'console' | 'slack' | 'discord' | 'cli' | 'schedule';

export interface Attachment {
  name: string;
  /** Bytes already downloaded by the adapter (size-checked there). */
  bytes: Uint8Array;
}

export interface ChatEvent {
  platform: Platform;
  /** The isolation boundary. Slack: team_id; Discord: guild_id (or `dm:<user>`); console: 'console'. */
  tenant: string;
  /** Slack: channel id; Discord: channel id; console: 'console'. */
  channel: string;
  /** Slack: thread_ts of the parent; Discord: thread channel id; null when not in a thread. */
  thread: string | null;
  /** Slack: user id; Discord: user id; console: the chosen user name. */
  user: string;
  userName?: string;
  /** Discord: interaction.locale; Slack: none; used for help text language. */
  locale?: string;
  /** Structured invocation (slash command / modal / console `/duban x …`): command name and typed-ish option values. */
  command?: { name: string; options: Record<string, string | number | boolean | undefined> };
  /** Free text: a question, a thread reply, or the raw slash command text. */
  text: string;
  /** Unique per delivery of the same event: Slack event_id (or trigger_id for commands); Discord interaction.id or message.id. Used to dedupe. */
  eventId: string;
  /** The platform id of the message itself (Slack ts, Discord message id), kept as a report's source. */
  messageId?: string;
  /** Adapter-resolved: Discord Manage Server or the configured role; Slack configured ids or admins; console: flag. */
  isCoordinator: boolean;
  /** Direct message with the bot. */
  isDirect?: boolean;
  attachments?: Attachment[];
  receivedAt: Date;
  /** Filled by the detect-script middleware from the text. */
  script?: Script;
}
