// Public surface of the digest for commands/ and adapters: the model, its renderers, and a ready
// Reply (markdown text + Slack blocks + Discord embeds + the chart PNG).
import type { Reply } from '../core/reply.ts';
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
