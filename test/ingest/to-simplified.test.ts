import { describe, expect, test } from 'vitest';
import { emptyDoc } from '../../src/ingest/pipeline.ts';
import { toSimplified } from '../../src/ingest/to-simplified.ts';

const run = (text: string) => toSimplified(emptyDoc(text));

describe('to-simplified', () => {
  test('GIVEN Traditional text THEN script traditional, lines Simplified, originals as written, line by line', () => {
    const doc = run('一、 總體要求\n\n1.加強組織領導。成效顯著。');
    expect(doc.script).toBe('traditional');
    expect(doc.lines).toEqual(['一、总体要求', '1.加强组织领导。成效显著。']);
    expect(doc.originalLines).toEqual(['一、總體要求', '1.加強組織領導。成效顯著。']);
  });

  test('GIVEN Simplified text with 显著 THEN it is left alone (never converted again into 显着)', () => {
    const filler = '加快推进新型基础设施建设，推动数字经济和实体经济深度融合，提升城市治理能力现代化水平。'.repeat(3);
    const doc = run(`一、总体要求\n${filler}成效显著。`);
    expect(doc.script).toBe('simplified');
    expect(doc.lines[1].endsWith('成效显著。')).toBe(true);
  });

  test('GIVEN spaces between Chinese and tab-separated cells THEN spaces go, tabs stay, Latin spacing stays', () => {
    const doc = run('二、 主要任务\n1\t建设基站\t市工业和信息化局\n700MHz 5G网络');
    expect(doc.lines).toEqual(['二、主要任务', '1\t建设基站\t市工业和信息化局', '700MHz 5G网络']);
  });

  test('GIVEN a Traditional text over the detection sample THEN it is still converted whole', () => {
    const para = '推動產業數位轉型，強化網路建設與應用。';
    const doc = run(Array.from({ length: 2000 }, () => para).join('\n'));
    expect(doc.script).toBe('traditional');
    expect(doc.lines[1999]).toBe('推动产业数位转型，强化网路建设与应用。');
  });
});
