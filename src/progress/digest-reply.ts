// `/duban digest [plan] [week]` as one Reply: which plans (named, else those the channel follows, else
// all) and which week (given, else the current one in the follow's time zone), then the digest reply.
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import { DubanError } from '../core/errors.ts';
import type { Reply } from '../core/reply.ts';
import { isoWeekOf, isValidWeek } from '../core/week.ts';
import { buildDigest, digestReply } from '../digest/index.ts';
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { followsOfChannel } from '../store/progress-reader.ts';
import { findPlan } from './resolve.ts';

export interface DigestReplyInput {
  tenant: string;
  channel?: string;
  plan?: string | number;
  week?: string;
  now: Date;
  timezone?: string;
  chart?: boolean;
}

/** `/duban digest [plan] [week]`: the named plan, else every plan this channel follows (else every plan). */
export function buildDigestReply(store: Store, input: DigestReplyInput): Reply {
  const follows = input.channel ? followsOfChannel(store, input.tenant, input.channel) : [];
  let planIds: number[];
  if (input.plan !== undefined && input.plan !== '') {
    const p = findPlan(store, input.plan);
    if (!p) throw new DubanError('unknown_plan', String(input.plan));
    planIds = [p.id];
  } else planIds = follows.length ? follows.map((f) => f.planId) : planReader(store).plans().map((p) => p.id);
  if (!planIds.length) throw new DubanError('unknown_plan', '（尚未导入规划）');
  const replies = planIds.map((planId) => {
    const tz = follows.find((f) => f.planId === planId)?.timezone ?? input.timezone ?? DEFAULT_TIMEZONE;
    const week = input.week ?? isoWeekOf(input.now, tz);
    if (!isValidWeek(week)) throw new DubanError('bad_date', week);
    return digestReply(buildDigest(store, { tenant: input.tenant, planId, week, now: input.now, timezone: tz }), { chart: input.chart });
  });
  if (replies.length === 1) return replies[0];
  return { title: replies[0].title, text: replies.map((r) => r.text).join('\n'), files: replies.flatMap((r) => r.files ?? []), rich: replies[0].rich };
}
