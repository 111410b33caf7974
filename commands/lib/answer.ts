// The answer engine's reply as a chat Reply, shared by ask, lead, target, tasks and deadlines.
// Contract: src/answer/index.ts `answerQuestion(store, question, opts?) → AnswerJson` (../shared/spec/ask-json.md).
import type { CommandContext } from '../../src/core/command.ts';
import type { Reply } from '../../src/core/reply.ts';
import { DubanError } from '../../src/core/errors.ts';
import type { Store } from '../../src/store/open.ts';
import { loadPending } from './pending.ts';

export interface AnswerJson {
  question: string;
  intent: string;
  found: boolean;
  text: string;
  units: string[];
  tasks: Array<{ plan: string; id: string; title: string }>;
  targets: Array<{ plan: string; year: number; text: string }>;
}

type AnswerModule = { answerQuestion(store: Store, question: string, opts?: Record<string, unknown>): AnswerJson | Promise<AnswerJson> };

export async function answerReply(ctx: Pick<CommandContext, 'store' | 'clock' | 'event' | 'script'>, question: string): Promise<Reply> {
  const q = question.trim();
  if (!q) throw new DubanError('empty_question');
  const { answerQuestion } = await loadPending<AnswerModule>(new URL('../../src/answer/index.ts', import.meta.url), 'answer');
  // The engine answers in Simplified; dispatch converts into the asker's script once (double tw→cn breaks 显著).
  const json = await answerQuestion(ctx.store, q, { now: ctx.clock.now(), tenant: ctx.event.tenant });
  return { text: json.text };
}
