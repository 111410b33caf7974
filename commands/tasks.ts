// /duban tasks <unit>: what a unit leads (or supports, or is responsible for).
import { defineCommand } from '../src/core/command.ts';
import { named, unitRestOption } from './shared-options.ts';
import { answerReply } from './lib/answer.ts';

const ROLE_WORD = { lead: '牵头', support: '配合', responsible: '负责' } as const;

export default defineCommand({
  ...named('tasks', ['任务', '任务清单'], '查询单位承担的任务', 'The tasks of a unit'),
  options: [
    unitRestOption,
    {
      name: 'role',
      type: 'string',
      aliases: ['角色'],
      choices: [
        { name: '牵头', value: 'lead' },
        { name: '配合', value: 'support' },
        { name: '负责', value: 'responsible' },
      ],
      description: { 'zh-CN': '角色：牵头/配合/负责（默认牵头）', en: 'Role: lead/support/responsible (default lead)' },
    },
  ] as const,
  examples: ['/duban tasks 市工信局', '/duban tasks 市卫健委 role:配合'],
  // 市工信局牵头了哪些工作？ — the unit_tasks intent of the engine.
  run: (ctx) => answerReply(ctx, `${ctx.args.unit}${ROLE_WORD[ctx.args.role ?? 'lead']}了哪些工作？`, { intent: 'unit_tasks', unit: ctx.args.unit }),
});
