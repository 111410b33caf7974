import { describe, expect, test } from 'vitest';
import { runStage } from './helpers.ts';

const clause = (text: string) => runStage('quantities', text).clauses[0];

describe('quantities', () => {
  test.each([
    ['任务７完成了一半', 50],
    ['任務2.3完成過半', 50],
    ['任务5完成三分之二', 67],
    ['完成约七成', 70],
    ['八成左右', 80],
    ['完成约六成五', 65],
    ['完成率80%', 80],
    ['已完成年度目标的60%', 60],
    ['进度在60%-80%之间', 60],
    ['已完成百分之六十', 60],
    ['完成度 90', 90],
    ['全市5G用户同比增长5%', null],
    ['覆盖率达到95%', null],
    ['目前完成九成，国庆前可以全部建成', 90],
  ])('GIVEN %s THEN percent %s', (text, want) => {
    expect(clause(text).percent).toBe(want);
  });
  test('GIVEN 执行率100% THEN 已完成; GIVEN 正在调试，进度100% THEN still 推进中 (a word says it goes on)', () => {
    expect(clause('任务3 执行率100%').status).toBe('已完成');
    expect(clause('任务3 正在调试，进度100%').status).toBe('推进中');
  });
  test('GIVEN 百分之八十五 / 百分之九十五点 THEN 85 / 95', () => {
    expect(clause('已完成百分之八十五').percent).toBe(85);
    expect(clause('进度百分之九十五').percent).toBe(95);
  });
  test('GIVEN 已完成60% THEN the figure settles the words: 推进中', () => {
    expect(clause('任务3 已完成60%').status).toBe('推进中');
  });
  test('GIVEN 任务7、任务8分别完成40%和20% THEN one figure per task, in order', () => {
    expect(clause('任务7、任务8分别完成40%和20%').respectivePercents).toEqual([40, 20]);
  });
  test('GIVEN 完成120% / 进度：-5% THEN a problem naming the figure', () => {
    expect(runStage('quantities', '完成120%')).toMatchObject({ problem: 'percent_over_100', problemDetail: '120%' });
    expect(runStage('quantities', '进度：-5%')).toMatchObject({ problem: 'percent_negative', problemDetail: '-5%' });
  });
});

describe('quantities: what is left (probe, issue 11)', () => {
  test.each([
    ['任务2剩余两成工作量', 80],
    ['还剩30%', 70],
    ['尚余约20%工作量', 80],
    ['任务3已完成年度计划的40%', 40],
    ['任务11 占年度计划的40%', 40],
  ])('GIVEN %s THEN percent %d', (text, want) => {
    expect(clause(text).percent).toBe(want);
  });
});
