// Public surface of the digest: the model, its text/markdown/chart renderers, and the one
// platform-free Reply (reply.ts); Slack and Discord forms belong to their adapters.

export { buildDigest } from './build.ts';
export { digestReply, digestsReply, chartFileName, detailFileName } from './reply.ts';
export { renderDigestMarkdown, renderDigestText, digestTitle } from './render-text.ts';
export { renderDigestChart, ensureCjkFont } from './render-chart.ts';
export { digestToJson } from './export-json.ts';
export type { Digest, DigestStatus } from './types.ts';
