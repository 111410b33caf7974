// /duban digest [plan] [week]: build the weekly digest now (coordinators): text, Slack blocks,
// Discord embeds and the chart PNG. Default: every plan this channel follows, this week.
import { defineCommand } from '../src/core/command.ts';
import { named, restText } from './shared-options.ts';
import { digestsReply } from '../src/digest/reply.ts';
import { requestedDigests } from '../src/progress/digest-reply.ts';

export default defineCommand({
  ...named('digest', ['周报', '汇总'], '立即生成本周进度周报（协调人）', "Build this week's digest now (coordinators)"),
  coordinatorOnly: true,
  options: [
    restText('plan', ['规划', '计划'], '规划（默认本频道关注的全部）', 'Plan (default: all followed here)', { autocomplete: 'plan' }),
    { name: 'week', type: 'string', aliases: ['周'], description: { 'zh-CN': '周次，如 2022-W10（默认本周）', en: 'ISO week, e.g. 2022-W10 (default: this week)' } },
  ] as const,
  examples: ['/duban digest', '/duban digest week:2022-W10', '/duban 周报 广州市加快5G应用创新发展三年行动计划'],
  run({ args, event, store, clock, timezone }) {
    const digests = requestedDigests(store, { tenant: event.tenant, channel: event.channel, plan: args.plan, week: args.week, now: clock.now(), timezone });
    return digestsReply(digests);
  },
});
