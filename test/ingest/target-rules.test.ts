// Target years and roles of issue 12 (s4), each on a plan of our own sentences in
// test/fixtures/ingest/target-rules/: the shapes of real plans whose targets were missed.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlanText } from '../../src/ingest/pipeline.ts';
import { parseMetrics } from '../../src/ingest/metrics.ts';
import type { Plan } from '../../src/ingest/types.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/ingest/target-rules');
const parse = (name: string): Plan => parsePlanText(readFileSync(path.join(dir, name), 'utf8'), name);
const yearValues = (p: Plan): Array<[number, Array<number | null>]> => p.targets.map((t) => [t.year, t.metrics.map((m) => m.value)]);
const roles = (p: Plan) => p.tasks.map((t) => [t.id, t.leads, t.supports, t.responsible]);

describe('targets a plan states without a 目标 heading over them', () => {
  test('GIVEN `2025年主要目标` on its own line over ● bullets THEN each bullet is a 2025 target; last year’s results are not', () => {
    expect(yearValues(parse('bullets-after-year-line.txt'))).toEqual([
      [2025, [5.5]],
      [2025, [600000, 5.5]],
      [2025, [60000000000]],
    ]);
  });

  test('GIVEN the same list with its bullets lost (a text layer) THEN short lines with figures still take the year, up to a line with none', () => {
    const text = readFileSync(path.join(dir, 'bullets-after-year-line.txt'), 'utf8').replace(/●/g, '');
    expect(yearValues(parsePlanText(`${text}\n一、稳住工业\n二、扩大内需`, 'p.txt'))).toEqual([
      [2025, [5.5]],
      [2025, [600000, 5.5]],
      [2025, [60000000000]],
    ]);
  });

  test('GIVEN `总体目标是：到2026年，…；…；…。` in prose THEN one 2026 target holding every clause up to the paragraph end', () => {
    expect(yearValues(parse('goal-lead-paragraph.txt'))).toEqual([[2026, [300000000000, 30, 5000, 800, 4]]]);
  });

  test('GIVEN `2026年年底前，建成60个以上…` outside any task THEN a 2026 target; `2025年3月底前组织自查` is none', () => {
    expect(yearValues(parse('year-end-goals-outside-tasks.txt'))).toEqual([
      [2026, [60, 300]],
      [2026, [98]],
    ]);
  });

  test('GIVEN `…。2026年，力争…达到3.1%` mid-paragraph THEN a 2026 target; `2024年，全区研发投入增长6.2%` (a result) none', () => {
    expect(yearValues(parse('sentence-opening-goal.txt'))).toEqual([[2026, [3.1]]]);
  });

  test('GIVEN a heading naming 2026年…目标 and a `到2027年，…如下：` lead-in THEN the items below take those years', () => {
    const p = parse('section-year-items.txt');
    expect(yearValues(p).filter(([, v]) => v.length > 0)).toEqual([
      [2026, [80, 40]],
      [2026, [6]],
      [2026, [80000]],
      [2026, [10]],
      [2026, [2.4]],
      [2027, [8]],
      [2027, [65]],
    ]);
  });
});

describe('numbers and units', () => {
  test('GIVEN `完成80%以上的确权登记` THEN 80 is the goal; `年产值1亿元以上的企业达到40家` THEN only 40', () => {
    expect(parseMetrics('完成80%以上的确权登记').map((m) => m.value)).toEqual([80]);
    expect(parseMetrics('年产值1亿元以上的企业达到40家').map((m) => m.value)).toEqual([40]);
    expect(parseMetrics('粮食总产量稳定在600亿斤以上').map((m) => [m.value, m.unit])).toEqual([[60000000000, '斤']]);
  });

  test('GIVEN `（分管副市长负责，X牵头，Y配合）` and a final bare `（农业处、经管中心）` THEN officials are no units; the bare list is responsible', () => {
    expect(roles(parse('section-year-items.txt'))).toEqual([
      ['1.1', ['市发展改革委'], ['市统计局', '市财政局'], []],
      ['2.1', ['市工业和信息化局'], [], []],
      ['2.2', ['市发展改革委'], [], []],
      ['3.3', [], [], []],
      ['3.4', [], [], ['农业处', '经管中心']],
    ]);
  });
});

describe('unit lists', () => {
  test('GIVEN `X部门及各县市区政府` and `…能源局等省有关部门和各地级以上市人民政府按职责分工卖力` THEN two units; 卖力 reads as 负责', () => {
    const p = parsePlanText('某市工作要点\n一、优化审批\n1.编制许可清单。（市政府办公室牵头，市级各有关部门及各县市区政府按职责分工负责）\n2.推介民间投资项目。（省发展和改革委、水利厅、能源局等省有关部门和各地级以上市人民政府按职责分工卖力）', 'p.txt');
    expect(roles(p)).toEqual([
      ['1', ['市政府办公室'], [], ['市级各有关部门', '各县市区政府']],
      ['2', [], [], ['省发展和改革委', '省水利厅', '省能源局', '各地级以上市人民政府']],
    ]);
  });
});

describe('brackets', () => {
  test('GIVEN `(预期性指标，牵头单位：X；责任单位：Y，Z，以下均需Z落实…` cut off before its `)` THEN X leads, Y and Z support', () => {
    const p = parsePlanText('某市规划纲要任务分工方案\n二、主要指标\n到2027年，全市发展主要指标如下：\n1.地区生产总值年均增长7%以上。(预期性指标，牵头单位：市发展改革委；责任单位：市统计局，各县市区，以下均需各县市区落实，不再逐', 'p.txt');
    expect(roles(p)).toEqual([['1', ['市发展改革委'], ['市统计局', '各县市区'], []]]);
    expect(yearValues(p).filter(([, v]) => v.length > 0)).toEqual([[2027, [7]]]);
  });
});

describe('outlines', () => {
  test('GIVEN `第五条 …主要包括：` over `（一）…（二）…` THEN the article is one task with its list as body', () => {
    const p = parsePlanText('某省河湖管护责任办法\n第一章 总则\n第一条 为落实河湖管护责任，制定本办法。\n第二章 各级责任\n第二条 省水利厅负责统筹全省河湖管护工作。\n第三条 各级河长的管护责任主要包括：\n（一）组织开展河湖巡查，及时发现问题。\n（二）督促有关部门整治河湖突出问题。\n第四条 本办法自印发之日起施行。', 'p.txt');
    expect(p.tasks.map((t) => [t.id, t.title, t.body.includes('督促有关部门')])).toEqual([
      ['2', '省水利厅负责统筹全省河湖管护工作', false],
      ['3', '各级河长的管护责任主要包括', true],
    ]);
  });
});

describe('items numbered inside a paragraph', () => {
  test('GIVEN `…候选项目。(1)新建公园12个。(2)…(3)…` in one paragraph THEN each is a task; a lone `(1)` in prose stays prose', () => {
    const p = parsePlanText('某市民生实事项目公布\n今年实施民生实事，遴选了3件候选项目。(1)新建城市公园12个。(2)改造老旧小区30个，加装电梯50部。(3)新增停车位2000个。\n二、其他事项\n项目按(1)类管理，另行通知。', 'p.txt');
    expect(yearValues(p)).toEqual([]); // no year anywhere: undated
    expect(p.tasks.map((t) => [t.id, t.title])).toEqual([
      ['1', '新建城市公园12个'],
      ['2', '改造老旧小区30个，加装电梯50部'],
      ['3', '新增停车位2000个'],
    ]);
  });

  test('GIVEN `…提到，2027年，全市…实施民生实事…。(1)…(2)…(3)…` THEN the items are that year’s', () => {
    const p = parsePlanText('某市民生实事项目公布\n政府工作报告提到，2027年，全市将实施民生实事30件左右。(1)改造路灯1万处。(2)新建公厕80座。(3)新增停车位2000个。', 'p.txt');
    expect(yearValues(p)).toEqual([[2027, [10000]], [2027, [80]], [2027, [2000]]]);
  });
});

describe('goals sentences dated by the year before them', () => {
  test('GIVEN `…指出，2027年发展主要预期目标是：…` THEN a 2027 target; `今年…目标是：` under a `2027-03-06 10:20` dateline THEN 2027', () => {
    const named = parsePlanText('某省政府工作报告全文播发\n报告指出，2027年发展主要预期目标是：地区生产总值增长5%左右；城镇新增就业60万人以上；居民消费价格涨幅3%左右。', 'p.txt');
    expect(yearValues(named)).toEqual([[2027, [5, 600000, 3]]]);
    const dated = parsePlanText('某省政府工作报告提出今年目标\n2027-03-06 10:20\n报告提出，今年发展的主要预期目标是：地区生产总值增长5%左右；粮食产量保持在600亿斤以上。', 'p.txt');
    expect(dated.plan.issuedOn).toBe('2027-03-06');
    expect(yearValues(dated)).toEqual([[2027, [5, 60000000000]]]);
  });
});
