// /duban schedule prompt:… reminder:… digest:…: when this channel's weekly prompt, reminder and digest go out.
import { defineCommand } from '../src/core/command.ts';
import { named, planOption } from './shared-options.ts';
import { describeSchedule, followedPlans, setSchedule } from '../src/progress/follow.ts';
import { scheduleCalendarNote } from '../src/progress/calendar.ts';
import { planReader } from '../src/store/plan-reader.ts';
import type { CommandStore } from '../src/core/store-port.ts';

// Every option is optional (help says so): with none, the channel's schedule as it stands and how to change it.
function currentSchedule(store: CommandStore, tenant: string, channel: string) {
  const follows = followedPlans(store, tenant, channel);
  if (!follows.length) return { text: '本频道尚未关注任何规划。先用 /duban follow <规划> 关注，再设置时间表。', ephemeral: true };
  const names = new Map(planReader(store).plans().map((p) => [p.id, p.shortName]));
  const lines = follows.map((f) => `《${names.get(f.planId) ?? f.planId}》${describeSchedule(f)}`);
  return { text: ['本频道的时间表：', ...lines, '修改：/duban schedule prompt:周一 09:00 reminder:周三 17:00 digest:周五 16:00'].join('\n'), ephemeral: true };
}

export default defineCommand({
  ...named('schedule', ['日程', '时间表'], '设置本频道的征询、提醒和周报时间', "Set this channel's prompt, reminder and digest times"),
  coordinatorOnly: true,
  options: [
    { name: 'prompt', type: 'string', aliases: ['征询'], description: { 'zh-CN': '征询时间，如 周一 09:00', en: 'Prompt time, e.g. 周一 09:00 or mon 09:00' } },
    { name: 'reminder', type: 'string', aliases: ['提醒'], description: { 'zh-CN': '提醒时间，如 周三 17:00', en: 'Reminder time, e.g. 周三 17:00' } },
    { name: 'digest', type: 'string', aliases: ['周报'], description: { 'zh-CN': '周报时间，如 周五 16:00', en: 'Digest time, e.g. 周五 16:00' } },
    { name: 'timezone', type: 'string', aliases: ['时区'], description: { 'zh-CN': '时区（默认 Asia/Shanghai）', en: 'Time zone (default Asia/Shanghai)' } },
    planOption('只改这项规划', 'Only this plan'),
  ] as const,
  examples: ['/duban schedule prompt:周一 09:00 reminder:周三 17:00 digest:周五 16:00'],
  run({ args, event, store, clock }) {
    if (!args.prompt && !args.reminder && !args.digest && !args.timezone) return currentSchedule(store, event.tenant, event.channel);
    // No timezone given: each follow keeps its own.
    const result = setSchedule(store, { tenant: event.tenant, channel: event.channel, ...args, now: clock.now() });
    return { text: `已更新本频道 ${result.follows} 项规划的时间表：${result.summary}。${scheduleCalendarNote(clock.now())}` };
  },
});
