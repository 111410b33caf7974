import { describe, expect, test } from 'vitest';
import { planJurisdiction, qualifiedUnitName, unitJurisdiction, unitLabel } from '../../src/text/jurisdiction.ts';
import { unitAliases } from '../../src/text/unit-directory.ts';

describe('planJurisdiction', () => {
  test('GIVEN issuers that name a place THEN the first one', () => {
    expect(planJurisdiction({ title: 'x', issuers: ['开封市人民政府'] })).toBe('开封市');
    expect(planJurisdiction({ title: 'x', issuers: ['中共广州市委办公厅', '广州市人民政府办公厅'] })).toBe('广州市');
    expect(planJurisdiction({ title: '关于印发x的通知', issuers: ['廣東省人民政府'] })).toBe('广东省');
  });
  test('GIVEN no place in the issuers THEN the title’s; none THEN national', () => {
    expect(planJurisdiction({ title: '关于印发兰考县数字经济发展行动方案的通知', issuers: [] })).toBe('兰考县');
    expect(planJurisdiction({ title: '5G应用“扬帆”行动计划', issuers: ['工业和信息化部', '教育部'] })).toBe('');
    expect(planJurisdiction({ title: '市场监管重点工作', issuers: ['市市场监督管理局'] })).toBe('');
  });
});

describe('unitJurisdiction', () => {
  test('GIVEN 市… in a 开封市 plan THEN 开封市; a named city THEN its own; a ministry THEN national', () => {
    expect(unitJurisdiction('市工业和信息化局', '开封市')).toBe('开封市');
    expect(unitJurisdiction('白云区政府', '广州市')).toBe('广州市');
    expect(unitJurisdiction('广州市工业和信息化局', '开封市')).toBe('广州市');
    expect(unitJurisdiction('工业和信息化部', '广州市')).toBe('');
    expect(unitJurisdiction('工业和信息化部电子第五研究所', '广州市')).toBe('');
    expect(unitJurisdiction('国家发展和改革委员会', '广州市')).toBe('');
    expect(unitJurisdiction('市委宣传部', '广州市')).toBe('广州市');
    expect(unitJurisdiction('各有关部门', '广州市')).toBe('广州市');
    expect(unitJurisdiction('宣传部', '广州市')).toBe('广州市');
    expect(unitJurisdiction('财政部', '广州市')).toBe('');
  });
  test('GIVEN a label THEN the place only where the name does not say it', () => {
    expect(unitLabel('市工业和信息化局', '开封市')).toBe('市工业和信息化局（开封市）');
    expect(unitLabel('开封市人民政府', '开封市')).toBe('开封市人民政府');
    expect(unitLabel('工业和信息化部', '')).toBe('工业和信息化部');
  });
  test('GIVEN a place THEN aliases that name it: 开封市工信局', () => {
    expect(unitAliases('市工业和信息化局', '开封市')).toEqual(expect.arrayContaining(['开封市工信局', '开封市工业和信息化局', '市工信局']));
    expect(unitAliases('市工业和信息化局')).not.toContain('开封市工信局');
    expect(unitAliases('市工业和信息化局', '开封市')).toContain(qualifiedUnitName('市工业和信息化局', '开封市'));
    expect(qualifiedUnitName('市场监管局', '开封市')).toBe('开封市市场监管局');
  });
});
