import { describe, expect, test } from 'vitest';
import { readCases } from '../support/cases.ts';
import { test as prop, fc } from '@fast-check/vitest';
import { parseMetrics } from '../../src/ingest/metrics.ts';
import { WORST_METRICS } from '../../src/bench/worst-case.ts';

// [statement, name, value, unit, qualifier]
type Row = [string, string, number, string | null, string | null];
// The statement table is data (test/fixtures/ingest/cases), read here as rows.
const METRIC_STATEMENTS = readCases<Row>('metrics-statements.json');

describe('parseMetrics', () => {
  test.each<Row>(METRIC_STATEMENTS)('GIVEN %s THEN %s = %d %s (%s)', (statement, name, value, unit, qualifier) => {
    const [m] = parseMetrics(statement);
    expect(m).toMatchObject({ name, value, unit, qualifier });
  });

  test('GIVEN 比2020年提高0.6个百分点 after a metric THEN the comparison takes that metric name', () => {
    expect(parseMetrics('研发经费投入强度达到3.5%，比2020年提高0.6个百分点')).toEqual([
      { name: '研发经费投入强度', value: 3.5, unit: '%', qualifier: '达到' },
      { name: '研发经费投入强度', value: 0.6, unit: '个百分点', qualifier: '提高' },
    ]);
  });

  test('GIVEN 达到1.2万个 with no subject THEN the value is still read', () => {
    expect(parseMetrics('达到1.2万个')).toEqual([{ name: '', value: 12000, unit: '个', qualifier: '达到' }]);
  });

  test.each([
    ['打造10-20个安全创新示范中心', 10, 20, '个'],
    ['培育2—3个产业集群', 2, 3, '个'],
    ['引进3至5家龙头企业', 3, 5, '家'],
    ['新增1-2万个停车位', 10000, 20000, '个'],
    ['研发投入占比10%-20%', 10, 20, '%'],
    ['新增5千-1万个停车位', 5000, 10000, '个'],
  ])('GIVEN the range %s THEN value %d, valueMax %d', (statement, value, valueMax, unit) => {
    const [m] = parseMetrics(statement);
    expect(m).toMatchObject({ value, valueMax, unit, qualifier: null });
  });

  test('GIVEN several quantities in one statement THEN each with its own name, in order', () => {
    const ms = parseMetrics('建成94个中心学校(智慧学校)和36个示范项目，推动建设1个示范基地、1个5G产业园');
    expect(ms.map((m) => [m.name, m.value])).toEqual([
      ['中心学校(智慧学校)', 94],
      ['示范项目', 36],
      ['示范基地', 1],
      ['5G产业园', 1],
    ]);
  });

  test('GIVEN 5G站址6.7万个(含储备站址) THEN the gloss is not the name', () => {
    expect(parseMetrics('全市5G站址6.7万个(含储备站址),5G用户数1500万户')).toMatchObject([
      { name: '5G站址', value: 67000, unit: '个', qualifier: null },
      { value: 15000000, unit: '户' },
    ]);
  });

  test('GIVEN 累计 before a noun (累计标识解析注册量超过12亿) THEN 累计 stays in the name, 超过 qualifies', () => {
    expect(parseMetrics('累计标识解析注册量超过12亿')).toEqual([
      { name: '累计标识解析注册量', value: 1_200_000_000, unit: null, qualifier: '超过' },
    ]);
  });

  test.each([
    ['扩大700MHz频段广电5G网络试验'],
    ['推动IPv6规模化部署和4K/8K超高清、2G/3G退网、F5G、wifi6、L3级自动驾驶'],
    ['加快推进110千伏智能变电站建设'],
    ['严格落实《保护办法》(省政府令第165号)'],
    ['市、县级财政按照3:7比例分担'],
    ['2021-2023年'],
    ['1.完善5G公众网络'],
    ['提出了7大量化指标'],
    ['培育360度观赛体验'],
    ['提出了5G个人用户普及率、5G网络接入流量占比2项量化指标'],
    ['从用户发展、行业赋能、网络能力3个方面提出要求'],
  ])('GIVEN %s THEN no metric', (statement) => {
    expect(parseMetrics(statement)).toEqual([]);
  });

  // How fast is a figure (`npm run bench`, worst-case); a runaway still fails on the test timeout.
  test('GIVEN 200 KB of digits, 年 and quantities THEN each comes back as a list', () => {
    for (const text of WORST_METRICS()) {
      expect(Array.isArray(parseMetrics(text))).toBe(true);
    }
  });

  const TOKENS = ['1', '0.5', '3.89', '万', '亿', '千', '个', '%', '-', '—', '至', '以上', '约', '超', '5G', '年', '第', ':', ',', '，', '(', ')', '多', '余', '建成', 'PF', 'M'];
  const tokenText = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((a) => a.join(''));
  prop.prop([tokenText])('GIVEN any mix of digits, units and ranges THEN finite values, valueMax never below value', (text) => {
    for (const m of parseMetrics(text)) {
      expect(Number.isFinite(m.value)).toBe(true);
      if (m.valueMax != null) expect(m.valueMax).toBeGreaterThanOrEqual(m.value as number);
    }
  });
});
