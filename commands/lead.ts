// /duban lead <task>: who leads a task (牵头单位), as the question 谁牵头…
import { defineCommand } from '../src/core/command.ts';
import { answerReply } from './lib/answer.ts';

export default defineCommand({
  name: 'lead',
  aliases: ['牵头', '谁牵头'],
  description: { 'zh-CN': '查询任务的牵头单位', en: 'Who leads a task' },
  options: [
    {
      name: 'task',
      type: 'string',
      required: true,
      rest: true,
      autocomplete: 'task',
      aliases: ['任务'],
      description: { 'zh-CN': '任务名称或关键词，如 5G赋能交通', en: 'Task title or keywords, e.g. 5G赋能交通' },
    },
    { name: 'plan', type: 'string', autocomplete: 'plan', aliases: ['规划', '计划'], description: { 'zh-CN': '限定规划', en: 'Limit to a plan' } },
  ] as const,
  examples: ['/duban lead 推动5G赋能交通', '/duban 谁牵头 智慧医疗'],
  // The question keeps the asker's script (the reply follows it); the options steer the engine.
  run: (ctx) => answerReply(ctx, `${ctx.args.task}由谁牵头？`, { intent: 'lead', task: ctx.args.task, plan: ctx.args.plan }),
});
