// /duban deadlines [period] [plan]: tasks due in a period (下个月到期的任务).
import { defineCommand } from '../src/core/command.ts';
import { answerReply } from './lib/answer.ts';

export default defineCommand({
  name: 'deadlines',
  aliases: ['到期', '截止', '期限'],
  description: { 'zh-CN': '查询即将到期的任务', en: 'Tasks with deadlines in a period' },
  options: [
    {
      name: 'period',
      type: 'string',
      rest: true,
      aliases: ['时间', '期间'],
      description: { 'zh-CN': '时间段，如 下个月、本季度、2022年10月（默认 未来30天）', en: 'Period, e.g. 下个月, 2022年10月 (default: next 30 days)' },
    },
    { name: 'plan', type: 'string', autocomplete: 'plan', aliases: ['规划', '计划'], description: { 'zh-CN': '限定规划', en: 'Limit to a plan' } },
  ] as const,
  examples: ['/duban deadlines 下个月', '/duban deadlines 2022年10月'],
  run(ctx) {
    const where = ctx.args.plan ? `《${ctx.args.plan}》` : '';
    return answerReply(ctx, `${where}${ctx.args.period ?? '未来30天'}到期的任务有哪些？`, { intent: 'deadline', plan: ctx.args.plan });
  },
});
