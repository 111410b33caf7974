import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlanText } from '../../src/ingest/pipeline.ts';
import { titleKey } from '../../src/ingest/annex.ts';

const units = (text: string) => parsePlanText(text, 'plan.txt').tasks.map((t) => [t.id, t.title, t.leads, t.supports, t.responsible]);

describe('annex', () => {
  test('GIVEN a tab-separated 分工表 (牵头单位, 配合单位 columns) THEN the units land on the tasks by title', () => {
    const text = readFileSync(new URL('../fixtures/ingest/annex-table.txt', import.meta.url), 'utf8');
    expect(units(text)).toEqual([
      ['1', '加快5G基站建设', ['市工业和信息化局'], ['市住房城乡建设局', '市城市管理局'], []],
      ['2', '推动工业互联网发展，打造一批标杆工厂', ['市工业和信息化局', '市科技局'], ['各区政府'], []],
      ['3', '推进智慧医疗', ['市卫生健康委'], [], []],
    ]);
  });

  test('GIVEN annex lines at another numbering level with 责任单位 THEN responsible units, and annex headings are no tasks', () => {
    const text = [
      '某县数字乡村建设行动方案',
      '一、重点任务',
      '(一)夯实基础',
      '1.推进农村光网改造。提升带宽。',
      '2.建设益农信息社。覆盖行政村。',
      '(二)发展产业',
      '1.发展农村电商，培育网店1000家。',
      '附件：重点任务责任分工',
      '一、夯实基础',
      '(一)推进农村光网改造',
      '责任单位：县工信局、县农业农村局，各乡镇人民政府',
      '(二)建设益农信息社',
      '责任单位：县农业农村局',
      '二、发展产业',
      '(一)发展农村电商',
      '责任单位：县商务局',
    ].join('\n');
    expect(units(text)).toEqual([
      ['1.1', '推进农村光网改造', [], [], ['县工信局', '县农业农村局', '各乡镇人民政府']],
      ['1.2', '建设益农信息社', [], [], ['县农业农村局']],
      ['2.1', '发展农村电商，培育网店1000家', [], [], ['县商务局']],
    ]);
  });

  test('GIVEN an annex row matching no task THEN it is ignored, never a new task', () => {
    const text = '某市计划\n一、任务\n1.建设基站。加快。\n附件\n(一)另一项工作\n责任单位：市财政局';
    expect(units(text)).toEqual([['1', '建设基站', [], [], []]]);
  });

  test('GIVEN titles with numbering, quotes and punctuation THEN titleKey compares them bare', () => {
    expect(titleKey('(三)推进“5G+智慧医疗”')).toBe(titleKey('3.推进5G+智慧医疗。'));
  });
});

describe('annex, rows by number', () => {
  test('GIVEN a paraphrased row whose 序号 is a task id THEN it lands on that task', () => {
    const text = '某市计划\n一、任务\n(一)网络\n1.建设基站。加快。\n2.建设光网。推进。\n附件\n序号\t任务内容\t牵头单位\n2\t千兆光纤网络全面覆盖\t市通信管理局';
    expect(units(text)).toEqual([
      ['1', '建设基站', [], [], []],
      ['2', '建设光网', ['市通信管理局'], [], []],
    ]);
  });
});
