// Public surface of the digest: the model, its renderers, and the one Reply (reply.ts).

export { buildDigest } from './build.ts';
export { digestReply, digestsReply, chartFileName } from './reply.ts';
export { renderDigestMarkdown, renderDigestText, digestTitle } from './render-text.ts';
export { renderDigestSlack } from './render-slack.ts';
export { renderDigestDiscord } from './render-discord.ts';
export { renderDigestChart, ensureCjkFont } from './render-chart.ts';
export { digestToJson } from './export-json.ts';
export type { Digest, DigestStatus } from './types.ts';
