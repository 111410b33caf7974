// The checks of ../shared/eval/score-ask.mjs, in process, for the paraphrase set: units only from
// answer.units, the intent family for role and unit questions, mentions, tasks, found, noUnits.
import * as OpenCC from 'opencc-js';
import type { AnswerJson } from '../../src/answer/index.ts';
import type { Paraphrase } from './paraphrases.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const squash = (s: string) => toSimplified(String(s ?? '')).replace(/[\s\u3000]/g, '');
const unitKey = (s: string) => squash(s).replace(/^市(?!委|直|场)/, '');
const ROLE_INTENTS = new Set(['lead', 'supports', 'responsible', 'unit_tasks']);
const family = (intent: string) => (intent === 'responsible' ? 'lead' : intent);

/** Why an answer fails its question; empty when it passes. */
export function failures(q: Paraphrase, a: AnswerJson): string[] {
  const why: string[] = [];
  const text = squash(a.text);
  const units = a.units.map(unitKey);
  const titles = a.tasks.map((t) => squash(t.title));
  if (q.english) {
    if (!/中文|Chinese/i.test(a.text)) why.push('English question without a reply saying Chinese');
    if (/没有“[A-Za-z]/.test(a.text)) why.push('English words read as a task');
  } else if (Boolean(a.found) !== (q.found ?? true)) why.push(`found=${a.found}`);
  for (const u of q.units ?? []) {
    const k = unitKey(u);
    if (!units.some((x) => x === k || x.endsWith(k))) why.push(`unit ${u} missing`);
  }
  for (const m of q.mentions ?? []) if (!m.split('|').some((alt) => text.includes(squash(alt)))) why.push(`mention ${m} missing`);
  for (const t of q.tasks ?? []) {
    const k = squash(t);
    if (!titles.some((x) => x.includes(k)) && !text.includes(k)) why.push(`task ${t} missing`);
  }
  if (q.intent && ROLE_INTENTS.has(q.intent) && family(a.intent) !== family(q.intent)) why.push(`intent ${a.intent}, want ${q.intent}`);
  if (q.noUnits && units.length) why.push(`units should be empty: ${units.join('、')}`);
  if (a.text.length > 2000) why.push('text too long');
  return why;
}
