import { describe, expect, test } from 'vitest';
import { runStage } from './helpers.ts';
import { readReply } from '../../../src/progress/reply/read-reply.ts';

const statusOf = (text: string) => runStage('status', text).clauses[0].status;

describe('status (words only; figures settle it in quantities)', () => {
  test.each([
    ['任务3已完成。', '已完成'],
    ['任務4已竣工，5G專網已建成投用。', '已完成'],
    ['任务5全部完工', '已完成'],
    ['任务3已完成招标，施工单位下周进场', '推进中'],
    ['完成了主体工程，正在进行设备调试', '推进中'],
    ['数据中心项目选址以完成，正在办理用地手续', '推进中'],
    ['任务8还没完成，还差最后两个站点', '推进中'],
    ['任务3基本完成', '推进中'],
    ['任务12力争年底前全部完成', null],
    ['任务1.2 尚未启动。', '未开始'],
    ['任务12受疫情影响滞后', '滞后'],
    ['任务6 未能按期完成', '滞后'],
    ['任务3因资金未到位暂停施工', '受阻'],
    ['任务2.3卡在规划审批', '受阻'],
    ['任务3 有序推进，无滞后', '推进中'],
    ['Task 1 done', '已完成'],
    // chat completion verbs, and their negation
    ['任务4 昨天干完了', '已完成'],
    ['任务4 这周办完了', '已完成'],
    ['任务4 还没搞定', '推进中'],
    ['任务4 弄好了', '已完成'],
    ['任务4 事项已办理完毕', '已完成'],
    ['任务4 整改措施已全部落实到位', '推进中'],
    ['任务4 年度目标任务已完成', '已完成'],
    ['任务4 还在弄', '推进中'],
    ['任务4 达到序时进度', '推进中'],
    // 督办 words for behind the schedule
    ['任务2 低于序时进度', '滞后'],
    ['任务2 欠进度，正在追赶', '滞后'],
    ['任務2 工程進度落後', '滞后'],
    ['任务2 没能按计划推进', '滞后'],
    ['任务2 未落后于计划', null],
  ])('GIVEN %s THEN %s', (text, want) => {
    expect(statusOf(text)).toBe(want);
  });
  test('GIVEN a finished step and nothing else THEN 推进中 resting on the step alone', () => {
    const c = runStage('status', '任务3 已完成主体工程').clauses[0];
    expect([c.status, c.stepDone, c.onlyStep]).toEqual(['推进中', true, true]);
  });
});

describe('status: a finished task put to use, and a figure after the verb (probe, issue 11)', () => {
  test.each([
    ['任务1 已全部完成并通过验收', '已完成'],
    ['任务2 验收合格', '已完成'],
    ['任务5项目已投入运行', '已完成'],
    ['任务6 系统已上线运行', '已完成'],
    ['任务7 平台已正式运行', '已完成'],
  ])('GIVEN %s THEN %s', (text, want) => {
    expect(statusOf(text)).toBe(want);
  });
  test('GIVEN 已累计建成基站1,200个 THEN a figure to date: 推进中, not a finished step to ask about', () => {
    const c = runStage('status', '任务6已累计建成基站1,200个').clauses[0];
    expect([c.status, c.onlyStep]).toEqual(['推进中', false]);
  });
  test('GIVEN 计划月底前投入运行 / 尚未通过验收 THEN not 已完成', () => {
    expect(statusOf('任务5 计划月底前投入运行')).not.toBe('已完成');
    expect(statusOf('任务5 尚未通过验收')).not.toBe('已完成');
  });
});

// A listed task's bare number before the verb is the task, not a step's object: 任务s1、s2均已完成
// read as 推进中 (s2 looked like a two-character subject).
describe('status: listed tasks finished together', () => {
  test.each(['任务s1、s2均已完成', '任务1.2、2.3均已完成', '任务3、4均已完成'])('GIVEN %s THEN every task 已完成', (text) => {
    const r = readReply(text, { week: '2024-W15' });
    expect(r.perTask.map((t) => t.status)).toEqual(['已完成', '已完成']);
  });
  test('GIVEN a length before the verb (道路2.3公里已完成) THEN still not the whole task', () => {
    expect(readReply('任务3 道路2.3公里已完成', { week: '2024-W15' }).status).not.toBe('已完成');
  });
});
