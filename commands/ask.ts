// /duban ask <question>, and every free-text message that is not a command: the answer engine.
import { defineCommand } from '../src/core/command.ts';
import { answerReply } from './lib/answer.ts';

export default defineCommand({
  name: 'ask',
  aliases: ['问', '提问'],
  description: { 'zh-CN': '提问规划内容：牵头单位、目标、期限、任务', en: 'Ask about the plans: leads, targets, deadlines, tasks' },
  options: [
    {
      name: 'question',
      type: 'string',
      required: true,
      rest: true,
      maxLength: 2000,
      aliases: ['问题'],
      description: { 'zh-CN': '问题，例如 谁牵头推动5G赋能交通？', en: 'The question, e.g. 谁牵头推动5G赋能交通？' },
    },
  ] as const,
  examples: ['/duban ask 谁牵头推动5G赋能交通？', '市工信局牵头了哪些工作？'],
  run: (ctx) => answerReply(ctx, ctx.args.question),
});
