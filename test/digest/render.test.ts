import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { renderDigestChart, ensureCjkFont } from '../../src/digest/render-chart.ts';
import { renderDigestMarkdown, renderDigestText } from '../../src/digest/render-text.ts';
import { DISCORD_LIMITS, SLACK_LIMITS } from '../../src/text/limits.ts';
import { digestReply } from '../../src/digest/reply.ts';
import { blockTextLength, renderMessages as slackMessages } from '../../src/adapters/slack/render.ts';
import { embedChars, renderMessages as discordMessages } from '../../src/adapters/discord/render.ts';
import { sampleDigest } from './sample-digest.ts';

describe('digest renderers', () => {
  it('markdown and text name every part', () => {
    const md = renderDigestMarkdown(sampleDigest());
    expect(md).toMatch(/^# 广州5G应用 · 2022-W10 进度周报/);
    for (const part of ['已填报 1/3', '推进中 2（+1）', '滞后 1（+1）', '风险任务', '逾期', '30 天内到期', '2022-03-31（20 天）', '建成5G基站：1.2万个 / 2022年目标 8万个（15%）', '重要进展']) expect(md).toContain(part);
    expect(renderDigestText(sampleDigest())).toContain('【目标指标】');
  });

  it('Slack: every message within 50 blocks, 3,000 a section and 12,000 of block text, even for 200 units; the headline first', () => {
    for (const n of [3, 200]) {
      const msgs = slackMessages(digestReply(sampleDigest(n), { chart: false }));
      expect(msgs[0].blocks![0]).toMatchObject({ type: 'header' });
      expect(JSON.stringify(msgs[0].blocks)).toContain('🔴 红灯（1）');
      for (const m of msgs) {
        expect(m.blocks!.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        expect(m.blocks!.reduce((s, b) => s + blockTextLength(b), 0)).toBeLessThanOrEqual(SLACK_LIMITS.blockTextTotal);
        for (const b of m.blocks!) {
          const text = (b as { text?: { text: string } }).text?.text;
          if (text) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        }
      }
      const all = JSON.stringify(msgs);
      for (const part of ['风险任务', '目标指标', '重要进展', '30 天内到期']) expect(all).toContain(part);
    }
  });

  it('Discord: the digest once (no content beside the embed), every message within the embed limits, even for 200 units', () => {
    for (const n of [3, 200]) {
      const msgs = discordMessages(digestReply(sampleDigest(n), { chart: false }));
      expect(msgs[0].content).toBeUndefined();
      for (const m of msgs) {
        expect(m.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
        expect(m.embeds.reduce((s, e) => s + embedChars(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
        for (const e of m.embeds) {
          expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
          for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
        }
      }
      const all = JSON.stringify(msgs);
      for (const part of ['30 天内到期', '目标指标', '重要进展', '承诺与阻碍']) expect(all).toContain(part);
      expect(all).not.toContain('duban digest');
    }
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
