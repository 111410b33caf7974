// answerQuestion: a free question (Simplified or Traditional) or structured options → AnswerJson
// (../shared/spec/ask-json.md). Slots first (slots.ts), then the intent (intent.ts), then one
// answerer per intent (answerers.ts). With a conversation key, a follow-up or a pick resolves
// against the previous answer (conversation.ts). A failure is logged and answered plainly.
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { detectScript, toScript, toSimplified } from '../text/script.ts';
import { log } from '../log.ts';
import { setting } from '../config.ts';
import type { Script } from '../text/script.ts';
import { stripInvisible } from '../text/invisible.ts';
import { answerers } from './answerers.ts';
import { HELP_TEXT, MAX_TEXT, fitLines } from './compose.ts';
import type { Ctx, Draft } from './context.ts';
import { recall, remember, resolveFollowUp } from './conversation.ts';
import { intentOf } from './intent.ts';
import { currentGeneration, keepIndexFile, withPinnedGeneration } from './plan-index.ts';
import { readSlots } from './slots.ts';
import { addWords } from './segment.ts';
import { unitNames } from '../store/unit-names.ts';
import type { AnswerJson, AskOptions, Intent } from './types.ts';

export type { AnswerJson, AskOptions, Intent } from './types.ts';
export { cite } from './compose.ts';

// A question is read up to here; a longer message is not a question about a task.
const MAX_QUESTION = 300;

const worded = new WeakMap<Store, { generation: string; units: string[] }>();
/**
 * The store's unit names, longest first, once per store generation; they and the plans' short names
 * become jieba user words (市工业和信息化局 stays one word).
 */
function storeWords(store: Store, reader: ReturnType<typeof planReader>, generation: string): string[] {
  const hit = worded.get(store);
  if (hit?.generation === generation) return hit.units;
  const units = unitNames(store).sort((a, b) => b.length - a.length);
  worded.set(store, { generation, units });
  addWords([...units, ...reader.plans().map((p) => p.shortName)]);
  return units;
}

/** A follow-up with a role or a target word of its own keeps that intent; one with none repeats the last. */
function followUpIntent(own: Intent, previous: Intent | null): Intent {
  if (previous && (own === 'task' || own === 'unknown' || own === 'unit_tasks')) return previous;
  return own;
}

function draftFor(store: Store, q: string, opts: AskOptions): { intent: Intent; draft: Draft } {
  const reader = planReader(store);
  keepIndexFile(reader, store.file);
  const generation = currentGeneration(store, reader);
  return withPinnedGeneration(reader, generation, () => draftOf(store, reader, generation, q, opts));
}

function draftOf(store: Store, reader: ReturnType<typeof planReader>, generation: string, q: string, opts: AskOptions): { intent: Intent; draft: Draft } {
  const knownUnits = storeWords(store, reader, generation);
  const now = opts.now ?? new Date();
  const slots = readSlots(reader, q, opts, knownUnits);
  let intent: Intent = opts.intent ?? intentOf(slots);
  const state = opts.conversation ? recall(store, opts.conversation, now) : null;
  const follow = resolveFollowUp(slots, state);
  if (follow) intent = slots.pick != null ? (follow.intent ?? intent) : followUpIntent(intent, follow.intent);
  const plans = slots.plans;
  const ctx: Ctx = {
    store, reader, slots, q, topic: follow ? '' : slots.topic, plans, planIds: plans ? new Set(plans.map((p) => p.id)) : null,
    unit: slots.unit, year: slots.year, role: slots.role, now, tenant: opts.tenant ?? 'console', subject: follow?.subject ?? null,
  };
  const draft = answerers[intent](ctx);
  if (opts.conversation) remember(store, opts.conversation, intent, draft, now, follow && slots.pick != null ? state : null);
  return { intent, draft };
}

/** Answers one question from the store's current plans. `opts.now` anchors 下个月 and 本周. */
export function answerQuestion(store: Store, question: string, opts: AskOptions = {}): AnswerJson {
  const raw = typeof question === 'string' ? question : String(question ?? '');
  const cleaned = stripInvisible(raw.replace(/[\t\r\n]/g, ' ')).trim();
  const script: Script = cleaned ? detectScript(cleaned.slice(0, MAX_QUESTION)) : 'simplified';
  let intent: Intent = 'unknown';
  let draft: Draft;
  try {
    const q = toSimplified(cleaned.slice(0, MAX_QUESTION));
    if (!/[\p{L}\p{N}]/u.test(q) && !opts.intent) {
      intent = 'help';
      draft = { found: true, lines: [HELP_TEXT] };
    } else {
      ({ intent, draft } = draftFor(store, q, opts));
    }
  } catch (err) {
    if (setting('DUBAN_DEBUG')) throw err;
    log().error({ err, question: raw.slice(0, 200) }, 'answer engine failed');
    draft = { found: false, lines: ['这个问题我没能回答，请换个说法。'] };
  }
  const text = toScript(fitLines(draft.lines, MAX_TEXT), script).slice(0, MAX_TEXT);
  return { question: raw, intent, found: draft.found, text, units: draft.units ?? [], tasks: draft.tasks ?? [], targets: draft.targets ?? [] };
}
