// Each platform's documented limits as checks on a rendered message: a list of what is broken.
// Slack (docs.slack.dev/reference/block-kit/blocks; …/blocks/section-block, header-block,
// context-block; docs.slack.dev/messaging "text … truncated at 40,000"): 50 blocks, section text
// 3,000, 10 fields of 2,000, header 150, 10 context elements, top-level text 40,000; and the
// undocumented total of block text past which Slack answers msg_blocks_too_long (~13k; we hold 12,000,
// slackapi/bolt-js#2509). Discord (discord.com/developers/docs/resources/message#embed-object-
// embed-limits, …#allowed-mentions-object): content 2,000; 10 embeds, 6,000 characters in all, title
// 256, description 4,096, 25 fields of name 256 / value 1,024, footer 2,048; ≤ 100 users in
// allowed_mentions.users.
import { blockTextLength, type SlackMessage } from '../../src/adapters/slack/render.ts';
import { embedChars, type DiscordPayload } from '../../src/adapters/discord/render.ts';

type Block = Record<string, unknown>;
type TextObj = { text?: string };

export function slackViolations(m: SlackMessage): string[] {
  const out: string[] = [];
  const blocks = (m.blocks ?? []) as Block[];
  if (m.text.length > 40_000) out.push(`text ${m.text.length} > 40,000`);
  if (blocks.length > 50) out.push(`${blocks.length} blocks > 50`);
  let total = 0;
  for (const b of blocks) {
    total += blockTextLength(b);
    const text = (b.text as TextObj | undefined)?.text ?? '';
    if (b.type === 'section' && text.length > 3000) out.push(`section text ${text.length} > 3,000`);
    if (b.type === 'header' && text.length > 150) out.push(`header ${text.length} > 150`);
    const fields = (b.fields as TextObj[] | undefined) ?? [];
    if (fields.length > 10) out.push(`${fields.length} fields > 10`);
    for (const f of fields) if ((f.text ?? '').length > 2000) out.push(`field ${f.text!.length} > 2,000`);
    const elements = (b.elements as TextObj[] | undefined) ?? [];
    if (b.type === 'context' && elements.length > 10) out.push(`${elements.length} context elements > 10`);
    for (const e of elements) if ((e.text ?? '').length > 3000) out.push(`context text ${e.text!.length} > 3,000`);
  }
  if (total > 12_000) out.push(`block text ${total} > 12,000 (msg_blocks_too_long)`);
  return out;
}

export function discordViolations(p: DiscordPayload): string[] {
  const out: string[] = [];
  if ((p.content ?? '').length > 2000) out.push(`content ${p.content!.length} > 2,000`);
  if (p.embeds.length > 10) out.push(`${p.embeds.length} embeds > 10`);
  const total = p.embeds.reduce((n, e) => n + embedChars(e), 0);
  if (total > 6000) out.push(`embeds ${total} > 6,000`);
  for (const e of p.embeds) {
    if ((e.title ?? '').length > 256) out.push(`title ${e.title!.length} > 256`);
    if ((e.description ?? '').length > 4096) out.push(`description ${e.description!.length} > 4,096`);
    if ((e.footer?.text ?? '').length > 2048) out.push(`footer ${e.footer!.text.length} > 2,048`);
    if ((e.fields ?? []).length > 25) out.push(`${e.fields!.length} fields > 25`);
    for (const f of e.fields ?? []) {
      if (f.name.length > 256 || !f.name) out.push(`field name ${f.name.length}`);
      if (f.value.length > 1024 || !f.value) out.push(`field value ${f.value.length}`);
    }
  }
  if ((p.allowedMentions.users ?? []).length > 100) out.push(`${p.allowedMentions.users!.length} mentioned users > 100`);
  if (p.allowedMentions.parse.length) out.push('allowed_mentions.parse not empty');
  if (!p.content && !p.embeds.length && !p.files.length) out.push('empty message');
  return out;
}

// A ping that still works: a sigil not broken by the zero-width joiner core inserts.
const LIVE = [/<!(channel|here|everyone)\b/, /(^|[^\u200d])@(everyone|here|channel)\b/, /<@&\d+>/, /<!subteam/];

/** The live pings in a rendered string (Slack mrkdwn or Discord content/embeds). */
export function livePings(text: string): string[] {
  return LIVE.flatMap((re) => text.match(re)?.[0] ?? []);
}

/** `<@id>` user mentions in a string. */
export function userMentions(text: string): string[] {
  return [...text.matchAll(/<@!?([UW]?[A-Z0-9]+)>/g)].map((m) => m[1]);
}
