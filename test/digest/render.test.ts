import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { renderDigestChart, ensureCjkFont } from '../../src/digest/render-chart.ts';
import { renderDigestMarkdown, renderDigestText } from '../../src/digest/render-text.ts';
import { renderDigestSlack } from '../../src/digest/render-slack.ts';
import { DISCORD_LIMITS, SLACK_LIMITS } from '../../src/text/limits.ts';
import { renderDigestDiscord, embedChars } from '../../src/digest/render-discord.ts';
import { sampleDigest } from './sample-digest.ts';

describe('digest renderers', () => {
  it('markdown and text name every part', () => {
    const md = renderDigestMarkdown(sampleDigest());
    expect(md).toMatch(/^# 广州5G应用 · 2022-W10 进度周报/);
    for (const part of ['已填报 1/3', '推进中 2（+1）', '滞后 1（+1）', '风险任务', '逾期', '30 天内到期', '2022-03-31（20 天）', '建成5G基站：12000个 / 2022年目标 80000个（15%）', '重要进展']) expect(md).toContain(part);
    expect(renderDigestText(sampleDigest())).toContain('【目标指标】');
  });

  it('Slack blocks stay within 50 blocks and 3,000 characters a section, even for 200 units', () => {
    for (const n of [3, 200]) {
      const blocks = renderDigestSlack(sampleDigest(n), { imageUrl: 'https://example.com/c.png' });
      expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      expect(blocks[0]).toMatchObject({ type: 'header' });
      for (const b of blocks) {
        const text = (b as { text?: { text: string } }).text?.text;
        if (text) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      }
      expect(JSON.stringify(blocks)).toContain('风险任务');
    }
  });

  it('Discord embeds stay within 6,000 characters, 25 fields and 10 embeds, even for 200 units', () => {
    for (const n of [3, 200]) {
      const embeds = renderDigestDiscord(sampleDigest(n));
      expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
      expect(embeds.reduce((s, e) => s + embedChars(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
      for (const e of embeds) {
        expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
        for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      }
      expect(embeds[0].fields?.[0].name).toBe('填报情况');
    }
    expect(renderDigestDiscord(sampleDigest(200))[0].description).toContain('内容过长');
  });
});

describe('digest chart', () => {
  it('is a PNG', () => {
    const png = renderDigestChart(sampleDigest());
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(renderDigestChart(sampleDigest(), { kind: 'target-attainment' }).length).toBeGreaterThan(1000);
  });

  it('draws Chinese glyphs with the registered font, not boxes', () => {
    const family = ensureCjkFont();
    // The same two characters drawn in the CJK font and in a family without CJK glyphs (boxes/tofu):
    // distinct characters must differ from each other in the CJK font, and not be identical boxes.
    const draw = (text: string, fam: string) => {
      const c = createCanvas(80, 40);
      const ctx = c.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 80, 40);
      ctx.fillStyle = '#000';
      ctx.font = `32px "${fam}"`;
      ctx.fillText(text, 4, 32);
      return Buffer.from(ctx.getImageData(0, 0, 80, 40).data).toString('base64');
    };
    expect(draw('局', family)).not.toBe(draw('委', family));
    expect(draw('局', family)).not.toBe(draw('局', 'NoSuchFontAtAll'));
    // Without the font, different characters come out as the same box: the check above means something.
    expect(draw('局', 'NoSuchFontAtAll')).toBe(draw('委', 'NoSuchFontAtAll'));
    // And the chart with the CJK font differs from the chart rendered with a box-only family.
    const withCjk = Buffer.from(renderDigestChart(sampleDigest(), { family })).toString('base64');
    const boxes = Buffer.from(renderDigestChart(sampleDigest(), { family: 'NoSuchFontAtAll' })).toString('base64');
    expect(withCjk).not.toBe(boxes);
  });
});
