// What is due now, per channel × followed plan, in the channel's time zone (ISO weeks, Monday
// first; DST-correct through week.ts): this week's prompt, reminder and digest once their local
// time has passed, and last week's digest if the bot was down through it. The outbox decides what
// was already sent: nothing is due twice, and a post missed while down is due once at start.
import type { Store } from '../store/open.ts';
import { allFollows, outboxEntry, type Follow } from '../store/progress-reader.ts';
import type { OutboxKey, PostKind } from '../store/progress-writer.ts';
import { postKey } from './outbox.ts';
import { addWeeks, isoWeekOf, localInstant, type Weekday } from '../core/week.ts';
import { onWorkingDay } from './calendar.ts';

export interface DuePost {
  key: OutboxKey;
  /** postKey(key): what the adapter stores with the message. */
  keyString: string;
  kind: PostKind;
  follow: Follow;
  scheduledAt: Date;
  /** An earlier attempt recorded its intent but not its success: reconcile before resending. */
  inDoubt: boolean;
}

export function scheduledTime(f: Follow, week: string, kind: PostKind): Date {
  const [day, time] = kind === 'prompt' ? [f.promptDay, f.promptTime] : kind === 'reminder' ? [f.reminderDay, f.reminderTime] : [f.digestDay, f.digestTime];
  // A post due on a holiday (国庆, 春节) goes out on the next working day; 调休 Saturdays count (issue 15).
  return onWorkingDay(localInstant(week, day as Weekday, time, f.timezone), f.timezone);
}

/** Every post due at `now` that the outbox has not seen sent, oldest first. */
export function duePosts(store: Store, now: Date, opts: { tenant?: string } = {}): DuePost[] {
  const out: DuePost[] = [];
  const t = now.getTime();
  for (const f of allFollows(store)) {
    if (opts.tenant !== undefined && f.tenant !== opts.tenant) continue;
    const week = isoWeekOf(now, f.timezone);
    const candidates: Array<[string, PostKind]> = [[addWeeks(week, -1), 'digest'], [week, 'prompt'], [week, 'reminder'], [week, 'digest']];
    for (const [w, kind] of candidates) {
      const at = scheduledTime(f, w, kind);
      if (at.getTime() > t) continue;
      // Only posts scheduled after the follow was made: following on a Thursday starts with that Friday's digest.
      if (at.getTime() < f.createdAt) continue;
      if (kind === 'prompt' && w !== week) continue;
      // A reminder is pointless once that week's digest time has passed (down through both: the digest only).
      if (kind === 'reminder') {
        const digestAt = scheduledTime(f, w, 'digest');
        if (digestAt.getTime() > at.getTime() && digestAt.getTime() <= t) continue;
      }
      const key: OutboxKey = { tenant: f.tenant, channel: f.channel, planId: f.planId, week: w, kind };
      const entry = outboxEntry(store, key);
      // Sent, or failed for good (issue 13: never retried in a loop): not due again.
      if (entry && entry.state !== 'intent') continue;
      out.push({ key, keyString: postKey(key), kind, follow: f, scheduledAt: at, inDoubt: entry?.state === 'intent' });
    }
  }
  return out.sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
}

/** The next time anything is scheduled after `now` (for a scheduler that sleeps until then). */
export function nextScheduled(store: Store, now: Date): Date | null {
  let best: number | null = null;
  for (const f of allFollows(store)) {
    const week = isoWeekOf(now, f.timezone);
    for (const w of [week, addWeeks(week, 1)]) {
      for (const kind of ['prompt', 'reminder', 'digest'] as const) {
        const at = scheduledTime(f, w, kind).getTime();
        if (at > now.getTime() && (best === null || at < best)) best = at;
      }
    }
  }
  return best === null ? null : new Date(best);
}
