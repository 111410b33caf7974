import { describe, expect, test } from 'vitest';
import { readReply } from '../../../src/progress/reply/read-reply.ts';

describe('decide: sure, question, perTask', () => {
  test('GIVEN 目前完成60%左右 from a unit with tasks 3 and 4 THEN not sure, asks which task', () => {
    const r = readReply('目前完成60%左右', { week: '2022-W10', unitTasks: ['3', '4'] });
    expect(r).toMatchObject({ sure: false, percent: 60 });
    expect(r.question).toContain('任务3、任务4');
  });
  test('GIVEN the same from a unit with one task THEN sure', () => {
    expect(readReply('目前完成60%左右', { week: '2022-W10', unitTasks: ['3'] }).sure).toBe(true);
  });
  test.each(['收到，谢谢', '[图片]', '请问这周要报哪几个任务？'])('GIVEN %s THEN nothing read: not sure, status null', (t) => {
    const r = readReply(t, { week: '2022-W10' });
    expect([r.sure, r.status, r.question !== null]).toEqual([false, null, true]);
  });
  test('GIVEN 任务3 已完成主体工程 THEN not sure: a step alone', () => {
    expect(readReply('任务3 已完成主体工程', { week: '2022-W10' }).sure).toBe(false);
  });
  test('GIVEN 任务9 from a unit holding 3 and 4 THEN not sure, names the task', () => {
    expect(readReply('任务9 推进中', { week: '2022-W10', unitTasks: ['3', '4'] }).question).toContain('任务9');
  });
  test('GIVEN 任务1.2已完成；任务2.3完成过半 THEN perTask for each, no common status', () => {
    const r = readReply('任务1.2已完成；任务2.3完成过半，预计5月底完成', { week: '2022-W10' });
    expect(r.perTask).toEqual([{ task: '1.2', status: '已完成', percent: null }, { task: '2.3', status: '推进中', percent: 50 }]);
    expect(r.status).toBeNull();
    expect(r.expected).toBe('2022-05-31');
  });
  test('GIVEN 本周无新进展 from a unit with two tasks THEN sure (it stands for the unit)', () => {
    expect(readReply('本周无新进展', { week: '2022-W10', unitTasks: ['3', '4'] })).toMatchObject({ sure: true, noChange: true });
  });
});
