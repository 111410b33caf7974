// /duban schedule prompt:… reminder:… digest:…: when this channel's weekly prompt, reminder and digest go out.
import { defineCommand } from '../src/core/command.ts';
import { DubanError } from '../src/core/errors.ts';
import { setSchedule } from '../src/progress/follow.ts';
import { scheduleCalendarNote } from '../src/progress/calendar.ts';

export default defineCommand({
  name: 'schedule',
  aliases: ['日程', '时间表'],
  description: { 'zh-CN': '设置本频道的征询、提醒和周报时间', en: "Set this channel's prompt, reminder and digest times" },
  coordinatorOnly: true,
  options: [
    { name: 'prompt', type: 'string', aliases: ['征询'], description: { 'zh-CN': '征询时间，如 周一 09:00', en: 'Prompt time, e.g. 周一 09:00 or mon 09:00' } },
    { name: 'reminder', type: 'string', aliases: ['提醒'], description: { 'zh-CN': '提醒时间，如 周三 17:00', en: 'Reminder time, e.g. 周三 17:00' } },
    { name: 'digest', type: 'string', aliases: ['周报'], description: { 'zh-CN': '周报时间，如 周五 16:00', en: 'Digest time, e.g. 周五 16:00' } },
    { name: 'timezone', type: 'string', aliases: ['时区'], description: { 'zh-CN': '时区（默认 Asia/Shanghai）', en: 'Time zone (default Asia/Shanghai)' } },
    { name: 'plan', type: 'string', autocomplete: 'plan', aliases: ['规划', '计划'], description: { 'zh-CN': '只改这项规划', en: 'Only this plan' } },
  ] as const,
  examples: ['/duban schedule prompt:周一 09:00 reminder:周三 17:00 digest:周五 16:00'],
  run({ args, event, store, clock }) {
    if (!args.prompt && !args.reminder && !args.digest && !args.timezone) throw new DubanError('missing_option', 'prompt / reminder / digest / timezone');
    // No timezone given: each follow keeps its own.
    const result = setSchedule(store, { tenant: event.tenant, channel: event.channel, ...args, now: clock.now() });
    return { text: `已更新本频道 ${result.follows} 项规划的时间表：${result.summary}。${scheduleCalendarNote(clock.now())}` };
  },
});
