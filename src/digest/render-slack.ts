// The digest as Slack Block Kit (plain JSON objects): header, one section per part, ≤ 50 blocks,
// ≤ 3,000 characters per section text (Slack's limits); longer parts are split across sections.
import { digestSections, digestTitle } from './render-text.ts';
import type { Digest } from './types.ts';

export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, headerText: 150 } as const;

type Block = Record<string, unknown>;

const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
// Slack mrkdwn: &, <, > must be escaped.
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function chunks(lines: string[], max: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const raw of lines) {
    const line = cut(raw, max);
    if (cur && cur.length + 1 + line.length > max) {
      out.push(cur);
      cur = line;
    } else cur = cur ? `${cur}\n${line}` : line;
  }
  if (cur) out.push(cur);
  return out;
}

export function renderDigestSlack(d: Digest, opts: { imageUrl?: string } = {}): Block[] {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: cut(digestTitle(d), SLACK_LIMITS.headerText), emoji: false } }];
  const reserve = opts.imageUrl ? 2 : 1; // image + the "truncated" context
  for (const s of digestSections(d)) {
    const body = chunks([`*${esc(s.title)}*`, ...s.lines.map((l) => `• ${esc(l)}`)], SLACK_LIMITS.sectionText);
    for (const text of body) {
      if (blocks.length >= SLACK_LIMITS.blocks - reserve) break;
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    }
    if (blocks.length < SLACK_LIMITS.blocks - reserve) blocks.push({ type: 'divider' });
  }
  if (blocks[blocks.length - 1]?.type === 'divider') blocks.pop();
  if (opts.imageUrl) blocks.push({ type: 'image', image_url: opts.imageUrl, alt_text: '各单位任务状态' });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${esc(d.plan)} · ${d.today} · duban digest --week ${d.week}` }] });
  return blocks.slice(0, SLACK_LIMITS.blocks);
}
