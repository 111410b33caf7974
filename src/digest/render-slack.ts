// The digest as Slack Block Kit (plain JSON objects): header, one section per part, ≤ 50 blocks,
// ≤ 3,000 characters per section text (Slack's limits); longer parts are split across sections.
import { cut } from '../text/cut.ts';
import { splitAtLines } from '../text/lines.ts';
import { SLACK_LIMITS } from '../text/limits.ts';
import { digestSections, digestTitle } from './render-text.ts';
import type { Digest } from './types.ts';

type Block = Record<string, unknown>;

// Slack mrkdwn: &, <, > must be escaped.
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Each line is cut to fit a section on its own, then lines are packed into sections.
function chunks(lines: string[], max: number): string[] {
  return splitAtLines(lines.map((line) => cut(line, max)).join('\n'), max).filter((part) => part !== '');
}

export function renderDigestSlack(d: Digest, opts: { imageUrl?: string } = {}): Block[] {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: cut(digestTitle(d), SLACK_LIMITS.header), emoji: false } }];
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
