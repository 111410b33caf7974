// /duban follow <plan>: this channel follows a plan (weekly prompt, reminder, digest here).
import { defineCommand } from '../src/core/command.ts';
import { loadPending } from './lib/pending.ts';
import type { Store } from '../src/store/open.ts';

type Progress = { follow(store: Store, input: { tenant: string; channel: string; plan: string; timezone: string; now: Date }): { plan: string } };

export default defineCommand({
  name: 'follow',
  aliases: ['关注'],
  description: { 'zh-CN': '本频道关注一项规划（每周征询进度并发布周报）', en: 'This channel follows a plan (weekly prompt and digest)' },
  options: [
    {
      name: 'plan',
      type: 'string',
      required: true,
      rest: true,
      autocomplete: 'plan',
      aliases: ['规划', '计划'],
      description: { 'zh-CN': '规划名称或关键词', en: 'Plan title or keywords' },
    },
  ] as const,
  examples: ['/duban follow 广州市加快5G应用创新发展三年行动计划'],
  async run({ args, event, store, clock, timezone }) {
    const { follow } = await loadPending<Progress>(new URL('../src/progress/index.ts', import.meta.url), 'progress');
    const { plan } = follow(store, { tenant: event.tenant, channel: event.channel, plan: args.plan, timezone, now: clock.now() });
    return { text: `本频道已关注《${plan}》。每周一征询进度，周五发布周报；用 /duban schedule 调整时间。` };
  },
});
