// The unit directory's general rules: abbreviations, 市 and city prefixes, 委员会/委, 和, 管理局/局.
import { describe, expect, test } from 'vitest';
import { unitAliases, unitKey, unitSpans } from '../../src/text/unit-directory.ts';

const SAME: Array<[string, string]> = [
  ['市工信局', '市工业和信息化局'],
  ['工信局', '广州市工业和信息化局'],
  ['市卫健委', '市卫生健康委'],
  ['市卫健委', '市卫生健康委员会'],
  ['市衛健委', '市卫生健康委'],
  ['市发改委', '市发展改革委'],
  ['市发改委', '市发展和改革委员会'],
  ['市住建局', '市住房城乡建设局'],
  ['市住建局', '市住房和城乡建设局'],
  ['市政数局', '市政务服务数据管理局'],
  ['网信办', '市委网信办'],
  ['市应急局', '市应急管理局'],
  ['市市场监管局', '市场监管局'],
  ['市场监督管理局', '市场监管局'],
  ['白云区人民政府', '白云区政府'],
  ['市人社局', '市人力资源和社会保障局'],
  ['市文旅局', '市文化广电旅游局'],
  ['市城管局', '市城市管理局'], // 市城 + 市 is no city prefix
  ['开封市城市管理局', '市城市管理局'],
];

describe('unitKey', () => {
  for (const [a, b] of SAME) test(`GIVEN ${a} and ${b} THEN one key`, () => expect(unitKey(a)).toBe(unitKey(b)));

  test('GIVEN different bureaus THEN different keys', () => {
    expect(unitKey('市教育局')).not.toBe(unitKey('市教育体育局'));
    expect(unitKey('市公安局')).not.toBe(unitKey('市财政局'));
    expect(unitKey('开封市人民政府')).not.toBe(unitKey('广州市人民政府'));
    expect(unitKey('市城市管理局')).not.toBe(unitKey('市财政局'));
  });

  test('GIVEN a district government or a carrier branch THEN the short names people use', () => {
    expect(unitAliases('白云区人民政府')).toContain('白云区');
    expect(unitAliases('中国移动广州分公司')).toEqual(expect.arrayContaining(['广州移动', '中国移动']));
    expect(unitAliases('中国铁塔广州市分公司')).toContain('广州铁塔');
  });

  test('GIVEN 市工业和信息化局 THEN aliases with and without 市, and 工信局', () => {
    expect(unitAliases('市工业和信息化局')).toEqual(expect.arrayContaining(['市工业和信息化局', '工业和信息化局', '市工信局', '工信局', '市工業和信息化局']));
  });
});

describe('unitSpans', () => {
  test('GIVEN a name whose lazy match stops early (…区 + 管委 + 会) THEN the whole name is a span', () => {
    expect(unitSpans('广州空港经济区管委会负责什么工作')).toContain('广州空港经济区管委会');
    expect(unitSpans('请问市工信局牵头哪些')).toEqual(expect.arrayContaining(['市工信局', '工信局']));
  });
});
