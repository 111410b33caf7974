// Nothing duban posts may ping: a note "@everyone 请注意" or a unit name pasted as <!channel> is echoed
// as text (issue 5 acceptance). A zero-width joiner after the sigil breaks the token on every platform
// while reading the same; adapters add `allowedMentions: { parse: [] }` (Discord) on top.
import type { Reply } from '../reply.ts';
import type { Middleware } from './types.ts';

const ZWJ = '\u200d';

// @everyone @here @channel (Discord; Slack with link_names), and the Slack/Discord angle forms:
// <!channel> <!here> <!everyone> <!subteam^S1> <@U123> <@!123> <@&role> <#C123> <#123>.
const BARE = /@(everyone|here|channel)\b/gi;
const ANGLE = /<([@#!])/g;

export function sanitizeMentions(text: string): string {
  return text.replace(BARE, `@${ZWJ}$1`).replace(ANGLE, `<${ZWJ}$1`);
}

function deep(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeMentions(value);
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(deep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)]));
  }
  return value;
}

/** Every string in the reply (text, title, fields, sections, footer, modal labels); file bytes untouched. */
export function sanitizeReply(reply: Reply): Reply {
  return deep(reply) as Reply;
}

export const sanitizeMentionsStage: Middleware = async (state, next) => {
  const reply = await next(state);
  return reply && sanitizeReply(reply);
};
