// The digest as the one Reply every platform renders: text for the console, Slack blocks, Discord
// embeds pointing at the attached chart, and the chart as a PNG file. Used by `/duban digest` and
// the scheduler's weekly post alike (issue 14: there were four versions).
import type { Reply } from '../core/reply.ts';
import { renderDigestChart } from './render-chart.ts';
import { renderDigestDiscord } from './render-discord.ts';
import { renderDigestSlack } from './render-slack.ts';
import { digestTitle, renderDigestText } from './render-text.ts';
import type { Digest } from './types.ts';

export function chartFileName(d: Digest): string {
  return `digest-${d.planId}-${d.week}.png`;
}

/** One digest as a Reply; `chart: false` leaves the PNG out. */
export function digestReply(d: Digest, opts: { chart?: boolean } = {}): Reply {
  const name = chartFileName(d);
  const withChart = opts.chart !== false;
  return {
    title: digestTitle(d),
    text: renderDigestText(d).trimEnd(),
    rich: {
      // Slack: the adapter uploads the file (files.uploadV2) and may swap in its URL.
      slackBlocks: renderDigestSlack(d),
      discordEmbeds: renderDigestDiscord(d, withChart ? { imageUrl: `attachment://${name}` } : {}),
    },
    files: withChart ? [{ name, bytes: renderDigestChart(d), contentType: 'image/png', alt: `${digestTitle(d)}：各单位任务状态` }] : undefined,
  };
}

/** Several digests as one Reply: the first in full, the others as follow-up messages, every chart attached. */
export function digestsReply(digests: readonly Digest[], opts: { chart?: boolean } = {}): Reply {
  const replies = digests.map((d) => digestReply(d, opts));
  if (replies.length === 1) return replies[0];
  // Rich forms only per plan: the follow-ups are text.
  const [first, ...rest] = replies;
  return {
    title: first.title,
    text: first.text,
    followUps: rest.map((r) => `${r.title}\n${r.text}`),
    files: replies.flatMap((r) => r.files ?? []),
  };
}
