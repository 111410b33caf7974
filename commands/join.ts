// /duban join <unit>: the asker becomes a member of a unit in this workspace/server (alias-aware,
// confirmed back with the canonical name). Members report for their unit (issue 6 permissions).
import { defineCommand } from '../src/core/command.ts';
import { named, unitRestOption } from './shared-options.ts';
import { joinUnit } from '../src/progress/members.ts';

export default defineCommand({
  ...named('join', ['加入'], '加入本单位，接收每周进度征询', 'Join your unit to receive the weekly progress prompt'),
  options: [
    unitRestOption,
  ] as const,
  examples: ['/duban join 市工信局'],
  run({ args, event, store, clock }) {
    const { label: unit, alreadyMember } = joinUnit(store, { tenant: event.tenant, user: event.user, userName: event.userName, unit: args.unit, now: clock.now() });
    if (alreadyMember) return { text: `你已是 ${unit} 的成员。`, ephemeral: true };
    return { text: `已加入 ${unit}。每周进度征询会请你填报本单位的任务；填报：/duban report 或在征询消息的话题中直接回复。`, ephemeral: true };
  },
});
