// /duban target [year] [plan] [metric]: the targets a plan sets for a year.
import { defineCommand } from '../src/core/command.ts';
import { named, restText, planOption } from './shared-options.ts';
import { answerReply } from './lib/answer.ts';

export default defineCommand({
  ...named('target', ['目标'], '查询某年的目标指标', 'Targets for a year'),
  options: [
    restText('metric', ['指标'], '指标，如 5G基站', 'Metric, e.g. 5G基站'),
    { name: 'year', type: 'integer', minValue: 2000, maxValue: 2100, aliases: ['年份', '年'], description: { 'zh-CN': '年份，如 2022', en: 'Year, e.g. 2022' } },
    planOption(),
  ] as const,
  examples: ['/duban target year:2022', '/duban target 5G基站 year:2023'],
  run(ctx) {
    const { year, plan, metric } = ctx.args;
    // 到2023年5G基站要建多少 / 2022年的目标是什么: the two shapes issue 3 names.
    const where = plan ? `《${plan}》` : '';
    const q = metric
      ? `${where}${year ? `到${year}年` : ''}${metric}的目标是多少？`
      : `${where}${year ? `${year}年` : ''}的目标是什么？`;
    return answerReply(ctx, q, { intent: 'target', plan, year });
  },
});
