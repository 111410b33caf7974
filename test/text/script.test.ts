import { describe, expect, test } from 'vitest';
import { detectScript, toSimplified, toTraditional } from '../../src/text/script.ts';

describe('script', () => {
  test('GIVEN a Traditional sentence THEN traditional, converted once to Simplified', () => {
    const text = '廣州市推進新型基礎設施建設實施方案，顯著提升網絡覆蓋';
    expect(detectScript(text)).toBe('traditional');
    expect(toSimplified(text)).toBe('广州市推进新型基础设施建设实施方案，显著提升网络覆盖');
  });
  test('GIVEN a Simplified sentence THEN simplified', () => {
    expect(detectScript('广州市加快5G应用创新发展三年行动计划，由市工业和信息化局牵头')).toBe('simplified');
  });
  test('GIVEN Simplified THEN toTraditional gives the Traditional forms', () => {
    expect(toTraditional('谁牵头')).toBe('誰牽頭');
  });
});
