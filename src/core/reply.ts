// Reply: the one message model every command returns; adapters only render it.
import { cut } from '../text/cut.ts';
import { splitAtLines } from '../text/lines.ts';
import type { Script } from '../text/script.ts';
export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

/**
 * A neutral part of a reply: a titled list of lines. Each adapter renders it its own way (Slack a
 * section, Discord an embed field, the console a block of lines) and splits it where its limits say,
 * at line ends. `in: 'thread'` puts it after the first message (in the head's thread on a scheduled
 * post); the default puts it in the first message, continuing into follow-ups when it does not fit.
 */
export interface ReplySection {
  title?: string;
  lines: string[];
  in?: 'head' | 'thread';
  /** Lines left out on purpose and where the reader finds them: shown as “另有 3 项，见话题”. */
  more?: { count: number; where: string };
  /** Red and yellow items (Slack an emoji, Discord the embed colour, the console a marker). */
  tone?: 'red' | 'yellow' | 'green';
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
  /** Structured parts after the text (a digest's headline and detail, a prompt's units). */
  sections?: ReplySection[];
  /** One small closing line (Slack context, Discord embed footer): where the rest is, the date. */
  footer?: string;
  /**
   * What an adapter says when its limits make it leave lines out (it counts them): e.g. `完整内容见附件
   * digest-1-2022-W10.md`. Unset: `其余内容已省略`.
   */
  overflow?: string;
  /** Open a thread for replies under this post (weekly prompt). */
  openThread?: { key: string; name: string };
  /**
   * Platform user ids to notify (a reminder to the members of silent units). Set only by duban's own
   * scheduled posts, never from user input; adapters render them outside the sanitised text
   * (Slack `<@U…>`, Discord `<@id>` with allowedMentions: { users: mentions }). The console ignores them.
   */
  mentions?: string[];
  /** The script the texts are already written in (the answer engine answers in the question's); dispatch then leaves them. */
  script?: Script;
  /** Text past the 2,000-character limit, split at line ends: send each as a further message. Set by limitReply. */
  followUps?: string[];
}

// Discord: 2,000 a message, 256 a title/field name, 1,024 a field value, 25 fields. Slack's limits
// are wider (3,000 a section), so Discord's are the common ones. Checked once, in dispatch and in the
// scheduler, after mentions are neutralised (a broken `@‍here` is one character longer). Sections are
// not split here: each adapter measures and splits them last, in its own units (issue 13).
export const REPLY_LIMITS = { text: 2000, title: 256, fieldName: 256, fieldValue: 1024, fields: 25, followUps: 4 } as const;

/**
 * Fits a reply in the platforms' limits: long text splits into follow-ups (at most 4, then cut
 * with a note saying so), long titles and fields are cut, extra fields dropped with a note.
 */
export function limitReply(reply: Reply, note = '（内容过长，其余部分已省略；请缩小查询范围）'): Reply {
  const out: Reply = { ...reply };
  const parts = splitAtLines(reply.text, REPLY_LIMITS.text);
  const extra = [...parts.slice(1), ...(reply.followUps ?? []).flatMap((t) => splitAtLines(t, REPLY_LIMITS.text))];
  out.text = parts[0];
  if (extra.length > REPLY_LIMITS.followUps) {
    const kept = extra.slice(0, REPLY_LIMITS.followUps);
    const last = kept[kept.length - 1];
    kept[kept.length - 1] = `${cut(last, REPLY_LIMITS.text - note.length - 1)}\n${note}`;
    out.followUps = kept;
  } else if (extra.length) out.followUps = extra;
  else delete out.followUps;
  if (out.title !== undefined) out.title = cut(out.title, REPLY_LIMITS.title);
  if (out.fields) {
    const fields = out.fields.map((f) => ({ ...f, name: cut(f.name, REPLY_LIMITS.fieldName), value: cut(f.value, REPLY_LIMITS.fieldValue) }));
    if (fields.length > REPLY_LIMITS.fields) {
      const dropped = fields.length - (REPLY_LIMITS.fields - 1);
      out.fields = [...fields.slice(0, REPLY_LIMITS.fields - 1), { name: '…', value: `另有 ${dropped} 项未显示` }];
    } else out.fields = fields;
  }
  return out;
}
