// /duban join <unit>: the asker becomes a member of a unit in this workspace/server (alias-aware,
// confirmed back with the canonical name). Members report for their unit (issue 6 permissions).
import { defineCommand } from '../src/core/command.ts';
import { loadPending } from './lib/pending.ts';
import type { Store } from '../src/store/open.ts';

type Progress = { joinUnit(store: Store, input: { tenant: string; user: string; userName?: string; unit: string; now: Date }): { unit: string } };

export default defineCommand({
  name: 'join',
  aliases: ['加入'],
  description: { 'zh-CN': '加入本单位，接收每周进度征询', en: 'Join your unit to receive the weekly progress prompt' },
  options: [
    {
      name: 'unit',
      type: 'string',
      required: true,
      rest: true,
      autocomplete: 'unit',
      aliases: ['单位'],
      description: { 'zh-CN': '单位名称或简称，如 市工信局', en: 'Unit name or short form, e.g. 市工信局' },
    },
  ] as const,
  examples: ['/duban join 市工信局'],
  async run({ args, event, store, clock }) {
    const { joinUnit } = await loadPending<Progress>(new URL('../src/progress/index.ts', import.meta.url), 'progress');
    const { unit } = joinUnit(store, { tenant: event.tenant, user: event.user, userName: event.userName, unit: args.unit, now: clock.now() });
    return { text: `已加入 ${unit}。每周进度征询会请你填报本单位的任务；填报：/duban report 或在征询消息的话题中直接回复。`, ephemeral: true };
  },
});
