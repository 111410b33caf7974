// Help, and the reply to a question in English: duban reads Chinese (Simplified or Traditional).
import { HELP_TEXT } from '../compose.ts';
import type { Ctx, Draft } from '../context.ts';

const ENGLISH_REPLY = [
  'I read questions in Chinese (中文, Simplified or Traditional), for example:',
  '我只看得懂中文提问（简体或繁体），例如：',
  '· 谁牵头推动5G赋能交通？ (who leads a task)',
  '· 市工信局牵头哪些任务？ (a unit\'s tasks)',
  '· 广州5G应用计划2022年的目标是什么？ (targets)',
].join('\n');

export function answerHelp(ctx: Ctx): Draft {
  if (ctx.slots.english) return { found: false, lines: [ENGLISH_REPLY] };
  return { found: true, lines: [HELP_TEXT] };
}

export function answerUnknown(_ctx: Ctx): Draft {
  return { found: false, lines: ['我掌握的计划里没有能回答这个问题的内容。可以问：谁牵头某项任务、某单位牵头哪些任务、某年的目标、某项任务的期限、哪些任务逾期。'] };
}
