// Reply: the one message model every command returns; adapters only render it.
export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface ReplyFile {
  name: string; // e.g. digest-2022-W10.png
  bytes: Uint8Array;
  contentType: string;
  alt?: string;
}

export interface ModalField {
  id: string;
  label: string;
  style: 'short' | 'paragraph';
  required?: boolean;
  placeholder?: string;
  value?: string;
}

export interface ModalSpec {
  id: string; // routes the submission back to a command, e.g. 'report'
  title: string;
  fields: ModalField[];
}

export interface Reply {
  /** Plain text or light markdown; the whole answer when there is nothing else. */
  text: string;
  title?: string;
  fields?: ReplyField[];
  files?: ReplyFile[];
  /** Only the invoker sees it (Discord ephemeral, Slack response_type ephemeral). */
  ephemeral?: boolean;
  /** Open a modal instead of answering (Discord showModal, Slack views.open). */
  modal?: ModalSpec;
  /** Rich forms adapters may prefer over text (e.g. a digest's Block Kit or embeds), as plain JSON. */
  rich?: { slackBlocks?: unknown[]; discordEmbeds?: unknown[] };
  /** Open a thread for replies under this post (weekly prompt). */
  openThread?: { key: string; name: string };
}
