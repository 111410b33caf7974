// The answer engine's reply as a chat Reply, shared by ask, lead, target, tasks and deadlines.
// src/answer/index.ts answerQuestion(store, question, opts) → AnswerJson (../shared/spec/ask-json.md).
import type { CommandContext } from '../../src/core/command.ts';
import type { ChatEvent } from '../../src/core/event.ts';
import type { Reply } from '../../src/core/reply.ts';
import { DubanError } from '../../src/core/errors.ts';
import { answerQuestion, type AskOptions } from '../../src/answer/index.ts';
import { detectScript } from '../../src/text/script.ts';

/**
 * The conversation a message belongs to, for follow-ups (那配合单位呢) and picks (`2`): a thread is
 * one conversation for everyone in it; a DM (and the console) is one; elsewhere in a channel each
 * user has their own, so two people asking side by side do not answer each other's follow-ups.
 */
export function conversationKey(e: Pick<ChatEvent, 'platform' | 'tenant' | 'channel' | 'thread' | 'user' | 'isDirect'>): string {
  const where = e.thread ? `t:${e.thread}` : e.isDirect ? 'dm' : `u:${e.user}`;
  return `${e.platform}:${e.tenant}:${e.channel}:${where}`;
}

export function answerReply(ctx: Pick<CommandContext, 'store' | 'clock'> & { event?: ChatEvent }, question: string, opts: AskOptions = {}): Reply {
  const q = question.trim();
  if (!q && !opts.intent) throw new DubanError('empty_question');
  const conversation = ctx.event ? { tenant: ctx.event.tenant, conversation: conversationKey(ctx.event) } : {};
  const json = answerQuestion(ctx.store, q, { now: ctx.clock.now(), ...conversation, ...opts });
  // The engine writes in the question's script already; converting again would double-convert.
  return { text: json.text, script: q ? detectScript(q) : 'simplified' };
}
