// assertLooksLikePlan (issue 2, "Bad input: a text that is no plan") and IngestError's one-line message.
import { describe, expect, test } from 'vitest';
import { IngestError, assertLooksLikePlan } from '../../src/ingest/errors.ts';

function codeOf(text: string): string {
  try {
    assertLooksLikePlan(text, 'doc.txt');
    return 'plan';
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).message).toMatch(/^doc\.txt: /);
    expect((err as IngestError).message).not.toContain('\n');
    return (err as IngestError).code;
  }
}

describe('assertLooksLikePlan', () => {
  // [what is given, the code each text gets, the texts]
  test.each<[string, string, string[]]>([
    ['numbered headings and plan words', 'plan', ['某市数字经济行动计划\n一、总体目标\n到2025年，数字经济规模达到1000亿元。\n二、重点任务\n(一)建设基站。(牵头单位:市工信局)']],
    ['regulations numbered 第一条 …', 'plan', ['某市数据管理办法\n第一条 为规范数据管理，制定本办法。\n第二条 本办法适用于本市行政区域内的数据管理和实施。']],
    ['a 责任分工 table alone (numbers in the first cell)', 'plan', ['重点任务责任分工表\n序号\t任务\t牵头单位\n1\t建设5G基站，推进网络覆盖\t市工业和信息化局\n2\t培育应用场景，推广示范项目\t市科技局']],
    ['only year targets: a goals paragraph, ● bullets under a year line, (1)(2) items inside a paragraph', 'plan', [
      '某省强工业行动实施方案\n总体目标是：到2026年，工业增加值突破3000亿元，规上工业企业增加到5000户。',
      '某省经济工作速览\n2025年主要目标\n●全省生产总值增长5.5%左右\n●城镇新增就业60万人以上',
      '某市民生实事项目公布\n今年实施民生实事，遴选候选项目。(1)新建公园12个。(2)改造老旧小区30个。',
    ]],
    ['white space only', 'empty_file', [' \n\t ']],
    ['English, or Chinese prose with no items', 'not_a_plan', ['Action plan\n1. Build networks\n2. Grow applications\n', '床前明月光，疑是地上霜。举头望明月，低头思故乡。春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。']],
    ['1 MB of one repeated phrase (its time is a bench figure: bad-input)', 'not_a_plan', ['推进实施，'.repeat(200_000)]],
  ])('GIVEN %s THEN %s', (_given, code, texts) => {
    for (const text of texts) expect(codeOf(text)).toBe(code);
  });
});
