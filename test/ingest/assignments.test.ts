import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { findAssignments } from '../../src/ingest/assignments.ts';
import { parseRoleText } from '../../src/ingest/role-text.ts';
import { parsePlanText } from '../../src/ingest/pipeline.ts';

const roles = (body: string) => findAssignments(body).map(({ leads, supports, responsible }) => ({ leads, supports, responsible }));
const fixture = (name: string) => parsePlanText(readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8'), name);

describe('parseRoleText', () => {
  test('GIVEN 牵头单位:X,配合单位:Y THEN leads X, supports Y', () => {
    expect(parseRoleText('牵头单位:市科技局、教育局,配合单位:各区政府')).toEqual({ leads: ['市科技局', '市教育局'], supports: ['各区政府'], responsible: [] });
  });

  test('GIVEN X牵头,Y配合 THEN leads X, supports Y', () => {
    expect(parseRoleText('市农业农村局牵头,市商务局配合')).toEqual({ leads: ['市农业农村局'], supports: ['市商务局'], responsible: [] });
  });

  test('GIVEN A牵头,B、C按职责分工负责 THEN A leads and the rest are responsible', () => {
    expect(parseRoleText('市教育局牵头,市发展改革委、科技局按职责分工负责')).toEqual({
      leads: ['市教育局'],
      supports: [],
      responsible: ['市发展改革委', '市科技局'],
    });
  });

  test('GIVEN 责任部门：X beside 牵头部门：Y THEN the 责任部门 units support', () => {
    expect(parseRoleText('牵头部门：市发展改革委；责任部门：市财政局')).toEqual({ leads: ['市发展改革委'], supports: ['市财政局'], responsible: [] });
  });

  test('GIVEN 负责部门：X alone THEN X is responsible', () => {
    expect(parseRoleText('负责部门：市司法局、各区政府')).toEqual({ leads: [], supports: [], responsible: ['市司法局', '各区政府'] });
  });

  test('GIVEN X、Y分别牵头,Z参与 THEN both lead and Z supports', () => {
    expect(parseRoleText('市卫生健康委、市医保局分别牵头,市财政局参与')).toEqual({
      leads: ['市卫生健康委', '市医保局'],
      supports: ['市财政局'],
      responsible: [],
    });
  });

  test('GIVEN X会同Y负责 THEN X keeps the role and Y supports', () => {
    expect(parseRoleText('市水务局会同市生态环境局负责')).toEqual({ leads: [], supports: ['市生态环境局'], responsible: ['市水务局'] });
  });

  test.each(['含储备站址', '电源使用效率', '各区政府负责组织实施', 'SA', '日常工作由市发展改革委负责,各专项工作按照现有分工推进'])('GIVEN (%s) THEN not an assignment', (text) => {
    expect(parseRoleText(text)).toBeNull();
  });
});

describe('findAssignments', () => {
  test('GIVEN two bracketed assignments in one body THEN two, in order', () => {
    const body = '建设网络。加快建设。(牵头单位:市工业和信息化局,配合单位:各区政府)推进应用。(市商务局牵头)';
    expect(roles(body)).toEqual([
      { leads: ['市工业和信息化局'], supports: ['各区政府'], responsible: [] },
      { leads: ['市商务局'], supports: [], responsible: [] },
    ]);
  });

  test('GIVEN 【牵头单位】X【配合单位】Y after the text THEN one assignment', () => {
    expect(roles('推行一网通办。全程网办。【牵头单位】市政务服务数据管理局【配合单位】各区政府')).toEqual([
      { leads: ['市政务服务数据管理局'], supports: ['各区政府'], responsible: [] },
    ]);
  });

  test('GIVEN a sentence 由X指导，Y负责落实 THEN X leads and Y is responsible', () => {
    expect(roles('加强乡村治理。由县委组织部指导，县民政局负责落实。')).toEqual([{ leads: ['县委组织部'], supports: [], responsible: ['县民政局'] }]);
  });

  test('GIVEN a pathological body of 100,000 brackets THEN the 2,000 real assignments (its time: npm run bench, worst-case)', () => {
    const body = '('.repeat(50_000) + ')'.repeat(50_000) + '(市科技局牵头)'.repeat(2_000);
    expect(findAssignments(body).length).toBe(2_000);
  });
});

describe('assignments stage', () => {
  test('GIVEN 牵头单位 and 配合单位 lines, brackets and 【】 labels THEN each task gets its units', () => {
    const plan = fixture('labelled-lines.txt');
    expect(plan.tasks.map((t) => [t.id, t.leads, t.supports, t.responsible, t.clauses.length])).toEqual([
      ['1.1', ['市政务服务数据管理局'], ['市发展改革委', '市财政局'], [], 0],
      ['1.2', ['市政务服务数据管理局'], ['市公安局', '市场监管局'], [], 0],
      ['2.1', ['市政务服务数据管理局'], ['各区政府'], [], 0],
      ['2.2', [], [], ['各区政府', '市直各部门'], 0],
      ['s1', ['市政府办公厅'], [], [], 0],
      ['s2', [], [], [], 0],
    ]);
  });

  test('GIVEN 列第一位者为牵头单位 and 以下均需X落实 THEN first listed leads, rest support, X on every later task', () => {
    const plan = fixture('first-listed-leads.txt');
    expect(plan.tasks.map((t) => [t.id, t.leads, t.supports, t.responsible])).toEqual([
      ['1', ['县农业农村局'], ['县财政局', '县自然资源局'], ['各乡镇(街道)']],
      ['2', ['县住房城乡建设局'], ['县生态环境局'], ['各乡镇(街道)']],
      ['3', ['县农业农村局', '县商务局'], ['县市场监管局'], ['各乡镇(街道)']],
      ['4', ['县委组织部'], [], ['县民政局', '各乡镇(街道)']],
    ]);
  });

  test('GIVEN two bracketed assignments in a task THEN clauses with their text, task roles the union', () => {
    const plan = parsePlanText('某市行动计划\n一、重点任务\n1.完善网络。建设基站，扩大覆盖。(牵头单位:市通信管理局,配合单位:各区政府)推进室分建设。(牵头单位:各运营企业)\n2.推进应用。开展试点。', 'x.txt');
    const t = plan.tasks[0];
    expect(t.clauses).toEqual([
      { text: '建设基站，扩大覆盖', leads: ['市通信管理局'], supports: ['各区政府'], responsible: [] },
      { text: '推进室分建设', leads: ['各运营企业'], supports: [], responsible: [] },
    ]);
    expect([t.leads, t.supports]).toEqual([['市通信管理局', '各运营企业'], ['各区政府']]);
  });
});

describe('assignments, more styles', () => {
  test('GIVEN 责任单位：X(牵头)、Y、Z THEN X leads and Y, Z support', () => {
    expect(parseRoleText('责任单位：市发展改革委(牵头)、市财政局、市科技局')).toEqual({
      leads: ['市发展改革委'],
      supports: ['市财政局', '市科技局'],
      responsible: [],
    });
  });

  test('GIVEN a bracket 市商务局(牵头)、市公安局 THEN the marked unit leads', () => {
    expect(roles('发展夜间经济。(市商务局(牵头)、市公安局)')).toEqual([{ leads: ['市商务局'], supports: ['市公安局'], responsible: [] }]);
  });

  test('GIVEN 牵头单位要加强统筹 (a sentence, no colon) THEN no assignment', () => {
    expect(roles('各项任务牵头单位要加强统筹。\n牵头单位要加强统筹协调。')).toEqual([]);
  });
});

describe('conventions stated inside the outline', () => {
  test('GIVEN 以下均需X落实 in a part opening paragraph and in a task THEN it holds from there on only', () => {
    const text = ['某县工作方案', '一、基础工作', '1.摸清底数。开展调查。(县统计局牵头)', '二、重点工作', '以下各项任务均需各乡镇人民政府落实，不再列出。', '2.建设设施。加快建设。(县住房城乡建设局牵头)', '3.完善制度。健全机制。以下均需县司法局落实，不再列出。(县司法局牵头)', '4.加强宣传。广泛宣传。(县委宣传部牵头)'].join('\n');
    const plan = parsePlanText(text, 'conv.txt');
    expect(plan.tasks.map((t) => [t.id, t.leads, t.responsible])).toEqual([
      ['1', ['县统计局'], []],
      ['2', ['县住房城乡建设局'], ['各乡镇人民政府']],
      ['3', ['县司法局'], ['各乡镇人民政府']],
      ['4', ['县委宣传部'], ['各乡镇人民政府', '县司法局']],
    ]);
  });
});

describe('parseRoleText, wording variants', () => {
  test('GIVEN X为牵头单位，Y为配合单位 THEN leads X, supports Y', () => {
    expect(parseRoleText('市工信局为牵头单位，市财政局为配合单位')).toEqual({ leads: ['市工信局'], supports: ['市财政局'], responsible: [] });
  });

  test('GIVEN 责任主体：X THEN X is responsible', () => {
    expect(parseRoleText('责任主体：各镇人民政府')).toEqual({ leads: [], supports: [], responsible: ['各镇人民政府'] });
  });

  test('GIVEN a line break inside a bracket THEN the unit name is joined', () => {
    expect(roles('建设网络。(牵头单位：市工业和\n信息化局)')).toEqual([{ leads: ['市工业和信息化局'], supports: [], responsible: [] }]);
  });
});

describe('parseRoleText, other labels beside the roles', () => {
  test('GIVEN 责任单位：X；完成时限：2022年底 THEN the time limit is no unit', () => {
    expect(parseRoleText('责任单位：市发展改革委、市财政局；完成时限：2022年底')).toEqual({ leads: [], supports: [], responsible: ['市发展改革委', '市财政局'] });
  });

  test('GIVEN 牵头单位：X。完成时间：2021年 as a line THEN X leads', () => {
    expect(roles('推进改革。\n牵头单位：市司法局。完成时间：2021年6月')).toEqual([{ leads: ['市司法局'], supports: [], responsible: [] }]);
  });
});

describe('sentences that mention a unit without assigning', () => {
  test('GIVEN 日常工作由市发展改革委负责。 as a sentence THEN no unit named 日常工作由…', () => {
    expect(roles('建立联席会议制度。日常工作由市发展改革委负责。')).toEqual([]);
  });
});
