// Exactly-once scheduled posts (issue 4 outbox, issue 6): the intent is recorded before the platform
// call and 'sent' after it. After a crash between the two, the row is 'intent' and the post is in
// doubt: the adapter looks for it in the channel's history (findPostedMessage) before resending.
import type { Store } from '../store/open.ts';
import { outboxEntry } from '../store/progress-reader.ts';
import { claimOutbox, markOutboxSent, releaseOutbox, type OutboxKey, type PostKind } from '../store/progress-writer.ts';

export type { OutboxKey, PostKind };

/** The key as one string: what adapters store with the message (Slack metadata, Discord nonce/footer). */
export function postKey(k: OutboxKey): string {
  return [k.tenant, k.channel, String(k.planId), k.week, k.kind].map(encodeURIComponent).join('/');
}

export function parsePostKey(key: string): OutboxKey | null {
  const parts = key.split('/').map(decodeURIComponent);
  if (parts.length !== 5 || !/^\d+$/.test(parts[2]) || !['prompt', 'reminder', 'digest'].includes(parts[4])) return null;
  return { tenant: parts[0], channel: parts[1], planId: Number(parts[2]), week: parts[3], kind: parts[4] as PostKind };
}

const asKey = (k: OutboxKey | string): OutboxKey => {
  if (typeof k !== 'string') return k;
  const parsed = parsePostKey(k);
  if (!parsed) throw new Error(`bad outbox key ${k}`);
  return parsed;
};

export type ClaimResult = 'claimed' | 'already_sent' | 'in_doubt';

/** Records the intent to post. 'claimed': post now. 'in_doubt': an earlier attempt may have posted. */
export function claimPost(store: Store, key: OutboxKey | string, now: Date = new Date()): ClaimResult {
  const r = claimOutbox(store, asKey(key), now.getTime());
  if (r.inserted) return 'claimed';
  return r.state === 'sent' ? 'already_sent' : 'in_doubt';
}

/** The post went out (messageId null: nothing needed posting, e.g. a reminder with nobody silent). */
export function markSent(store: Store, key: OutboxKey | string, messageId: string | null, opts: { thread?: string | null; now?: Date } = {}): void {
  markOutboxSent(store, asKey(key), messageId, opts.thread ?? null, (opts.now ?? new Date()).getTime());
}

/** The platform refused the post for certain: drop the intent so the next tick tries again. */
export function releasePost(store: Store, key: OutboxKey | string): void {
  releaseOutbox(store, asKey(key));
}

export function postState(store: Store, key: OutboxKey | string): 'none' | 'intent' | 'sent' {
  return outboxEntry(store, asKey(key))?.state ?? 'none';
}

export interface Delivery {
  /** Sends the post; returns the platform message id (and the thread it opened, for a prompt). */
  send(): Promise<{ messageId: string | null; thread?: string | null }>;
  /**
   * Looks in the channel's history for a message posted under this key. `claimedAt`: when the intent
   * was recorded; the post cannot be older, so the search starts there (however busy the channel since).
   */
  findPostedMessage(key: string, claimedAt?: Date): Promise<{ messageId: string; thread?: string | null } | string | null>;
}

export type DeliveryOutcome = 'sent' | 'already_sent' | 'reconciled' | 'resent';

/** Claim → send → mark, or, for an in-doubt post, reconcile with the platform before resending. */
export async function deliverOnce(store: Store, key: OutboxKey, now: Date, d: Delivery): Promise<DeliveryOutcome> {
  const claim = claimPost(store, key, now);
  if (claim === 'already_sent') return 'already_sent';
  if (claim === 'in_doubt') {
    const claimedAt = outboxEntry(store, key)?.claimedAt;
    const found = await d.findPostedMessage(postKey(key), claimedAt === undefined ? undefined : new Date(claimedAt));
    if (found) {
      const f = typeof found === 'string' ? { messageId: found } : found;
      markSent(store, key, f.messageId, { thread: f.thread ?? null, now });
      return 'reconciled';
    }
  }
  let sent: { messageId: string | null; thread?: string | null };
  try {
    sent = await d.send();
  } catch (err) {
    // Unknown whether it went out: keep the intent (in doubt next time) unless the platform said no.
    if ((err as { definitelyNotSent?: boolean }).definitelyNotSent) releasePost(store, key);
    throw err;
  }
  markSent(store, key, sent.messageId, { thread: sent.thread ?? null, now });
  return claim === 'in_doubt' ? 'resent' : 'sent';
}
