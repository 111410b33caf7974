// What every answerer receives (the slots of the question, the store's reader, the clock) and
// returns (a Draft: index.ts adds the question, intent and script). Kept apart from index.ts so
// that no file of answer/ imports the entry point back (no cycle).
import type { Store } from '../store/open.ts';
import type { PlanReader } from '../store/plan-reader.ts';
import type { StoredPlan, StoredTask } from '../store/rows.ts';
import type { Role } from './role-word.ts';
import type { Slots } from './slots.ts';
import type { UnitMention } from './resolve-unit.ts';
import type { AnswerJson, AnswerTask } from './types.ts';

export interface Draft {
  found: boolean;
  lines: string[];
  units?: string[];
  tasks?: AnswerTask[];
  targets?: AnswerJson['targets'];
  /** Tasks the reply is about (tasks.id), remembered as the conversation's subject. */
  subject?: number[];
  /** A numbered list the next message may pick from (`2`, `第二个`). */
  choices?: number[];
}

export interface Ctx {
  store: Store;
  reader: PlanReader;
  slots: Slots;
  q: string; // Simplified, cleaned
  topic: string; // matchKey parts joined by '|'
  plans: StoredPlan[] | null;
  planIds: Set<number> | null;
  unit: UnitMention | null;
  year: number | null;
  role: Role | null;
  now: Date;
  tenant: string;
  /** Tasks fixed by the conversation (a follow-up, a pick from a list): no retrieval needed. */
  subject: number[] | null;
}

export type Answerer = (ctx: Ctx) => Draft;

export function notFound(what: string): Draft {
  return { found: false, lines: [`我掌握的计划里没有${what}。`] };
}

export function answerTask(t: Pick<StoredTask, 'number' | 'title'>, plan: StoredPlan): AnswerTask {
  return { plan: plan.title, id: t.number, title: t.title };
}

export function topicLabel(ctx: Ctx): string {
  return ctx.topic ? `“${ctx.topic.replace(/\|/g, '').replace(/[a-z]/g, (c) => c.toUpperCase()).slice(0, 30)}”` : '';
}
