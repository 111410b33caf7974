import { describe, expect, test } from 'vitest';
import { splitUnits } from '../../src/ingest/units.ts';

describe('splitUnits', () => {
  test('GIVEN 市工业和信息化局、交通运输局 THEN two units with 市 spelled out', () => {
    expect(splitUnits('市工业和信息化局、交通运输局')).toEqual(['市工业和信息化局', '市交通运输局']);
  });

  test('GIVEN 县-run THEN the prefix is not invented (only 市 runs spread 市)', () => {
    expect(splitUnits('县农业农村局、县财政局')).toEqual(['县农业农村局', '县财政局']);
  });

  test('GIVEN a 市 run, a comma, then districts THEN 市 does not cross the comma', () => {
    expect(splitUnits('市发展改革委、科技局，越秀、海珠区政府')).toEqual(['市发展改革委', '市科技局', '越秀区政府', '海珠区政府']);
  });

  test('GIVEN 天河、番禺区人民政府 THEN the shared suffix goes on each place', () => {
    expect(splitUnits('天河、番禺区人民政府')).toEqual(['天河区人民政府', '番禺区人民政府']);
  });

  test('GIVEN 荔湾区、海珠区等相关区政府 THEN the tail names the kind: X区政府', () => {
    expect(splitUnits('荔湾区、海珠区等相关区政府')).toEqual(['荔湾区政府', '海珠区政府']);
  });

  test('GIVEN generic tails 等相关部门 / 等各相关单位 / 等部门 THEN they are dropped', () => {
    expect(splitUnits('市财政局、审计局等相关部门')).toEqual(['市财政局', '市审计局']);
    expect(splitUnits('市民政局等各相关单位')).toEqual(['市民政局']);
    expect(splitUnits('市公安局、市司法局等部门')).toEqual(['市公安局', '市司法局']);
  });

  test('GIVEN group names with a 、 or brackets of their own THEN each stays one unit', () => {
    expect(splitUnits('各市、县人民政府，各乡镇(街道)')).toEqual(['各市、县人民政府', '各乡镇(街道)']);
    expect(splitUnits('各区政府、各有关单位')).toEqual(['各区政府', '各有关单位']);
  });

  test('GIVEN 市委宣传部、网信办 THEN the party prefix 市委 is spelled out', () => {
    expect(splitUnits('市委宣传部、网信办、市教育局')).toEqual(['市委宣传部', '市委网信办', '市教育局']);
  });

  test('GIVEN companies inside a 市 run THEN they keep their names as written', () => {
    expect(splitUnits('市城市管理局、供电公司、铁塔公司')).toEqual(['市城市管理局', '供电公司', '铁塔公司']);
  });

  test('GIVEN 高等院校 and 中等职业学校 THEN 等 inside a name is not a tail', () => {
    expect(splitUnits('各高等院校、中等职业学校')).toEqual(['各高等院校', '中等职业学校']);
  });

  test('GIVEN separators ；, full-width and ASCII commas THEN all split, duplicates dropped', () => {
    expect(splitUnits('市科技局；市财政局,市科技局，省通信管理局')).toEqual(['市科技局', '市财政局', '省通信管理局']);
  });

  test('GIVEN a 50,000-unit list THEN 50,000 units (its time: npm run bench, worst-case)', () => {
    const list = Array.from({ length: 50_000 }, (_, i) => `第${i}局`).join('、');
    expect(splitUnits(list)).toHaveLength(50_000);
  });
});

describe('splitUnits, other levels', () => {
  test('GIVEN 县农业农村局、财政局 THEN the county prefix is spelled out too', () => {
    expect(splitUnits('县农业农村局、财政局、县委宣传部')).toEqual(['县农业农村局', '县财政局', '县委宣传部']);
  });

  test('GIVEN 县委组织部、编办 THEN 县委 goes on the party body', () => {
    expect(splitUnits('县委组织部、编办、人社局')).toEqual(['县委组织部', '县委编办', '县人社局']);
  });

  test('GIVEN an enterprise inside a 市 run THEN it keeps its own name', () => {
    expect(splitUnits('市发展改革委、广州供电局、省机场集团')).toEqual(['市发展改革委', '广州供电局', '省机场集团']);
  });
});

describe('splitUnits, conjunctions', () => {
  test('GIVEN 市发展改革委和市财政局 THEN two units; 工业和信息化局 stays whole', () => {
    expect(splitUnits('市发展改革委和市财政局')).toEqual(['市发展改革委', '市财政局']);
    expect(splitUnits('市住房和城乡建设局、人力资源和社会保障局')).toEqual(['市住房和城乡建设局', '市人力资源和社会保障局']);
    expect(splitUnits('各区政府及市直有关部门')).toEqual(['各区政府', '市直有关部门']);
  });
});

describe('splitUnits, places and levels', () => {
  test('GIVEN 越秀、海珠、白云区 THEN 区 goes on each', () => {
    expect(splitUnits('越秀、海珠、白云区')).toEqual(['越秀区', '海珠区', '白云区']);
  });

  test('GIVEN 省、市有关部门 and 各县(市、区)人民政府 THEN one group unit each', () => {
    expect(splitUnits('省、市有关部门，各县(市、区)人民政府')).toEqual(['省、市有关部门', '各县(市、区)人民政府']);
  });
});
