// /duban unfollow <plan>: this channel stops following a plan (history is kept).
import { defineCommand } from '../src/core/command.ts';
import { named, planRestOption } from './shared-options.ts';
import { unfollow } from '../src/progress/follow.ts';

export default defineCommand({
  ...named('unfollow', ['取消关注'], '本频道取消关注一项规划', 'This channel stops following a plan'),
  // Following decides who is prompted every week in this channel: coordinators only (like schedule).
  coordinatorOnly: true,
  options: [planRestOption] as const,
  run({ args, event, store, clock }) {
    const { plan, removed } = unfollow(store, { tenant: event.tenant, channel: event.channel, plan: args.plan, now: clock.now() });
    return { text: removed ? `本频道已取消关注《${plan}》。已填报的进度仍保留。` : `本频道并未关注《${plan}》。` };
  },
});
