// Public surface of the digest for commands/ and adapters: the model, its renderers, and a ready
// Reply (markdown text + Slack blocks + Discord embeds + the chart PNG).
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import { DubanError } from '../core/errors.ts';
import type { Reply } from '../core/reply.ts';
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { followsOfChannel } from '../store/progress-reader.ts';
import { findPlan } from '../progress/resolve.ts';
import { isoWeekOf, isValidWeek } from '../progress/week.ts';
import { buildDigest } from './build.ts';
import { renderDigestChart } from './render-chart.ts';
import { renderDigestDiscord } from './render-discord.ts';
import { renderDigestSlack } from './render-slack.ts';
import { digestTitle, renderDigestMarkdown } from './render-text.ts';
import type { Digest } from './types.ts';

export { buildDigest } from './build.ts';
export { renderDigestMarkdown, renderDigestText, digestTitle } from './render-text.ts';
export { renderDigestSlack } from './render-slack.ts';
export { renderDigestDiscord } from './render-discord.ts';
export { renderDigestChart, ensureCjkFont } from './render-chart.ts';
export { digestToJson } from './export-json.ts';
export type { Digest, DigestStatus } from './types.ts';

/** The digest as one Reply, for a scheduled post or `/duban digest`. */
export function digestReply(d: Digest, opts: { chart?: boolean } = {}): Reply {
  const reply: Reply = {
    title: digestTitle(d),
    text: renderDigestMarkdown(d),
    rich: { slackBlocks: renderDigestSlack(d), discordEmbeds: renderDigestDiscord(d) },
  };
  if (opts.chart !== false) {
    reply.files = [{ name: `digest-${d.week}.png`, bytes: renderDigestChart(d), contentType: 'image/png', alt: `${d.shortName} ${d.week} 各单位任务状态` }];
  }
  return reply;
}

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
