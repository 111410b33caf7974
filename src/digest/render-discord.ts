// The digest as Discord embeds (plain JSON objects): ≤ 10 embeds, ≤ 25 fields each, field names
// ≤ 256 and values ≤ 1,024 characters, description ≤ 4,096, and ≤ 6,000 characters in all embeds
// of the message together (Discord's limits). Parts that do not fit are cut with a note.
import { cut } from '../text/cut.ts';
import { DISCORD_LIMITS } from '../text/limits.ts';
import { digestSections, digestTitle } from './render-text.ts';
import type { Digest } from './types.ts';

export interface Embed {
  title?: string;
  description?: string;
  color?: number;
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
  footer?: { text: string };
  image?: { url: string };
}

export function embedChars(e: Embed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

function valueChunks(lines: string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const raw of lines) {
    const line = cut(raw, DISCORD_LIMITS.fieldValue);
    if (cur && cur.length + 1 + line.length > DISCORD_LIMITS.fieldValue) {
      out.push(cur);
      cur = line;
    } else cur = cur ? `${cur}\n${line}` : line;
  }
  if (cur) out.push(cur);
  return out;
}

export function renderDigestDiscord(d: Digest, opts: { imageUrl?: string } = {}): Embed[] {
  const footer = { text: cut(`${d.plan} · ${d.today}`, 200) };
  const main: Embed = { title: cut(digestTitle(d), DISCORD_LIMITS.title), color: d.atRisk.length ? 0xd9534f : 0x2e7d32, fields: [], footer };
  if (opts.imageUrl) main.image = { url: opts.imageUrl };
  const embeds: Embed[] = [main];
  let total = embedChars(main);
  const note = '（内容过长，完整周报见 duban digest）';
  let truncated = false;
  for (const s of digestSections(d)) {
    const values = valueChunks(s.lines.map((l) => `• ${l}`));
    for (let i = 0; i < values.length; i++) {
      const field = { name: cut(i ? `${s.title}（续）` : s.title, DISCORD_LIMITS.fieldName), value: values[i] };
      let cur = embeds[embeds.length - 1];
      if ((cur.fields?.length ?? 0) >= DISCORD_LIMITS.fields) {
        if (embeds.length >= DISCORD_LIMITS.embeds) { truncated = true; break; }
        cur = { fields: [] };
        embeds.push(cur);
      }
      const size = field.name.length + field.value.length;
      if (total + size > DISCORD_LIMITS.embedTotal - note.length) { truncated = true; break; }
      cur.fields!.push(field);
      total += size;
    }
    if (truncated) break;
  }
  if (truncated) main.description = note;
  return embeds;
}
