// /duban leave 到11月30日 (or 请假到… in a prompt's thread): the asker is away until then — no
// reminders, shown as 请假 in the digest; /duban leave 销假 ends it (issue 15).
import { defineCommand } from '../src/core/command.ts';
import { takeLeave } from '../src/progress/leave.ts';

export default defineCommand({
  name: 'leave',
  aliases: ['请假'],
  description: { 'zh-CN': '请假到某日（期间不催报），或销假', en: 'Be on leave until a date (no reminders), or come back' },
  options: [
    { name: 'until', type: 'string', required: true, rest: true, aliases: ['到', '至'], description: { 'zh-CN': '到哪天，如 到11月30日；销假 结束请假', en: 'Until when, e.g. 到11月30日; 销假 to come back' } },
  ] as const,
  examples: ['/duban leave 到11月30日', '/duban leave 销假'],
  run({ args, event, store, clock }) {
    return { text: takeLeave(store, { tenant: event.tenant, user: event.user, text: args.until, now: clock.now() }).text, ephemeral: true };
  },
});
