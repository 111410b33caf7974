// /duban digest [plan] [week]: build the weekly digest now (coordinators): text, rich forms, chart.
import { defineCommand } from '../src/core/command.ts';
import type { Reply } from '../src/core/reply.ts';
import type { Store } from '../src/store/open.ts';
import { loadPending } from './lib/pending.ts';

type Digest = { buildDigestReply?(store: Store, input: Record<string, unknown>): Reply | Promise<Reply> };

export default defineCommand({
  name: 'digest',
  aliases: ['周报', '汇总'],
  description: { 'zh-CN': '立即生成本周进度周报（协调人）', en: "Build this week's digest now (coordinators)" },
  coordinatorOnly: true,
  options: [
    { name: 'plan', type: 'string', autocomplete: 'plan', aliases: ['规划', '计划'], description: { 'zh-CN': '规划（默认本频道关注的全部）', en: 'Plan (default: all followed here)' } },
    { name: 'week', type: 'string', aliases: ['周'], description: { 'zh-CN': '周次，如 2022-W10（默认本周）', en: 'ISO week, e.g. 2022-W10 (default: this week)' } },
  ] as const,
  examples: ['/duban digest', '/duban digest week:2022-W10'],
  async run({ args, event, store, clock, timezone }) {
    const mod = await loadPending<Digest>(new URL('../src/digest/index.ts', import.meta.url), 'digest');
    if (!mod.buildDigestReply) return { text: '周报模块尚未就绪。', ephemeral: true };
    return mod.buildDigestReply(store, { ...args, tenant: event.tenant, channel: event.channel, now: clock.now(), timezone });
  },
});
