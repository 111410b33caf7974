// /duban deadlines [period] [plan]: tasks due in a period (下个月到期的任务).
import { defineCommand } from '../src/core/command.ts';
import { named, restText, planOption } from './shared-options.ts';
import { answerReply } from './lib/answer.ts';

export default defineCommand({
  ...named('deadlines', ['到期', '截止', '期限'], '查询即将到期的任务', 'Tasks with deadlines in a period'),
  options: [
    restText('period', ['时间', '期间'], '时间段，如 下个月、本季度、2022年10月（默认 未来30天）', 'Period, e.g. 下个月, 2022年10月 (default: next 30 days)'),
    planOption(),
  ] as const,
  examples: ['/duban deadlines 下个月', '/duban deadlines 2022年10月'],
  run(ctx) {
    const where = ctx.args.plan ? `《${ctx.args.plan}》` : '';
    return answerReply(ctx, `${where}${ctx.args.period ?? '未来30天'}到期的任务有哪些？`, { intent: 'deadline', plan: ctx.args.plan });
  },
});
