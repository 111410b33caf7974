// The general rules of issue 12, one stage at a time (the style fixtures test them end to end).
import { describe, expect, test } from 'vitest';
import { splitUnits } from '../../src/ingest/units.ts';
import { findAssignments } from '../../src/ingest/assignments.ts';
import { parseMetrics } from '../../src/ingest/metrics.ts';
import { parsePlanText } from '../../src/ingest/pipeline.ts';
import { workPlanYear } from '../../src/ingest/target-years.ts';
import type { PlanMeta } from '../../src/ingest/types.ts';

const roles = (body: string) => findAssignments(body).map(({ leads, supports, responsible }) => ({ leads, supports, responsible }));
const meta = (title: string, period: PlanMeta['period'] = null): PlanMeta => ({
  title, period, issuers: [], issuedOn: null, docNumber: null, kind: 'plan', about: null, script: 'simplified',
});

describe('units and roles', () => {
  test('GIVEN `各县(市、区)政府` and `各县〈市、区〉政府和X管委会` THEN one group unit, and the second unit after 和', () => {
    expect(splitUnits('市应急管理局、各县(市、区)人民政府')).toEqual(['市应急管理局', '各县(市、区)人民政府']);
    expect(splitUnits('各县〈市、区〉政府和温州海经区管委会')).toEqual(['各县(市、区)政府', '温州海经区管委会']);
  });

  test('GIVEN a bracket typo inside the list `（A、(B负责）` THEN B without the bracket, and the assignment found', () => {
    expect(roles('扩大贷款投放。（市金融工作局、(市工业和信息化局按职责分工负责）')).toEqual([
      { leads: [], supports: [], responsible: ['市金融工作局', '市工业和信息化局'] },
    ]);
  });

  test('GIVEN `X指导，Y参与` and `X、Y分别牵头` THEN 指导 leads, 参与 supports, each listed unit leads', () => {
    expect(roles('规范检查。（市司法局指导，各区政府参与）')).toEqual([{ leads: ['市司法局'], supports: ['各区政府'], responsible: [] }]);
    expect(roles('优化审批。（市住房城乡建设局、市自然资源和规划局分别牵头）')).toEqual([
      { leads: ['市住房城乡建设局', '市自然资源和规划局'], supports: [], responsible: [] },
    ]);
  });

  test('GIVEN `〔责任单位：A、B按职责分工负责。具体任务均涉及C，不再做分工，下同。〕` THEN A and B responsible', () => {
    expect(roles('建设枢纽。〔责任单位：省发展改革委、省商务厅按职责分工负责。具体任务均涉及各市(州)人民政府，不再做分工，下同。〕')).toEqual([
      { leads: [], supports: [], responsible: ['省发展改革委', '省商务厅'] },
    ]);
  });

  test('GIVEN `第四条 省住房城乡建设厅牵头推进…，省生态环境厅配合。` THEN subject units take the verb; `鼓励高校…参与` names none', () => {
    expect(roles('省住房城乡建设厅牵头推进农村生活垃圾治理，省生态环境厅配合。')).toEqual([
      { leads: ['省住房城乡建设厅'], supports: [], responsible: [] },
      { leads: [], supports: ['省生态环境厅'], responsible: [] },
    ]);
    expect(roles('鼓励高校、研究机构参与标准制定。')).toEqual([]);
  });
});

describe('targets', () => {
  test('GIVEN `年产值超5亿元的企业达到30家以上` THEN one metric, 30家; `建成两个产业集群` THEN 2', () => {
    expect(parseMetrics('年产值超5亿元的企业达到30家以上').map((m) => [m.value, m.unit])).toEqual([[30, '家']]);
    expect(parseMetrics('建成两个产值超百亿元的产业集群').map((m) => [m.value, m.unit])).toEqual([[2, '个']]);
    expect(parseMetrics('锚定“两个确保”，推进三个“一号工程”')).toEqual([]);
  });

  test('GIVEN a title with one year (a year’s work plan) THEN that year; a period of several years THEN none', () => {
    expect(workPlanYear(meta('某县2024年重点工作任务分工方案'))).toBe(2024);
    expect(workPlanYear(meta('某市行动计划', { start: 2023, end: 2025 }))).toBeNull();
    expect(workPlanYear(meta('某市促进中小企业发展若干措施'))).toBeNull();
  });

  test('GIVEN `3年内培育…20家` in a plan issued in 2023 with no period THEN a 2026 target; without a date THEN undated', () => {
    const body = ['某市促进企业发展若干措施', '某市人民政府', '2023年6月1日', '一、培育企业', '1.建立培育库。3年内培育专精特新企业20家。（市工业和信息化局牵头）'];
    const p = parsePlanText(body.join('\n'));
    expect(p.targets.map((t) => [t.year, t.metrics.map((m) => m.value)])).toEqual([[2026, [20]]]);
    const undated = parsePlanText(body.filter((l) => !l.startsWith('2023')).join('\n'));
    expect(undated.targets).toEqual([]);
    expect(undated.undatedTargets?.map((t) => t.metrics.map((m) => m.value))).toEqual([[20]]);
  });
});

test('GIVEN a year’s work plan whose opening text states `主要预期目标是：…` (no 目标 heading) THEN those are that year’s targets', () => {
  const p = parsePlanText(['某市2024年重点工作任务分工方案', '2024年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业5万人以上。', '一、扩大有效需求', '1.社会消费品零售总额增长6%。（牵头单位：市商务局）', '2.实施重大项目500个以上。（牵头单位：市发展改革委）'].join('\n'));
  expect(p.targets.map((t) => [t.year, t.taskId, t.metrics.map((m) => m.value)])).toEqual([
    [2024, null, [5.5, 50000]],
    [2024, '1', [6]],
    [2024, '2', [500]],
  ]);
});

describe('outline', () => {
  test('GIVEN `?` and mojibake where `（二）` stood, before a (牵头单位:…) annotation THEN the item is kept, its title from the first work verb', () => {
    const p = parsePlanText(['某市行动计划', '一、重点任务', '（一）建设平台。整合资源。(牵头单位:市数据局)', '?鐇渚冨垎推进数据开放。分批开放数据集。(牵头单位:市数据局;配合单位:各区人民政府)', '（三）深化改革。推动网办。(牵头单位:市政务服务中心)'].join('\n'));
    expect(p.tasks.map((t) => [t.title, t.leads, t.supports])).toEqual([
      ['建设平台', ['市数据局'], []],
      ['推进数据开放', ['市数据局'], ['各区人民政府']],
      ['深化改革', ['市政务服务中心'], []],
    ]);
  });
});

// Rules learned from the second batch of real plans (issue 12, in-sample documents only).
describe('labelled lists, tables and page noise of the second batch', () => {
  const parseRoles = (text: string) => parsePlanText(text).tasks.map(({ id, leads, supports, responsible }) => ({ id, leads, supports, responsible }));

  test('GIVEN `责任单位：X、Y分别牵头` and `部门分工：X牵头，A、B配合` THEN the verbs give the roles', () => {
    expect(parseRoles('2023年重点工作责任分解\n一、重点工作\n1.城乡居民收入增速保持领先。\n责任单位:市人力社保局、市农业农村局分别牵头\n2.地区生产总值增长6%以上。\n部门分工:省发展改革委牵头,各地、各部门配合。')).toEqual([
      { id: '1', leads: ['市人力社保局', '市农业农村局'], supports: [], responsible: [] },
      { id: '2', leads: ['省发展改革委'], supports: ['各地', '各部门'], responsible: [] },
    ]);
  });

  test('GIVEN a note in brackets closing a labelled list THEN it is no part of the last unit', () => {
    expect(roles('1.固定资产投资增长10%。\n责任单位:市发改委、市卫生健康委(除标注“分别牵头”外,列第一位为牵头单位,下同)')).toEqual([
      { leads: [], supports: [], responsible: ['市发改委', '市卫生健康委'] },
    ]);
    expect(splitUnits('各县(市、区)政府')).toEqual(['各县(市、区)政府']);
  });

  test('GIVEN `(责任科室：组干科、机关党委)` THEN two sections of the bureau, responsible', () => {
    expect(roles('加强思想理论武装。(责任科室:组干科、机关党委)')).toEqual([{ leads: [], supports: [], responsible: ['组干科', '机关党委'] }]);
  });

  test('GIVEN runs of ■◆★ sprinkled through a scraped page THEN they are gone; a bullet opening a line stays', () => {
    const plan = parsePlanText('若干措施\n一、扩大消费\n4.稳定和扩大传统消费■◆◆◆★★、大宗消费★◆■★。发放消费券。(责任单位■★■■★◆:省商务厅)\n■ 附注');
    expect(plan.tasks.map((t) => [t.title, t.responsible])).toEqual([['稳定和扩大传统消费、大宗消费', ['省商务厅']]]);
  });

  test('GIVEN a table scraped one `cell |` per line, a 牵头责任单位 column and two leaders in one cell THEN each row a task with its lead and supporters', () => {
    const text = ['重点工作目标任务分解表', '序号 |', '目标与任务 |', '分管县领导 |', '牵头责任单位 |', '责任单位 |', '80 |', '新增托位数400个以上。 |', '俞 悦 |', '县教育局 |', '县各有关单位 |', '81 |', '支持职业教育发展。 |', '陆 明俞 悦 |', '县教育局 |', '县各有关单位 |'].join('\n');
    expect(parseRoles(text)).toEqual([
      { id: '80', leads: ['县教育局'], supports: ['县各有关单位'], responsible: [] },
      { id: '81', leads: ['县教育局'], supports: ['县各有关单位'], responsible: [] },
    ]);
  });
});
