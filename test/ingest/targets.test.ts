import { describe, expect, test } from 'vitest';
import { extractTargets, extractUndatedTargets, type TargetSegment } from '../../src/ingest/targets.ts';
import { WORST_TARGETS } from '../../src/bench/worst-case.ts';

function seg(text: string, section: TargetSegment['section'] = 'goals', taskId: string | null = null): TargetSegment {
  return { text, original: text, taskId, section, headingPath: section === 'goals' ? ['二、发展目标'] : ['三、重点任务'] };
}
const pairs = (segments: TargetSegment[]): Array<[number, number | null]> =>
  extractTargets(segments).flatMap((t) => t.metrics.map((m) => [t.year, m.value] as [number, number | null]));

describe('extractTargets', () => {
  test('GIVEN a goal paragraph and two —— bullets THEN three targets of its year, bullets without the dash', () => {
    const ts = extractTargets([
      seg('到2025年，全市数字经济发展水平显著提升。'),
      seg('——网络设施领先。全市5G基站总数达到10万个以上，千兆宽带用户超过300万户。'),
      seg('——应用成效明显。打造100个以上应用场景。'),
    ]);
    expect(ts.map((t) => [t.year, t.taskId, t.text])).toEqual([
      [2025, null, '到2025年，全市数字经济发展水平显著提升'],
      [2025, null, '网络设施领先。全市5G基站总数达到10万个以上，千兆宽带用户超过300万户'],
      [2025, null, '应用成效明显。打造100个以上应用场景'],
    ]);
    expect(ts[1].metrics).toEqual([
      { name: '5G基站', value: 100000, unit: '个', qualifier: '以上' },
      { name: '千兆宽带用户', value: 3000000, unit: '户', qualifier: '超过' },
    ]);
  });

  test('GIVEN one paragraph with 2021年,…;2022年,… THEN one target per year, each with its own text', () => {
    const ts = extractTargets([seg('2021年，建成示范项目10个；2022年，建成示范项目20个，用户约900万。')]);
    expect(ts.map((t) => [t.year, t.text])).toEqual([
      [2021, '2021年，建成示范项目10个'],
      [2022, '2022年，建成示范项目20个，用户约900万'],
    ]);
    expect(pairs([seg('2021年，建成示范项目10个；2022年，建成示范项目20个，用户约900万。')])).toEqual([
      [2021, 10], [2022, 20], [2022, 9000000],
    ]);
  });

  test('GIVEN 到2020年年底,…;… in the goals THEN the whole paragraph, across its ；', () => {
    const [t] = extractTargets([seg('到2020年年底，5G基站数量达到1500个，5G用户突破30万户；建成一批标杆项目。')]);
    expect(t.year).toBe(2020);
    expect(t.text).toBe('到2020年年底，5G基站数量达到1500个，5G用户突破30万户；建成一批标杆项目');
  });

  test('GIVEN 到2025年底前 in the goals THEN a goal of 2025 (the goals hold no time limits)', () => {
    expect(pairs([seg('到2025年底前，全市新增充电桩不少于2000个。')])).toEqual([[2025, 2000]]);
  });

  test('GIVEN 到“十四五”末 / “十四五”期间, THEN targets of 2025, the end of that plan term', () => {
    expect(pairs([seg('到“十四五”末，5G基站达到5万个。'), seg('“十四五”期间，累计新增充电桩1万个。', 'task', '5')])).toEqual([
      [2025, 50000], [2025, 10000],
    ]);
    expect(extractTargets([seg('认真落实“十四五”规划，建设5G基站1万个。', 'task', '1')])).toEqual([]);
  });

  test('GIVEN 由2020年的2.5万亿元增长至2025年的3.7万亿元 THEN only the 2025 value is a target', () => {
    expect(pairs([seg('累计投资将由2020年的2.5万亿元增长至2025年的3.7万亿元。', 'task', '1')])).toEqual([[2025, 3.7e12]]);
  });

  test('GIVEN a year in Chinese numerals 到二〇二五年 THEN year 2025, text kept as written', () => {
    expect(extractTargets([seg('到二〇二五年，建成5G基站10万个。')])).toMatchObject([
      { year: 2025, text: '到二〇二五年，建成5G基站10万个', metrics: [{ name: '5G基站', value: 100000 }] },
    ]);
  });

  test('GIVEN a task sentence 力争到2022年… THEN a target with the task id, ending at its sentence', () => {
    const ts = extractTargets([seg('开展直供电改造，力争到2022年全市转供电基站占比降至20%以内。加强监管。', 'task', '3')]);
    expect(ts).toEqual([
      { year: 2022, text: '力争到2022年全市转供电基站占比降至20%以内', taskId: '3', metrics: [
        { name: '转供电基站占比', value: 20, unit: '%', qualifier: '以内' },
      ] },
    ]);
  });

  test('GIVEN two dated clauses in one task sentence THEN each ends where the next year starts', () => {
    const ts = extractTargets([seg('加快部署，2021年在重点区域实现千兆接入，2022年实现城区全覆盖。', 'task', '2')]);
    expect(ts.map((t) => [t.year, t.text])).toEqual([
      [2021, '2021年在重点区域实现千兆接入'],
      [2022, '2022年实现城区全覆盖'],
    ]);
  });

  test('GIVEN 到2024年底 in a column THEN a target with the column id', () => {
    expect(extractTargets([seg('到2024年底，完成30项以上行业标准研制。', 'column', 'c1')])).toMatchObject([
      { year: 2024, taskId: 'c1', metrics: [{ value: 30, unit: '项', qualifier: '以上' }] },
    ]);
  });

  test('GIVEN a time limit 2021年底前… in a task THEN no target (it is a deadline)', () => {
    expect(extractTargets([seg('2021年底前完成10个智能燃气表试点。', 'task', '11')])).toEqual([]);
  });

  test.each([
    ['结合2022年北京冬奥会等重大活动，推广5G直播'],
    ['落实《国民经济和社会发展第十四个五年规划和2035年远景目标纲要》'],
    ['比2020年增长10%'],
    ['截至2020年底，全市已建成基站3万座'],
    ['2021年10月8日'],
  ])('GIVEN %s THEN no target', (text) => {
    expect(extractTargets([seg(text, 'task', '1')])).toEqual([]);
  });

  test('GIVEN a goals heading between a dated goal and its bullets THEN the heading is no target', () => {
    const ts = extractTargets([seg('到2023年，建成示范城市。'), seg('(一)总体目标。'), seg('——用户超过100万户。')]);
    expect(ts.map((t) => t.text)).toEqual(['到2023年，建成示范城市', '用户超过100万户']);
  });

  test('GIVEN a task after the goals THEN the goal year is not carried into it', () => {
    const ts = extractTargets([seg('到2023年，建成示范城市。'), seg('建设5G基站1万座。', 'task', '1')]);
    expect(ts).toHaveLength(1);
  });

  test('GIVEN an article paragraph (section other) with 到2023年 and —— bullets THEN they are targets; a 2021年《报告》 is not', () => {
    const ts = extractTargets([
      seg('2021年《政府工作报告》提出加大5G网络建设力度。', 'other'),
      seg('行动计划确立了目标。到2023年，我国5G应用发展水平显著提升。', 'other'),
      seg('——5G个人用户普及率超过40%。', 'other'),
      seg('一是在衡量用户发展方面提出2项指标。', 'other'),
    ]);
    expect(ts.map((t) => [t.year, t.text])).toEqual([
      [2023, '到2023年，我国5G应用发展水平显著提升'],
      [2023, '5G个人用户普及率超过40%'],
    ]);
  });

  test('GIVEN Traditional-era full-width digits ２０２５年 THEN the year is read, the text kept as written', () => {
    const [t] = extractTargets([seg('到２０２５年，建成充电桩约５．５万个。', 'task', '14')]);
    expect(t.year).toBe(2025);
    expect(t.text).toBe('到２０２５年，建成充电桩约５．５万个');
    expect(t.metrics[0]).toMatchObject({ value: 55000, unit: '个', qualifier: '约' });
  });

  // How fast is a figure (`npm run bench`, worst-case); a runaway still fails on the test timeout.
  test('GIVEN 200 KB of digits and 年 in one segment THEN targets come back as a list', () => {
    for (const text of WORST_TARGETS()) {
      for (const section of ['goals', 'task'] as const) {
        expect(Array.isArray(extractTargets([seg(text, section, '1')]))).toBe(true);
        expect(Array.isArray(extractUndatedTargets([seg(text, section, '1')]))).toBe(true);
      }
    }
  });
});

describe('extractUndatedTargets', () => {
  test('GIVEN a quantity with no year in a task THEN an undated target of its clauses, not a target', () => {
    const segments = [seg('建设外网，推动50家龙头骨干企业完成内网改造，鼓励合作。', 'task', '4')];
    expect(extractTargets(segments)).toEqual([]);
    expect(extractUndatedTargets(segments)).toEqual([
      { year: null, text: '推动50家龙头骨干企业完成内网改造', taskId: '4', metrics: [
        { name: '龙头骨干企业完成内网改造', value: 50, unit: '家', qualifier: null },
      ] },
    ]);
  });

  test('GIVEN neighbouring quantity clauses THEN one undated statement holding both', () => {
    const [u] = extractUndatedTargets([seg('力争实现计算能力大于1000PF，数据存储容量大于100PB，保持领先。', 'task', '8')]);
    expect(u.text).toBe('力争实现计算能力大于1000PF，数据存储容量大于100PB');
    expect(u.metrics.map((m) => [m.value, m.unit, m.qualifier])).toEqual([[1000, 'PF', '大于'], [100, 'PB', '大于']]);
  });

  test('GIVEN a standing subsidy rule or an 等4家 list count THEN no undated target', () => {
    expect(extractUndatedTargets([seg('每建成一个基站，市级财政再给予2500元补助。', 'task', '2')])).toEqual([]);
    expect(extractUndatedTargets([seg('提升甲实验室、乙实验室等4家省实验室科研水平。', 'task', '7')])).toEqual([]);
  });

  test('GIVEN a dated sentence THEN it is left to extractTargets', () => {
    expect(extractUndatedTargets([seg('到2022年建成75家互联网医院。', 'task', '16')])).toEqual([]);
  });
});
