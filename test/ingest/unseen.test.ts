// Plans in styles the seeds lack (test/fixtures/ingest/unseen/*.txt), parsed end to end: the key
// fields of each, so a rule fitted to the seeds that breaks another common style shows up here.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlanText } from '../../src/ingest/pipeline.ts';
import type { Plan } from '../../src/ingest/types.ts';

function parse(name: string): Plan {
  return parsePlanText(readFileSync(new URL(`../fixtures/ingest/unseen/${name}`, import.meta.url), 'utf8'), name);
}
const roles = (p: Plan) => p.tasks.map((t) => [t.id, t.title, t.leads, t.supports, t.responsible]);
const deadlines = (p: Plan) => p.tasks.map((t) => t.deadlines.map((d) => d.date));
const metrics = (p: Plan) => p.targets.map((t) => [t.year, t.taskId, t.metrics.map((m) => [m.name, m.value, m.unit, m.qualifier])]);

describe('unseen plan styles', () => {
  test('GIVEN a provincial 实施意见 with `（一）` items ending in `（责任单位：…，各市、县人民政府）` THEN responsible units with prefixes spelled out and the group whole', () => {
    const p = parse('provincial-opinion.txt');
    expect(p.plan).toMatchObject({
      title: '某省人民政府办公厅关于加快推进数字经济高质量发展的实施意见',
      period: null,
      issuers: ['某省人民政府办公厅'],
      issuedOn: '2023-05-12',
      docNumber: '某政办发〔2023〕15号',
    });
    expect(roles(p)).toEqual([
      ['1', '加快新型基础设施建设', [], [], ['省发展改革委', '省工业和信息化厅', '省通信管理局', '各市、县人民政府']],
      ['2', '推动制造业数字化转型', [], [], ['省工业和信息化厅', '省科技厅', '省财政厅', '各市、县人民政府']],
      ['3', '培育数据要素市场', [], [], ['省大数据局', '省市场监管局']],
      ['s1', '强化组织领导', [], [], ['省发展改革委']],
      ['s2', '加大资金支持', [], [], ['省财政厅', '各市、县人民政府']],
    ]);
    expect(p.tasks.map((t) => t.kind)).toEqual(['task', 'task', 'task', 'safeguard', 'safeguard']);
    expect(deadlines(p)).toEqual([['2024-12-31'], [], ['2024-06-30'], [], []]);
    expect(metrics(p)).toEqual([
      [2025, null, [
        ['数字经济核心产业增加值占地区生产总值比重', 10, '%', '达到'],
        ['5G基站', 100000, '个', '累计'],
        ['省级工业互联网平台', 50, '个', '不少于'],
      ]],
      [2025, '2', [['规模以上工业企业数字化改造覆盖率', 80, '%', '达到']]],
    ]);
  });

  test('GIVEN `1.` items followed by `牵头单位：` `配合单位：` `完成时限：` lines THEN roles and time limits per item', () => {
    const p = parse('labelled-items.txt');
    expect(p.plan).toMatchObject({ title: '某市推进智慧交通建设工作方案', period: { start: 2024, end: 2026 }, issuers: ['某市人民政府办公室'], issuedOn: '2024-03-01' });
    expect(roles(p)).toEqual([
      ['1', '建设交通大数据中心', ['市交通运输局'], ['市公安局', '市城市管理和综合执法局', '市政务服务数据管理局'], []],
      ['2', '推进智能网联汽车测试', ['市工业和信息化局'], ['市交通运输局', '各区人民政府'], []],
      ['3', '升级公交智能调度系统', ['市交通集团有限公司'], ['市交通运输局'], []],
      ['s1', '加强组织领导', ['市交通运输局'], [], []],
      ['s2', '强化资金保障', ['市财政局'], ['各区人民政府'], []],
    ]);
    expect(deadlines(p)).toEqual([['2024-12-31'], ['2025-06-30'], ['2026-12-31'], [], []]);
    expect(metrics(p)).toEqual([[2026, null, [['智慧公交站台', 15000, '个', '达到'], ['城市道路智能信号灯覆盖率', 90, '%', '不低于']]]]);
  });

  test('GIVEN items ending in `【牵头单位：X；配合单位：Y】` THEN leads and supports from the square brackets', () => {
    const p = parse('bracket-roles.txt');
    expect(p.plan).toMatchObject({ title: '某区优化营商环境三年行动计划', period: { start: 2023, end: 2025 }, docNumber: '区府办〔2023〕7号', issuedOn: '2023-04-20' });
    expect(roles(p)).toEqual([
      ['1', '深化“一件事一次办”改革', ['区政务服务中心'], ['区市场监管局', '区人力资源社会保障局'], []],
      ['2', '推进工程建设项目审批改革', ['区住房城乡建设局'], ['区自然资源分局', '区发展改革局'], []],
      ['3', '加强公平竞争审查', ['区市场监管局'], ['区司法局', '各街道办事处'], []],
      ['4', '完善企业诉求响应机制', ['区工商联'], ['区各有关部门'], []],
      ['s1', '加强督查考核', ['区委督查室', '区政府督查室'], [], []],
    ]);
    expect(deadlines(p)[0]).toEqual(['2023-09-30']);
  });

  test('GIVEN `压缩至1个工作日以内` THEN the metric is the 企业开办时间, in 个工作日, 以内', () => {
    const p = parse('bracket-roles.txt');
    expect(metrics(p)).toEqual([
      [2024, null, [['企业开办时间', 1, '个工作日', '以内']]],
      [2025, null, [['政务服务事项“一网通办”率', 98, '%', '以上']]],
    ]);
  });

  test('GIVEN a `附件：重点任务分工表` table with a 完成时限 column THEN units and time limits land on the tasks', () => {
    const p = parse('annex-tsv.txt');
    expect(p.plan).toMatchObject({ title: '某市加快发展新能源汽车产业实施方案', docNumber: '某府办〔2024〕3号', period: null });
    expect(roles(p)).toEqual([
      ['1', '壮大整车制造规模', ['市工业和信息化局'], ['市发展改革委', '市商务局'], []],
      ['2', '完善充电基础设施', ['市发展改革委'], ['市住房城乡建设局', '供电局', '各区人民政府'], []],
      ['3', '推广新能源汽车应用', ['市交通运输局'], ['市机关事务管理局'], []],
    ]);
    expect(deadlines(p)).toEqual([['2025-12-31'], ['2024-12-31'], []]);
    expect(metrics(p)).toEqual([[2025, null, [['新能源汽车产量', 200000, '辆', '达到'], ['充电桩', 30000, '个', '以上']]]]);
  });

  test('GIVEN Guangdong-style `（X、Y按职责分工负责，广州、深圳市人民政府）` THEN the list after the verb shares its role', () => {
    const p = parse('guangdong-style.txt');
    expect(p.plan).toMatchObject({ title: '广东省推动新型储能产业高质量发展行动方案', docNumber: '粤府办〔2023〕22号', issuers: ['广东省人民政府办公厅'], issuedOn: '2023-03-06' });
    expect(roles(p)).toEqual([
      ['1', '提升储能电池产品技术水平', ['省工业和信息化厅', '省科技厅'], ['省发展改革委', '省能源局'], []],
      ['2', '建设储能电池产业集群', [], [], ['省发展改革委', '省工业和信息化厅', '广州市人民政府', '深圳市人民政府', '惠州市人民政府']],
      ['3', '推进新能源发电配建储能', ['省能源局', '广东电网公司'], ['各地级以上市人民政府'], []],
      ['s1', '加强组织领导', ['省发展改革委'], [], ['各有关单位']],
    ]);
    expect(metrics(p)).toEqual([
      [2025, null, [['新型储能产业营业收入', 600000000000, '元', '达到'], ['年均增长', 50, '%', '以上'], ['装机规模', 3000000, '千瓦', '达到']]],
      [2027, null, [['营业收入', 1000000000000, '元', '达到']]],
    ]);
  });

  test('GIVEN `（X牵头，Y、Z）` THEN the list after 牵头 supports; prose after the verb is still no assignment', () => {
    const p = parsePlanText(['某市方案', '一、重点任务', '1.建设平台。完善机制。（市发展改革委牵头，市财政局、市科技局）', '2.推进改革。（各区政府负责组织实施，加强统筹协调）'].join('\n'));
    expect(roles(p)).toEqual([
      ['1', '建设平台', ['市发展改革委'], ['市财政局', '市科技局'], []],
      ['2', '推进改革', [], [], []],
    ]);
  });
  test('GIVEN a `关于印发…的通知` wrapper signed with a Chinese-numeral date, then the plan THEN the plan\'s own title and period, labelled-bracket roles', () => {
    const p = parse('notice-wrapper.txt');
    expect(p.plan).toMatchObject({
      title: '某市促进人工智能产业发展若干措施',
      period: { start: 2024, end: 2026 },
      issuers: ['某市人民政府办公厅'],
      issuedOn: '2024-01-15',
      docNumber: '某府办函〔2024〕56号',
    });
    expect(roles(p)).toEqual([
      ['1', '建设公共算力平台', ['市科技局'], ['市发展改革委', '市财政局'], []],
      ['2', '降低算力使用成本', ['市工业和信息化局'], ['市财政局'], []],
      ['3', '开放应用场景', ['市工业和信息化局', '市政务服务数据管理局'], ['各区人民政府'], []],
      ['4', '培育龙头企业', [], [], ['市科技局']],
      ['s1', '强化人才支撑', [], [], ['市委组织部', '市人力资源社会保障局']],
    ]);
    expect(deadlines(p)[0]).toEqual(['2025-12-31']);
    expect(metrics(p)[0]).toEqual([2026, null, [['人工智能核心产业规模', 100000000000, '元', '突破'], ['集聚人工智能企业', 500, '家', '超过'], ['算力规模', 5000, 'PFLOPS', '达到']]]);
  });

  test('GIVEN `由X牵头，Y配合。` sentences and `X、Y负责，2024年6月30日前完成。` THEN the role clause inside a longer sentence counts; joint signers one each', () => {
    const p = parse('joint-plan.txt');
    expect(p.plan).toMatchObject({
      title: '浙江省加快推进充电基础设施建设行动方案',
      period: { start: 2023, end: 2025 },
      issuers: ['浙江省发展和改革委员会', '浙江省工业和信息化厅', '浙江省住房和城乡建设厅'],
      issuedOn: '2023-06-30',
    });
    expect(roles(p)).toEqual([
      ['1', '加快公共充电站建设', ['省发展改革委'], ['省住房城乡建设厅', '省自然资源厅'], []],
      ['2', '推进居住区充电设施建设', [], [], ['省住房城乡建设厅']],
      ['3', '实现高速服务区全覆盖', [], [], ['省交通运输厅', '省交通集团']],
      ['s1', '加强统筹协调', [], [], []],
    ]);
    expect(deadlines(p)).toEqual([['2023-12-31'], [], ['2024-06-30'], []]);
    expect(metrics(p)).toEqual([[2025, null, [['公共充电桩', 250000, '个', null], ['高速公路服务区充电设施覆盖率', 100, '%', '达到'], ['城市核心区公共充电服务半径', 1, '公里', '小于']]]]);
  });
  test('GIVEN a 年度工作要点 whose goals open with `2024年，…` under 总体要求 THEN a 2024 target; quarter limits and labelled roles per item', () => {
    const p = parse('quarter-deadlines.txt');
    expect(p.plan).toMatchObject({ title: '某市2024年数字政府建设工作要点', issuers: ['某市数字政府建设领导小组办公室'], issuedOn: '2024-02-28' });
    expect(metrics(p)).toEqual([[2024, null, [['政务服务事项网上可办率', 5, '个百分点', '提高'], ['“一网通办”事项', 2000, '项', '以上']]]]);
    expect(roles(p)).toEqual([
      ['1', '推进高效办成一件事', ['市政务服务数据管理局'], ['市委编办', '市司法局'], []],
      ['2', '深化一网统管', ['市城市运行管理中心'], [], []],
      ['3', '完善电子政务外网', ['市委网信办', '市政务服务数据管理局'], [], []],
      ['4', '推进公共数据开放', [], [], ['市政务服务数据管理局', '各区人民政府(管委会)']],
    ]);
    expect(deadlines(p)).toEqual([['2024-09-30'], ['2024-09-30'], [], []]);
  });
  test('GIVEN `建成X20个、Y150个` and units such as `各县(市、区)人民政府`, `市财政局(市国资委)` THEN one metric name each, groups kept whole', () => {
    const p = parse('county-units.txt');
    expect(metrics(p)).toEqual([[2025, null, [['县级物流配送中心', 20, '个', null], ['乡镇商贸中心', 150, '个', null], ['村级便民商店覆盖率', 90, '%', '达到']]]]);
    expect(roles(p)).toEqual([
      ['1', '改造提升县城综合商贸服务中心', ['市商务局'], ['市发展改革委', '市财政局(市国资委)', '市自然资源和规划局'], ['各县(市、区)人民政府']],
      ['2', '建设乡镇商贸中心', [], [], ['各县(市、区)人民政府']],
      ['3', '推进“快递进村”', ['市邮政管理局'], ['中国邮政集团有限公司某市分公司', '市交通运输局'], []],
      ['4', '发展农村电商', [], [], ['市商务局', '市农业农村局']],
      ['s1', '加强组织领导', [], [], []],
      ['s2', '强化资金保障', [], [], ['市财政局']],
    ]);
    expect(deadlines(p)).toEqual([[], ['2025-06-30'], ['2024-11-30'], [], [], []]);
  });
  test('GIVEN `(一)…行动(牵头单位：X；配合单位：Y)` as a heading over items naming no unit THEN the items carry the heading\'s roles', () => {
    const p = parse('nested-items.txt');
    const byTitle = new Map(p.tasks.map((t) => [t.title, [t.leads, t.supports, t.responsible, t.clauses.length]]));
    expect(byTitle.get('分级培育智能工厂')).toEqual([['市工业和信息化局'], ['市科技局'], [], 0]);
    expect(byTitle.get('推广“小快轻准”解决方案')).toEqual([['市工业和信息化局'], ['市科技局'], [], 0]);
    // under a heading with no assignment, nothing is guessed
    expect(byTitle.get('加强组织实施')).toEqual([[], [], [], 0]);
    expect(metrics(p)).toEqual([
      [2026, null, [['规模以上工业企业数字化转型覆盖率', 85, '%', '达到'], ['国家级智能制造示范工厂', 5, '家', '以上']]],
      [2025, 'c1', [['二级节点', 10, '个', null]]],
    ]);
  });
});
