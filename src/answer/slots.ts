// A question read into independent slots, in any order (issue 10 "Slots first, then intent"):
// the plan, the unit, the year, the role word, the ask form, a task number, what a follow-up
// points back to, and the topic words that are left. intent.ts decides the intent from these.
import type { PlanReader } from '../store/plan-reader.ts';
import type { StoredPlan } from '../store/rows.ts';
import { matchKey } from '../text/match-key.ts';
import { toSimplified } from '../text/script.ts';
import { askForm, type AskForm } from './ask-form.ts';
import { askedRole, roleWords, type Role } from './role-word.ts';
import { progressAsk, type ProgressAsk } from './progress-ask.ts';
import { resolvePlans } from './resolve-plan.ts';
import { resolveUnit, unitLikeSpan, type UnitMention } from './resolve-unit.ts';
import { questionTopic } from './topic.ts';
import type { AskOptions } from './types.ts';

export interface Slots {
  q: string;
  english: boolean;
  plans: StoredPlan[] | null;
  unit: UnitMention | null;
  /** A unit-looking name the directory does not hold (市量子局): answered "no such unit". */
  unknownUnit: string | null;
  year: number | null;
  role: Role | null;
  /** 参与 with no other role word: any role (市工信局参与了哪些工作). */
  anyRole: boolean;
  form: AskForm;
  progress: ProgressAsk | null;
  /** 任务3 / 任务1.2 / 任务s1 / 第3项任务 */
  taskNumber: string | null;
  topic: string;
  /** 那…呢 / 它… / …呢 with nothing of its own: points back to the previous answer. */
  pointsBack: boolean;
  /** `2`, `第二个`, `第二个呢`: a pick from the previous numbered list. */
  pick: number | null;
}

const TASK_NUMBER = /任务\s*([0-9]+(?:\.[0-9]+)*|[sc][0-9]+)(?![0-9.])|第\s*([0-9]+|[一二三四五六七八九十]+)\s*[项条]任务/i;
const ORDINAL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
// `2` / `2.` / `第二个` / `第2项` / `选3` / `第二个呢`: nothing else in the message.
const PICK = /^(?:选|要|就|是)?(?:第\s*)?([0-9]{1,2}|[一二两三四五六七八九十])\s*(?:个|项|条|号)?(?:吧|呢|的)?[.。!！?？]?$/;
// 那配合单位呢 / 它2022年的目标呢 / 那它的期限 / 这个呢: a pronoun or a trailing 呢 with a short question.
const POINTS_BACK = /^(?:那|那么|那个|这个|它|它的|其|该任务|这项|那项)|呢[？?]?$/;

function numberOf(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : s === '十' ? 10 : (ORDINAL[s] ?? 0);
}

function yearOf(q: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(q) ?? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(q);
  return m ? Number(m[1]) : null;
}

/** English only, or nearly: 'Who leads 5G for transport?' (5G alone is not English). */
function isEnglish(q: string): boolean {
  const latin = (q.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !/^(?:5g|6g|pue|it|ct|l[34]|xgpon|ai)$/i.test(w));
  return latin.length >= 2 && !/[\u4e00-\u9fff]/.test(q);
}

export function readSlots(reader: PlanReader, q: string, opts: AskOptions = {}, knownUnits: readonly string[] = []): Slots {
  const planMention = resolvePlans(reader, q, opts.plan ? toSimplified(opts.plan) : undefined);
  const unit = resolveUnit(reader, opts.unit ? toSimplified(opts.unit) : q, knownUnits);
  const numberMatch = TASK_NUMBER.exec(q);
  const taskNumber = numberMatch ? (numberMatch[1] ?? String(numberOf(numberMatch[2]!))).toLowerCase() : null;
  const spans = [...planMention.spans, ...(unit ? [unit.span] : []), ...(numberMatch ? [numberMatch[0]] : [])];
  const topic = opts.task ? matchKey(toSimplified(opts.task)) : questionTopic(q, spans);
  const words = roleWords(q);
  const pickMatch = PICK.exec(q.trim());
  return {
    q,
    english: isEnglish(q),
    plans: planMention.plans,
    unit,
    unknownUnit: unit ? null : unitLikeSpan(q),
    year: opts.year ?? yearOf(q),
    role: askedRole(q),
    anyRole: words.length > 0 && words.every((w) => w.word === '参与'),
    form: askForm(q),
    progress: progressAsk(q),
    taskNumber,
    topic,
    pointsBack: POINTS_BACK.test(q.trim()) && q.trim().length <= 16,
    pick: pickMatch ? numberOf(pickMatch[1]!) || null : null,
  };
}
