// /duban thresholds yellow:10 red:30 [plan:…]: the points behind 序时进度 at which this channel's
// plans turn yellow and red (issue 15); with no value, shows them.
import { defineCommand } from '../src/core/command.ts';
import { describeThresholds, setThresholds } from '../src/progress/thresholds.ts';

export default defineCommand({
  name: 'thresholds',
  aliases: ['阈值', '亮灯标准'],
  description: { 'zh-CN': '设置序时进度亮灯阈值（落后多少个百分点黄灯、红灯）', en: 'Set how far behind schedule turns a task yellow or red' },
  coordinatorOnly: true,
  options: [
    { name: 'yellow', type: 'number', aliases: ['黄灯', '黄'], minValue: 0, maxValue: 100, description: { 'zh-CN': '黄灯：落后序时进度的百分点（默认 10）', en: 'Yellow from this many points behind (default 10)' } },
    { name: 'red', type: 'number', aliases: ['红灯', '红'], minValue: 0, maxValue: 100, description: { 'zh-CN': '红灯：落后超过的百分点（默认 30）', en: 'Red beyond this many points behind (default 30)' } },
    { name: 'plan', type: 'string', autocomplete: 'plan', aliases: ['规划', '计划'], description: { 'zh-CN': '只改这项规划', en: 'Only this plan' } },
  ] as const,
  examples: ['/duban thresholds yellow:10 red:30', '/duban thresholds 黄灯:5 红灯:20 plan:广州5G应用'],
  run({ args, event, store, clock }) {
    const changing = args.yellow !== undefined || args.red !== undefined;
    const result = setThresholds(store, { tenant: event.tenant, channel: event.channel, plan: args.plan, yellow: args.yellow, red: args.red, by: event.user, now: clock.now() });
    const lines = result.map((r) => `• ${r.plan}：${describeThresholds(r.thresholds)}`);
    return { text: [changing ? '已更新亮灯阈值：' : '当前亮灯阈值：', ...lines].join('\n') };
  },
});
