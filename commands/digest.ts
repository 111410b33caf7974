// /duban digest [plan] [week]: build the weekly digest now (coordinators): text, Slack blocks,
// Discord embeds and the chart PNG. Default: every plan this channel follows, this week.
import { defineCommand } from '../src/core/command.ts';
import { DubanError } from '../src/core/errors.ts';
import type { Reply } from '../src/core/reply.ts';
import { digestReply } from '../src/progress/post-content.ts';
import { buildDigest } from '../src/digest/build.ts';
import { followedPlans } from '../src/progress/follow.ts';
import { resolvePlan } from '../src/progress/resolve.ts';
import { isoWeekOf, isValidWeek } from '../src/core/week.ts';

export default defineCommand({
  name: 'digest',
  aliases: ['周报', '汇总'],
  description: { 'zh-CN': '立即生成本周进度周报（协调人）', en: "Build this week's digest now (coordinators)" },
  coordinatorOnly: true,
  options: [
    { name: 'plan', type: 'string', rest: true, autocomplete: 'plan', aliases: ['规划', '计划'], description: { 'zh-CN': '规划（默认本频道关注的全部）', en: 'Plan (default: all followed here)' } },
    { name: 'week', type: 'string', aliases: ['周'], description: { 'zh-CN': '周次，如 2022-W10（默认本周）', en: 'ISO week, e.g. 2022-W10 (default: this week)' } },
  ] as const,
  examples: ['/duban digest', '/duban digest week:2022-W10', '/duban 周报 广州市加快5G应用创新发展三年行动计划'],
  run({ args, event, store, clock, timezone }) {
    const follows = followedPlans(store, event.tenant, event.channel);
    const plans = args.plan
      ? [{ planId: resolvePlan(store, args.plan).id, timezone: follows.find((f) => f.planId === resolvePlan(store, args.plan!).id)?.timezone ?? timezone }]
      : follows.map((f) => ({ planId: f.planId, timezone: f.timezone }));
    if (!plans.length) throw new DubanError('missing_option', 'plan（本频道尚未关注规划：/duban follow 规划名称，或 /duban digest plan:规划名称）');
    const now = clock.now();
    const week = args.week?.toUpperCase();
    if (week && !isValidWeek(week)) throw new DubanError('bad_option', `week ${args.week}（应为 2022-W10）`);
    const replies = plans.map((p) => digestReply(buildDigest(store, { tenant: event.tenant, planId: p.planId, week: week ?? isoWeekOf(now, p.timezone), now, timezone: p.timezone })));
    if (replies.length === 1) return replies[0];
    // Several plans: one message each as follow-ups, every chart attached; rich forms only per plan.
    const [first, ...rest]: Reply[] = replies;
    return {
      title: first.title,
      text: first.text,
      followUps: rest.map((r) => `${r.title}\n${r.text}`),
      files: replies.flatMap((r) => r.files ?? []),
    };
  },
});
