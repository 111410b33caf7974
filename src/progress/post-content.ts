// Scheduled content (weekly prompt, reminder, digest) → the one Reply model, so a scheduled post and
// `/duban digest` render the same on every platform: text for the console, Block Kit and embeds for
// Slack and Discord, and the chart as a PNG file.
import type { Digest } from '../digest/types.ts';
import { digestTitle, renderDigestText } from '../digest/render-text.ts';
import { renderDigestSlack } from '../digest/render-slack.ts';
import { renderDigestDiscord } from '../digest/render-discord.ts';
import { renderDigestChart } from '../digest/render-chart.ts';
import type { PostContent } from './run-due-posts.ts';
import type { Reply } from '../core/reply.ts';

export function chartFileName(d: Digest): string {
  return `digest-${d.planId}-${d.week}.png`;
}

/** A digest as a Reply: text, Slack blocks and Discord embeds pointing at the attached chart. */
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

/** What the scheduler posts for a due item; `key` is the outbox key (a prompt's thread is named after it). */
export function contentReply(content: PostContent, key: string): Reply {
  if (content.kind === 'prompt') {
    const p = content.prompt;
    return { text: p.text, openThread: { key, name: `${p.plan} ${p.week} 进度征询` } };
  }
  if (content.kind === 'reminder') {
    const members = [...new Set(content.reminder.units.flatMap((u) => u.members))];
    return { text: content.reminder.text, mentions: members.length ? members : undefined };
  }
  return digestReply(content.digest);
}
