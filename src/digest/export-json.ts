// The digest as JSON (`duban digest --format json`, and for anything downstream): the model as is,
// with a schema tag so a reader can tell versions apart.
import type { Digest } from './types.ts';

export const DIGEST_SCHEMA = 'duban.digest/1';

export function digestToJson(d: Digest): string {
  return `${JSON.stringify({ schema: DIGEST_SCHEMA, ...d }, null, 2)}\n`;
}
