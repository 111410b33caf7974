// Which plans a question names: by its city (开封, 广州), a quoted name (扬帆), the topic of its
// title right before 计划/方案 (广州5G应用计划, 5G应用三年行动计划; not 5G应用解决方案), or a common abbreviation of that topic (新基建).
import type { PlanReader } from '../store/plan-reader.ts';
import type { StoredPlan } from '../store/rows.ts';
import { matchKey } from '../text/match-key.ts';
import { generationOf } from './plan-index.ts';
import { TOPIC_ABBREVIATIONS, planNameParts } from '../text/short-name.ts';


interface PlanNames {
  plan: StoredPlan;
  city: string | null;
  names: string[]; // distinctive: a match alone names the plan
  topics: string[]; // need a city or 计划/方案 beside them
}

interface NameTable {
  at: string; // the plans' generation
  names: PlanNames[];
  cities: string[];
  /**
   * A name's or topic's first two characters → each distinct name there and the plans holding it
   * (all ≥ 2 long): 2,000 plans share a few topics (5g应用), each compared with the question once.
   */
  byHead: Map<string, Map<string, number[]>>;
}

const cache = new WeakMap<PlanReader, NameTable>();

function headTable(names: PlanNames[]): NameTable['byHead'] {
  const byHead: NameTable['byHead'] = new Map();
  names.forEach((p, plan) => {
    for (const name of new Set([...p.names, ...p.topics])) {
      const head = name.slice(0, 2);
      let named = byHead.get(head);
      if (!named) byHead.set(head, (named = new Map()));
      const plans = named.get(name);
      if (plans) plans.push(plan);
      else named.set(name, [plan]);
    }
  });
  return byHead;
}

/**
 * The plans with a name or topic somewhere in `q`, in plan order (only they can be named: 2,000
 * plans, a few looked at), and every name and topic found in `q` (`found.has(n)` is q.includes(n)).
 */
function plansWithAName(table: NameTable, q: string): { plans: PlanNames[]; found: Set<string> } {
  const hit = new Set<number>();
  const found = new Set<string>();
  for (let i = 0; i + 1 < q.length; i++) {
    for (const [name, plans] of table.byHead.get(q.slice(i, i + 2)) ?? []) {
      if (!q.startsWith(name, i)) continue;
      found.add(name);
      for (const plan of plans) hit.add(plan);
    }
  }
  return { plans: [...hit].sort((a, b) => a - b).map((i) => table.names[i]!), found };
}

function planNames(reader: PlanReader): NameTable {
  const generation = generationOf(reader);
  const hit = cache.get(reader);
  if (hit && hit.at === generation) return hit;
  const names = reader.plans().map((plan) => {
    const parts = planNameParts(plan.kind === 'interpretation' && plan.about ? plan.about : plan.title);
    const distinct = [matchKey(plan.title), matchKey(plan.shortName)];
    if (parts.quoted) distinct.push(matchKey(parts.quoted));
    const topics = [matchKey(parts.topic)];
    for (const [re, abbr] of TOPIC_ABBREVIATIONS) if (re.test(parts.topic)) distinct.push(abbr);
    return { plan, city: parts.city, names: distinct.filter((n) => n.length >= 2), topics: topics.filter((t) => t.length >= 2) };
  });
  const table = { at: generation, names, cities: [...new Set(names.map((p) => p.city).filter((c): c is string => !!c))], byHead: headTable(names) };
  cache.set(reader, table);
  return table;
}

export interface PlanMention {
  /** The plans the question names; null when it names none (search them all). */
  plans: StoredPlan[] | null;
  /** The words that named it, to take out of the topic. */
  spans: string[];
}

const phrases = new Map<string, RegExp>();
/** 5g应用 → 5g应用(创新发展)?(三年)?(行动)?计划: compiled once per topic (2,000 plans share a few). */
function phraseOf(topic: string): RegExp {
  let re = phrases.get(topic);
  if (!re) {
    re = new RegExp(`${topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:创新发展|产业发展|高质量发展|发展|建设|产业|应用)?(?:[一二三四五两]年)?(?:行动|实施|工作)?(?:计划|方案)`);
    phrases.set(topic, re);
  }
  return re;
}

/** `f` computed once per argument: 400 plans sharing a topic look for its phrase in the question once. */
function memoized<T>(f: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (!seen.has(key)) seen.set(key, f(key));
    return seen.get(key)!;
  };
}

/** `question` is Simplified. A city alone narrows to that city's plans. */
export function resolvePlans(reader: PlanReader, question: string, explicit?: string): PlanMention {
  const table = planNames(reader);
  const all = table.names;
  const q = matchKey(explicit ?? question);
  const spans: string[] = [];
  const cities = table.cities.filter((c) => q.includes(c));
  // A plan none of whose names or topics is in q is not named (both finds below come up empty).
  const named = plansWithAName(table, q);
  const phraseIn = memoized((t: string) => phraseOf(t).exec(q)?.[0]);
  const byName = named.plans.filter((p) => {
    const n = p.names.find((name) => named.found.has(name));
    if (n) spans.push(n);
    // 开封市5G产业发展计划 / 广州市5G应用三年行动计划: the topic with the words of a plan title around it
    // (taken out of the topic whole). A two-character topic (5G) names a plan only with its city.
    const t = p.topics.find((topic) => named.found.has(topic) && (topic.length >= 3 || (p.city != null && cities.includes(p.city))));
    if (t) {
      const phrase = phraseIn(t);
      if (phrase || (p.city != null && cities.includes(p.city))) spans.push(phrase ?? t);
      else return !!n;
    }
    return !!n || !!t;
  });
  // 广州5G计划里 / 开封的5G方案: the city and what follows up to 计划/方案 name the plan, all of it.
  for (const c of cities) {
    const phrase = new RegExp(`${c}市?的?[\\u4e00-\\u9fff0-9a-z]{0,8}?(?:计划|方案)`).exec(q)?.[0];
    spans.push(...(phrase ? [phrase] : []), `${c}市`, c);
  }
  let plans: PlanNames[] | null = null;
  // A city named beats a topic match of another city's plan (广州5G计划 is not 开封's 5G plan).
  if (byName.length) plans = cities.length ? byName.filter((p) => p.city == null || cities.includes(p.city)) : byName;
  if ((!plans || plans.length === 0) && cities.length) plans = all.filter((p) => p.city && cities.includes(p.city));
  if (plans && plans.length === 0) plans = byName;
  // An interpretation of a plan that is itself named answers nothing the plan does not.
  if (plans) {
    const titles = new Set(plans.map((p) => p.plan.title));
    const kept = plans.filter((p) => !(p.plan.kind === 'interpretation' && p.plan.about && titles.has(p.plan.about)));
    plans = kept;
  }
  // Each span once (topic.ts takes each out once): 400 plans sharing a topic name it 400 times.
  return { plans: plans ? plans.map((p) => p.plan) : null, spans: [...new Set(spans)] };
}
