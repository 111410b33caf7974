// Which plans a question names: by its city (开封, 广州), a quoted name (扬帆), the topic of its
// title right before 计划/方案 (广州5G应用计划, 5G应用三年行动计划; not 5G应用解决方案), or a common abbreviation of that topic (新基建).
import type { PlanReader } from '../store/plan-reader.ts';
import type { StoredPlan } from '../store/rows.ts';
import { matchKey } from '../text/match-key.ts';
import { TOPIC_ABBREVIATIONS, planNameParts } from '../text/short-name.ts';


interface PlanNames {
  plan: StoredPlan;
  city: string | null;
  names: string[]; // distinctive: a match alone names the plan
  topics: string[]; // need a city or 计划/方案 beside them
}

const cache = new WeakMap<PlanReader, { at: number; names: PlanNames[] }>();

function planNames(reader: PlanReader): PlanNames[] {
  const count = reader.planCount();
  const hit = cache.get(reader);
  if (hit && hit.at === count) return hit.names;
  const names = reader.plans().map((plan) => {
    const parts = planNameParts(plan.kind === 'interpretation' && plan.about ? plan.about : plan.title);
    const distinct = [matchKey(plan.title), matchKey(plan.shortName)];
    if (parts.quoted) distinct.push(matchKey(parts.quoted));
    const topics = [matchKey(parts.topic)];
    for (const [re, abbr] of TOPIC_ABBREVIATIONS) if (re.test(parts.topic)) distinct.push(abbr);
    return { plan, city: parts.city, names: distinct.filter((n) => n.length >= 2), topics: topics.filter((t) => t.length >= 2) };
  });
  cache.set(reader, { at: count, names });
  return names;
}

export interface PlanMention {
  /** The plans the question names; null when it names none (search them all). */
  plans: StoredPlan[] | null;
  /** The words that named it, to take out of the topic. */
  spans: string[];
}

/** `question` is Simplified. A city alone narrows to that city's plans. */
export function resolvePlans(reader: PlanReader, question: string, explicit?: string): PlanMention {
  const all = planNames(reader);
  const q = matchKey(explicit ?? question);
  const spans: string[] = [];
  const byName = all.filter((p) => {
    const n = p.names.find((name) => q.includes(name));
    if (n) spans.push(n);
    const t = p.topics.find((topic) => q.includes(topic) && (p.city != null && q.includes(p.city) || new RegExp(`${topic}(?:创新发展|产业发展|发展|建设)?(?:[一二三四五两]年)?(?:行动|实施|工作)?(?:计划|方案)`).test(q)));
    if (t) spans.push(t);
    return !!n || !!t;
  });
  const cities = [...new Set(all.map((p) => p.city).filter((c): c is string => !!c && q.includes(c)))];
  for (const c of cities) spans.push(`${c}市`, c);
  let plans: PlanNames[] | null = null;
  if (byName.length) plans = cities.length ? byName.filter((p) => p.city == null || cities.includes(p.city)) : byName;
  else if (cities.length) plans = all.filter((p) => p.city && cities.includes(p.city));
  if (plans && plans.length === 0) plans = byName;
  // An interpretation of a plan that is itself named answers nothing the plan does not.
  if (plans) {
    const titles = new Set(plans.map((p) => p.plan.title));
    const kept = plans.filter((p) => !(p.plan.kind === 'interpretation' && p.plan.about && titles.has(p.plan.about)));
    plans = kept;
  }
  return { plans: plans ? plans.map((p) => p.plan) : null, spans };
}
