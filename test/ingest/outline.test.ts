import { describe, expect, test } from 'vitest';
import { readCases } from '../support/cases.ts';
import { classifyLine, cnNumber, outline } from '../../src/ingest/outline.ts';
import { emptyDoc } from '../../src/ingest/pipeline.ts';
import { toSimplified } from '../../src/ingest/to-simplified.ts';
import type { OutlineNode } from '../../src/ingest/doc.ts';

const heading = (text: string) => classifyLine(text, text, 0).heading;
const shape = (n: OutlineNode): unknown =>
  n.block.heading ? [n.block.heading.label, ...n.children.map(shape)] : n.children.map(shape);
// [line, level, number, rest]: the heading table is data (test/fixtures/ingest/cases).
const HEADING_LINES = readCases<[string, string, number, string]>('outline-headings.json');
const outlineOf = (text: string) => outline(toSimplified(emptyDoc(text)));

describe('classifyLine', () => {
  test.each(HEADING_LINES)('GIVEN %s THEN a %s heading numbered %i', (text, level, number, rest) => {
    expect(heading(text)).toMatchObject({ level, number, rest });
  });

  test('GIVEN 1.5亿元用于补贴 THEN only a tentative item (the tree decides by the numbering)', () => {
    expect(heading('1.5亿元用于补贴')).toMatchObject({ level: 'item', number: 1, tentative: true });
  });

  test.each(['2021年，建成基站', '(2021-2023年)', '附件中的表格列出了各项任务和它们的牵头单位以及配合单位，请各单位对照落实并按时报送进度情况。'])(
    'GIVEN %s THEN no heading',
    (text) => {
      expect(heading(text)).toBeNull();
    },
  );

  test('GIVEN Chinese numerals THEN cnNumber reads them', () => {
    expect([cnNumber('一'), cnNumber('十'), cnNumber('十一'), cnNumber('二十'), cnNumber('二十三')]).toEqual([1, 10, 11, 20, 23]);
  });
});

describe('outline', () => {
  test('GIVEN 一、 > (一) > 1. > (1) THEN they nest in that order', () => {
    const doc = outlineOf('一、任务\n(一)网络\n1.基站\n(1)选址\n(2)建设\n2.光网\n(二)应用\n二、保障');
    expect(shape(doc.outline[0])).toEqual([['一、', ['(一)', ['1.', ['(1)'], ['(2)']], ['2.']], ['(二)']], ['二、']]);
  });

  test('GIVEN (一)(二) then (一) again under the same part THEN the restarted run leaves that part', () => {
    const doc = outlineOf('二、发展目标\n(一)总体目标\n(二)年度目标\n(一)实施强网工程\n1.完善网络\n(二)实施赋能工程\n2.赋能制造');
    expect(shape(doc.outline[0])).toEqual([['二、', ['(一)'], ['(二)']], ['(一)', ['1.']], ['(二)', ['2.']]]);
  });

  test('GIVEN a 专栏 box after item 3 THEN it sits in the section and ends at the next heading', () => {
    const doc = outlineOf('(一)标准\n1.甲\n2.乙\n专栏1：重点工程\n工程内容。\n(二)产业\n3.丙');
    expect(shape(doc.outline[0])).toEqual([['(一)', ['1.'], ['2.'], ['专栏1：']], ['(二)', ['3.']]]);
    const column = doc.outline[0].children[0].children[2];
    expect(column.paragraphs.map((p) => p.text)).toEqual(['工程内容。']);
  });

  test('GIVEN an 附件 line THEN everything after it is the annex, apart from the main outline', () => {
    const doc = outlineOf('一、任务\n1.甲\n附件\n一、分工\n(一)甲');
    expect(shape(doc.outline[0])).toEqual([['一、', ['1.']]]);
    expect(shape(doc.annex[0])).toEqual([['一、', ['(一)']]]);
  });

  test('GIVEN 50,000 numbered lines THEN an outline is built (its time: npm run bench, worst-case)', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `${(i % 99) + 1}.第${i}项工作。内容。`).join('\n');
    expect(outlineOf(text)).toBeTruthy();
  });
});

describe('outline, harder layouts', () => {
  test('GIVEN 1.5G… where item 1 is expected and 1.5亿元… where it is not THEN only the first is an item', () => {
    const doc = outlineOf('一、任务\n1.5G网络建设。加快。\n2.工业互联网。推进。\n1.5亿元用于奖补。\n3.智慧城市。建设。');
    expect(shape(doc.outline[0])).toEqual([['一、', ['1.'], ['2.'], ['3.']]]);
    expect(doc.outline[0].children[0].children[1].paragraphs.map((p) => p.text)).toEqual(['1.5亿元用于奖补。']);
  });

  test('GIVEN items numbered afresh inside a 专栏 box THEN they are the box content and the next item continues the section', () => {
    const doc = outlineOf('(一)网络\n1.基站。\n2.光网。\n专栏1 重点工程\n1.基站工程。\n2.光网工程。\n3.算力。');
    expect(shape(doc.outline[0])).toEqual([['(一)', ['1.'], ['2.'], ['专栏1'], ['3.']]]);
    expect(doc.outline[0].children[0].children[2].paragraphs).toHaveLength(2);
  });

  test('GIVEN 附件 announcing the plan before its headings THEN it is not the annex', () => {
    const doc = outlineOf('关于印发某某行动计划的通知\n附件：某某行动计划\n某某行动计划\n一、任务\n1.甲。\n2.乙。');
    expect(doc.annexStart).toBe(-1);
    expect(shape(doc.outline[0])).toEqual([['一、', ['1.'], ['2.']]]);
  });
});

describe('classifyLine, 1) style', () => {
  test('GIVEN 1）推进试点 THEN a sub heading numbered 1', () => {
    expect(heading('1）推进试点')).toMatchObject({ level: 'sub', number: 1, rest: '推进试点' });
  });
});

describe('classifyLine, annex variants', () => {
  test.each(['附件 重点任务分工表', '附表2：任务清单', '附 件'])('GIVEN %s THEN an annex heading', (text) => {
    expect(heading(text)?.level).toBe('annex');
  });

  test('GIVEN 附件中的表格… (a sentence) THEN no annex heading', () => {
    expect(heading('附件中的表格请各单位填写')).toBeNull();
  });
});
