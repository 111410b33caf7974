// /duban follow <plan>: this channel follows a plan (weekly prompt, reminder, digest here).
import { defineCommand } from '../src/core/command.ts';
import { named, planRestOption } from './shared-options.ts';
import { describeSchedule, follow, followedPlans } from '../src/progress/follow.ts';

export default defineCommand({
  ...named('follow', ['关注'], '本频道关注一项规划（每周征询进度并发布周报）', 'This channel follows a plan (weekly prompt and digest)'),
  // Following decides who is prompted every week in this channel: coordinators only (like schedule).
  coordinatorOnly: true,
  options: [planRestOption] as const,
  examples: ['/duban follow 广州市加快5G应用创新发展三年行动计划'],
  run({ args, event, store, clock, timezone }) {
    const { plan, planId, created } = follow(store, { tenant: event.tenant, channel: event.channel, plan: args.plan, timezone, platform: event.platform, now: clock.now() });
    const row = followedPlans(store, event.tenant, event.channel).find((f) => f.planId === planId);
    const when = row ? describeSchedule(row) : '';
    return { text: `${created ? '本频道已关注' : '本频道早已关注'}《${plan}》。${when ? `时间表：${when}。` : ''}用 /duban schedule 调整时间。` };
  },
});
