// The answer engine's reply as a chat Reply, shared by ask, lead, target, tasks and deadlines.
// src/answer/index.ts answerQuestion(store, question, opts) → AnswerJson (../shared/spec/ask-json.md).
import type { CommandContext } from '../../src/core/command.ts';
import type { Reply } from '../../src/core/reply.ts';
import { DubanError } from '../../src/core/errors.ts';
import { answerQuestion, type AskOptions } from '../../src/answer/index.ts';
import { detectScript } from '../../src/text/script.ts';

export function answerReply(ctx: Pick<CommandContext, 'store' | 'clock'>, question: string, opts: AskOptions = {}): Reply {
  const q = question.trim();
  if (!q && !opts.intent) throw new DubanError('empty_question');
  const json = answerQuestion(ctx.store, q, { now: ctx.clock.now(), ...opts });
  // The engine writes in the question's script already; converting again would double-convert.
  return { text: json.text, script: q ? detectScript(q) : 'simplified' };
}
