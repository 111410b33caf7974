// Statements for the private replies of migration 0011: a reply only its asker may see, kept until
// they open it (a Discord button) or it expires after a day. Rows are pruned when a new one is saved.
import { randomUUID } from 'node:crypto';
import type { Reply } from '../core/reply.ts';
import type { Store } from './open.ts';

/** A private reply waits this long for its asker to open it. */
export const PRIVATE_REPLY_TTL_MS = 24 * 3600 * 1000;

export interface PendingPrivateReply {
  id: string;
  platform: string;
  tenant: string;
  channel: string;
  user: string;
  reply: Reply;
  noteId: string | null;
  expiresAt: Date;
}

type StoredFile = Omit<NonNullable<Reply['files']>[number], 'bytes'> & { bytes: string };

// JSON keeps no Uint8Array: a chart or an attached markdown file goes as base64.
function toJson(reply: Reply): string {
  const files: StoredFile[] | undefined = reply.files?.map((f) => ({ ...f, bytes: Buffer.from(f.bytes).toString('base64') }));
  return JSON.stringify({ ...reply, ...(files ? { files } : {}) });
}

function fromJson(text: string): Reply {
  const r = JSON.parse(text) as Omit<Reply, 'files'> & { files?: StoredFile[] };
  const files = r.files?.map((f) => ({ ...f, bytes: new Uint8Array(Buffer.from(f.bytes, 'base64')) }));
  return { ...r, ...(files ? { files } : {}) } as Reply;
}

export interface NewPrivateReply {
  platform: string;
  tenant: string;
  channel: string;
  user: string;
  reply: Reply;
  now: Date;
}

/** Keeps the reply until its asker opens it; returns its id (for the button). Expired rows go. */
export function savePrivateReply(store: Store, p: NewPrivateReply): string {
  const id = randomUUID();
  const at = p.now.getTime();
  store.write(() => {
    store.writer.prepare('DELETE FROM private_replies WHERE expires_at <= ?').run(at);
    store.writer
      .prepare('INSERT INTO private_replies (id, platform, tenant, channel, user, reply, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, p.platform, p.tenant, p.channel, p.user, toJson(p.reply), at, at + PRIVATE_REPLY_TTL_MS);
  });
  return id;
}

/** The message that carries the button (deleted once the reply is shown). */
export function setPrivateNote(store: Store, id: string, noteId: string): void {
  store.write(() => store.writer.prepare('UPDATE private_replies SET note_id = ? WHERE id = ?').run(noteId, id));
}

type Row = { id: string; platform: string; tenant: string; channel: string; user: string; reply: string; note_id: string | null; expires_at: number };

/** The waiting reply, or null when there is none (shown already) or it expired by `now`. */
export function findPrivateReply(store: Store, id: string, now: Date): PendingPrivateReply | null {
  const row = store.writer.prepare('SELECT * FROM private_replies WHERE id = ?').get(id) as Row | undefined;
  if (!row || row.expires_at <= now.getTime()) return null;
  return { id: row.id, platform: row.platform, tenant: row.tenant, channel: row.channel, user: row.user, reply: fromJson(row.reply), noteId: row.note_id, expiresAt: new Date(row.expires_at) };
}

/** Shown (or expired): the row goes. */
export function dropPrivateReply(store: Store, id: string): void {
  store.write(() => store.writer.prepare('DELETE FROM private_replies WHERE id = ?').run(id));
}
