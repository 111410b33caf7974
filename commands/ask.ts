// /duban ask <question>, and every free-text message that is not a command: the answer engine.
import { defineCommand } from '../src/core/command.ts';
import { named, restText } from './shared-options.ts';
import { MAX_MESSAGE_CHARS } from '../src/text/limits.ts';
import { answerReply } from './lib/answer.ts';

export default defineCommand({
  ...named('ask', ['问', '提问'], '提问规划内容：牵头单位、目标、期限、任务', 'Ask about the plans: leads, targets, deadlines, tasks'),
  options: [
    restText('question', ['问题'], '问题，例如 谁牵头推动5G赋能交通？', 'The question, e.g. 谁牵头推动5G赋能交通？', { required: true, maxLength: MAX_MESSAGE_CHARS }),
  ] as const,
  examples: ['/duban ask 谁牵头推动5G赋能交通？', '市工信局牵头了哪些工作？'],
  run: (ctx) => answerReply(ctx, ctx.args.question),
});
