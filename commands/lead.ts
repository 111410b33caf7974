// /duban lead <task>: who leads a task (牵头单位), as the question 谁牵头…
import { defineCommand } from '../src/core/command.ts';
import { named, restText, planOption } from './shared-options.ts';
import { answerReply } from './lib/answer.ts';

export default defineCommand({
  ...named('lead', ['牵头', '谁牵头'], '查询任务的牵头单位', 'Who leads a task'),
  options: [
    restText('task', ['任务'], '任务名称或关键词，如 5G赋能交通', 'Task title or keywords, e.g. 5G赋能交通', { required: true, autocomplete: 'task' }),
    planOption(),
  ] as const,
  examples: ['/duban lead 推动5G赋能交通', '/duban 谁牵头 智慧医疗'],
  // The question keeps the asker's script (the reply follows it); the options steer the engine.
  run: (ctx) => answerReply(ctx, `${ctx.args.task}由谁牵头？`, { intent: 'lead', task: ctx.args.task, plan: ctx.args.plan }),
});
