// Follow-ups and picks within one conversation (issue 10): `那配合单位呢？`, `它2022年的目标呢？`,
// `第二个呢` resolve against the previous answer's subject; `2` / `第二个` picks from a numbered
// list the previous answer offered. State lives in the store (survives a restart) and expires
// after 30 minutes of the conversation's clock.
import { z } from 'zod';
import type { Store } from '../store/open.ts';
import { loadConversation, saveConversation } from '../store/conversation-state.ts';
import type { Draft } from './context.ts';
import type { Slots } from './slots.ts';
import type { Intent } from './types.ts';

export const CONVERSATION_TTL_MS = 30 * 60_000;

const INTENTS = ['lead', 'supports', 'responsible', 'unit_tasks', 'target', 'deadline', 'task', 'plan', 'progress', 'help', 'unknown'] as const;
const State = z.object({
  intent: z.enum(INTENTS),
  subject: z.array(z.number().int()),
  choices: z.array(z.number().int()),
  /** What the question asked when the answer was a list to pick from (ask-back). */
  pending: z.enum(INTENTS).nullable(),
});
export type ConversationState = z.infer<typeof State>;

export interface Resolved {
  subject: number[];
  /** The intent to answer with when the follow-up names none of its own. */
  intent: Intent | null;
}

export function recall(store: Store, key: string, now: Date): ConversationState | null {
  const row = loadConversation(store, key);
  if (!row || now.getTime() - row.updatedAt > CONVERSATION_TTL_MS) return null;
  const parsed = State.safeParse(row.state);
  return parsed.success ? parsed.data : null;
}

/** What a follow-up or a pick points at, or null when the question stands on its own. */
export function resolveFollowUp(slots: Slots, state: ConversationState | null): Resolved | null {
  if (!state) return null;
  if (slots.pick != null && state.choices.length >= slots.pick) {
    const intent = state.pending ?? (state.intent === 'unit_tasks' || state.intent === 'deadline' || state.intent === 'progress' ? 'task' : state.intent);
    return { subject: [state.choices[slots.pick - 1]!], intent };
  }
  const ownTopic = slots.topic.replace(/\|/g, '').length >= 2;
  if (slots.pointsBack && state.subject.length && !ownTopic && slots.taskNumber == null && !slots.unit) {
    return { subject: state.subject, intent: state.intent === 'unit_tasks' ? 'task' : state.intent };
  }
  return null;
}

/** After a pick, the list it was picked from stays open: `2`, then `第三个`. */
export function remember(store: Store, key: string, intent: Intent, draft: Draft, now: Date, pickedFrom: ConversationState | null = null): void {
  const asking = (draft.choices?.length ?? 0) > 0 && !draft.subject?.length && (draft.tasks?.length ?? 0) === 0;
  const state: ConversationState = {
    intent: pickedFrom?.pending ?? intent,
    subject: draft.subject ?? [],
    choices: pickedFrom ? pickedFrom.choices : (draft.choices ?? draft.subject ?? []),
    pending: pickedFrom ? pickedFrom.pending : asking ? intent : null,
  };
  saveConversation(store, key, state, now.getTime());
}
