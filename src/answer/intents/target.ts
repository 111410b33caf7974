// Targets by year, plan and metric: 广州5G应用计划2022年的目标是什么？ / 到2023年5G基站要建多少？
import type { StoredPlan, StoredTarget } from '../../store/rows.ts';
import { planIndex, targetsOfPlan, type PlanIndex } from '../plan-index.ts';
import { scoreTargets } from '../score-targets.ts';
import { targetLine } from '../compose.ts';
import { matchKey } from '../../text/match-key.ts';
import { notFound, type Ctx, type Draft } from '../context.ts';

// Words of the question that ask for a target but name no metric: 要建成多少, 总体目标 → (建成 kept: 累计建成…).
const ASKING = /要求|要达到|达到|要降到|降到|降至|要建成|建成|新建|建设|建|实现|突破|超过|累计|要|达|(?:多少|几)(?:个|家|座|项|种|条|所|根|公里)?|目标|指标|量化|总体|整体|主要|全部|所有|是|什么|哪些|有|计划|方案/g;

/** The plans whose targets answer: an interpretation repeats its plan's, so only when the plan itself is not held. */
function answerable(list: Iterable<StoredPlan>): Map<number, StoredPlan> {
  const plans = new Map([...list].map((p) => [p.id, p]));
  const titles = new Set([...plans.values()].filter((p) => p.kind === 'plan').map((p) => p.title));
  for (const [id, p] of plans) if (p.kind === 'interpretation' && p.about && titles.has(p.about)) plans.delete(id);
  return plans;
}

const allAnswerable = new WeakMap<PlanIndex, Map<number, StoredPlan>>();
/** answerable() over every plan, once per index (2,000 plans: not on every question). */
function everyAnswerable(index: PlanIndex): Map<number, StoredPlan> {
  let plans = allAnswerable.get(index);
  if (!plans) allAnswerable.set(index, (plans = answerable(index.plans.values())));
  return plans;
}

export function answerTarget(ctx: Ctx): Draft {
  if (ctx.subject?.length) return targetsOfSubject(ctx);
  const index = planIndex(ctx.reader);
  const plans = ctx.plans ? answerable(ctx.plans) : everyAnswerable(index);
  const inScope = (t: StoredTarget) => plans.has(t.planId) && (ctx.year == null || t.year === ctx.year);
  // The plans named: their targets (few); every plan: a scan, done only when the list itself is the answer.
  const pool = (): StoredTarget[] => (ctx.plans ? [...plans.keys()].sort((a, b) => a - b).flatMap((id) => targetsOfPlan(index, id)) : index.targets).filter(inScope);
  const named = ctx.plans ? pool() : null;
  if (named ? !named.length : !index.targets.some(inScope)) return notFound(ctx.year != null ? `${ctx.year}年的目标` : '这方面的目标');
  const topicKey = targetTopic(ctx.topic);
  // 深圳数字政府方案2025年目标 / 开封市加快产业发展方案: what is left of the topic only repeats words of
  // a named plan's title. Then it names that plan (narrow to it), not a metric.
  const titleWords = (ctx.plans ?? []).map((p) => ({ id: p.id, key: matchKey(p.title) }));
  const parts = topicKey.split('|').filter(Boolean);
  const fromTitle = titleWords.filter((t) => parts.length > 0 && parts.every((part) => mostlyIn(part, t.key)));
  const onlyPlanWords = fromTitle.length > 0;
  let targets: StoredTarget[];
  if (topicKey.length >= 2 && !onlyPlanWords) {
    targets = scoreTargets(index, topicKey, inScope);
    if (!targets.length) return notFound(`${ctx.year != null ? `${ctx.year}年` : ''}关于“${topicKey.replace(/\|/g, '').slice(0, 20)}”的目标`);
  } else {
    const keep = onlyPlanWords && fromTitle.length < plans.size ? new Set(fromTitle.map((t) => t.id)) : null;
    targets = (named ?? pool()).filter((t) => !keep || keep.has(t.planId));
    // No metric named: the targets with figures first (量化指标), then the rest.
    targets.sort((a, b) => Number(b.metrics.length > 0) - Number(a.metrics.length > 0) || a.planId - b.planId);
  }
  const lines = targets.map((t: StoredTarget) => targetLine(plans.get(t.planId)!, t));
  return {
    found: true,
    lines,
    targets: targets.map((t) => ({ plan: plans.get(t.planId)!.title, year: t.year, text: t.text })),
    tasks: [],
  };
}

/** The metric words of a topic: question words out, 比例/比重 read as 占比. */
export function targetTopic(topic: string): string {
  // 比例 / 比重 are how people say the plans' 占比 (转供电基站比例 → 转供电基站占比).
  // A trailing 数/数量 only says "how many": 5G用户数 asks for the 5G用户 of every plan (5G用户约1000万).
  return topic
    .replace(/比例|比重/g, '占比')
    .replace(/(?<=[\u4e00-\u9fff]{2})数量?(?=\||$)/g, '')
    .replace(ASKING, '')
    .replace(/^\|+|\|+$/g, '')
    .replace(/\|{2,}/g, '|');
}

/** At least 80% of `part`'s character pairs stand in `title` (加快产业发展 in 加快5G产业发展…). */
function mostlyIn(part: string, title: string): boolean {
  if (title.includes(part)) return true;
  if (part.length < 3) return false;
  let hit = 0;
  for (let i = 0; i < part.length - 1; i++) if (title.includes(part.slice(i, i + 2))) hit++;
  return hit / (part.length - 1) >= 0.8;
}

/** 它2022年的目标呢: the targets of the task talked about, else of its plan (said so). */
function targetsOfSubject(ctx: Ctx): Draft {
  const index = planIndex(ctx.reader);
  const ids = new Set(ctx.subject);
  const yearOk = (t: StoredTarget) => ctx.year == null || t.year === ctx.year;
  let targets = index.targets.filter((t) => t.taskId != null && ids.has(t.taskId) && yearOk(t));
  const lines: string[] = [];
  if (!targets.length) {
    const planIds = new Set([...ids].map((id) => ctx.reader.task(id)?.planId));
    targets = index.targets.filter((t) => planIds.has(t.planId) && yearOk(t));
    if (targets.length) lines.push(`这项任务没有单列${ctx.year != null ? `${ctx.year}年的` : ''}目标；所在计划的目标：`);
  }
  if (!targets.length) return notFound(`这项任务${ctx.year != null ? `${ctx.year}年` : ''}的目标`);
  lines.push(...targets.map((t) => targetLine(index.plans.get(t.planId)!, t)));
  return { found: true, lines, targets: targets.map((t) => ({ plan: index.plans.get(t.planId)!.title, year: t.year, text: t.text })), subject: ctx.subject ?? [] };
}
