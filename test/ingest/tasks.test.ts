import { describe, expect, test } from 'vitest';
import { emptyDoc } from '../../src/ingest/pipeline.ts';
import { toSimplified } from '../../src/ingest/to-simplified.ts';
import { outline } from '../../src/ingest/outline.ts';
import { tasks, firstSentence } from '../../src/ingest/tasks.ts';

const tasksOf = (text: string) => tasks(outline(toSimplified(emptyDoc(text)))).tasks;
const brief = (text: string) => tasksOf(text).map((t) => [t.id, t.kind, t.title]);

describe('tasks', () => {
  test('GIVEN 指导思想, 基本原则 and 发展目标 sections THEN their numbered paragraphs are not tasks', () => {
    const text = ['一、总体要求', '(一)指导思想', '以新发展理念为指导。', '(二)发展目标', '1.到2025年，建成基站1万个。', '二、重点任务', '1.建设基站。全面推进。', '2.推进应用。开展试点。'].join('\n');
    expect(brief(text)).toEqual([
      ['1', 'task', '建设基站'],
      ['2', 'task', '推进应用'],
    ]);
  });

  test('GIVEN items restarting at 1 under each section THEN ids are dotted section.item paths', () => {
    const text = '二、重点任务\n(一)网络\n1.建基站。\n2.建光网。\n(二)应用\n1.推工业。';
    expect(tasksOf(text).map((t) => [t.id, t.path])).toEqual([
      ['1.1', ['二、重点任务', '(一)网络']],
      ['1.2', ['二、重点任务', '(一)网络']],
      ['2.1', ['二、重点任务', '(二)应用']],
    ]);
  });

  test('GIVEN (一)(二) headings with bodies and no numbered children THEN those headings are the tasks', () => {
    const text = '一、主要任务\n（一）推进政务上云。全面推进。\n（二）加强数据治理\n建立目录。\n二、实施步骤\n（一）动员部署阶段。2021年3月底前完成。';
    expect(brief(text)).toEqual([
      ['1.1', 'task', '推进政务上云'],
      ['1.2', 'task', '加强数据治理'],
      ['2.1', 'task', '动员部署阶段'],
    ]);
  });

  test('GIVEN 专栏 boxes and 五、保障措施 THEN kinds column and safeguard with ids c1, s1', () => {
    const text = '二、任务\n(一)标准\n1.制定标准。内容。\n专栏1：标准推广工程\n推广标准。\n三、组织实施\n(一)加强组织领导。成立领导小组。\n(二)强化督查。定期通报。';
    expect(tasksOf(text).map((t) => [t.id, t.kind, t.title, t.path])).toEqual([
      ['1', 'task', '制定标准', ['二、任务', '(一)标准']],
      ['c1', 'column', '标准推广工程', ['二、任务', '(一)标准']],
      ['s1', 'safeguard', '加强组织领导', ['三、组织实施']],
      ['s2', 'safeguard', '强化督查', ['三、组织实施']],
    ]);
  });

  test('GIVEN a task over several lines THEN body holds them all and original keeps the Traditional text', () => {
    const [t] = tasksOf('一、任務\n1.建設基站。加快推進。\n到2022年建成1萬個。');
    expect(t.title).toBe('建设基站');
    expect(t.body).toBe('建设基站。加快推进。\n到2022年建成1万个。');
    expect(t.original).toBe('1.建設基站。加快推進。\n到2022年建成1萬個。');
  });

  test('GIVEN a bracketed assignment before the first 。 THEN it is not part of the title', () => {
    expect(brief('一、任务\n1.提升服务水平(牵头单位:市政务服务数据管理局)。加快建设。')[0][2]).toBe('提升服务水平');
  });

  test('GIVEN a run-on first sentence THEN the title is the whole first sentence', () => {
    expect(firstSentence('编制下达全国土地利用计划时，统筹安排用地。其他')).toBe('编制下达全国土地利用计划时，统筹安排用地');
  });
});

describe('tasks, other layouts', () => {
  test('GIVEN a notice numbered only 一、二、 with bodies THEN those parts are the tasks', () => {
    expect(brief('关于做好防汛工作的通知\n一、加强组织领导。成立指挥部。\n二、做好隐患排查。全面排查。')).toEqual([
      ['1', 'task', '加强组织领导'],
      ['2', 'task', '做好隐患排查'],
    ]);
  });

  test('GIVEN question headings (a Q&A) THEN no tasks', () => {
    expect(brief('一、出台背景是什么？\n为了推进发展。\n二、主要内容有哪些?\n包括五个方面。')).toEqual([]);
  });

  test('GIVEN 1.建设基站：加快… THEN the short lead-in before the colon is the title', () => {
    expect(brief('一、任务\n1.建设基站：加快推进基站建设。全面覆盖。')[0][2]).toBe('建设基站');
  });
});

describe('tasks from a plan written as a table', () => {
  test('GIVEN 序号/重点任务/牵头单位/配合单位/完成时限 rows and no numbered paragraphs THEN each row is a task with its units', async () => {
    const { readFileSync } = await import('node:fs');
    const { parsePlanText } = await import('../../src/ingest/pipeline.ts');
    const plan = parsePlanText(readFileSync(new URL('../fixtures/ingest/plan-as-table.txt', import.meta.url), 'utf8'), 'table.txt');
    expect(plan.tasks.map((t) => [t.id, t.title, t.leads, t.supports, t.deadlines.map((d) => d.date)])).toEqual([
      ['1', '推进老旧小区改造，完成改造50个', ['区住房城乡建设局'], ['各街道办事处'], ['2022-12-31']],
      ['2', '建设智慧社区', ['区民政局'], ['区政务服务数据管理局', '区财政局'], ['2022-06-30']],
    ]);
  });
});

describe('tasks in the attachment', () => {
  test('GIVEN a notice whose numbered work items are all in 附件 THEN those items are the tasks', async () => {
    const { parsePlanText } = await import('../../src/ingest/pipeline.ts');
    const text = [
      '关于印发2022年数字经济工作要点的通知',
      '一、提高认识。各单位要高度重视。',
      '二、加强协调。建立工作机制。',
      '三、抓好落实。按时报送进展。',
      '附件：2022年数字经济工作要点',
      '(一)数字基础设施',
      '1.新建5G基站3000个。(市工业和信息化局牵头)',
      '2.推进千兆光网进小区。(市通信管理办公室牵头)',
    ].join('\n');
    const plan = parsePlanText(text, 'notice.txt');
    expect(plan.tasks.map((t) => [t.id, t.title, t.leads])).toEqual([
      ['1', '新建5G基站3000个', ['市工业和信息化局']],
      ['2', '推进千兆光网进小区', ['市通信管理办公室']],
    ]);
  });
});
