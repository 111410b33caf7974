// Which unit a question names, through the unit directory (store/unit-directory.ts): the
// longest unit-looking span that is a known alias or shares a directory key with a stored unit.
import type { PlanReader } from '../store/plan-reader.ts';
import { unitKey, unitSpans } from '../text/unit-directory.ts';

export interface UnitMention {
  span: string;
  units: Array<{ id: number; name: string }>;
}

/**
 * 广州5G应用计划里市工信局: the span found through the directory key can start inside the plan's
 * name (划里市工信局 → key 工业信息化局); the unit is named by its longest suffix people type (市工信局).
 */
function aliasSuffix(reader: PlanReader, span: string): string {
  for (let k = 1; k < span.length - 1; k++) if (reader.unitsByAlias(span.slice(k)).length) return span.slice(k);
  return span;
}

export function resolveUnit(reader: PlanReader, question: string, known: readonly string[] = []): UnitMention | null {
  // 40 spans at most: a 10,000-character question must not turn into thousands of lookups.
  for (const span of unitSpans(question.slice(0, 200)).slice(0, 40)) {
    if (span.length < 2 || /^(?:单位|部门|牵头单位|配合单位|责任单位|负责单位|哪个单位|哪些单位)$/.test(span)) continue;
    const byId = new Map<number, { id: number; name: string }>();
    const byAlias = reader.unitsByAlias(span);
    for (const u of byAlias) byId.set(u.id, u);
    for (const u of reader.unitsByKey(unitKey(span))) byId.set(u.id, u);
    if (byId.size) return { span: byAlias.length ? span : aliasSuffix(reader, span), units: [...byId.values()] };
  }
  return knownName(reader, question, known);
}

/**
 * 广播电视台 / 市供销总社 / 铁塔公司: a name a plan wrote, typed as written (with or without 市),
 * though it ends in no body word the span reader knows. `known` is longest first.
 */
function knownName(reader: PlanReader, question: string, known: readonly string[]): UnitMention | null {
  for (const name of known) {
    const bare = name.replace(/^市(?!场|直)/, '');
    const span = question.includes(name) ? name : bare.length >= 3 && question.includes(bare) ? bare : null;
    if (!span) continue;
    const units = reader.unitsByAlias(name);
    if (units.length) return { span, units };
  }
  return null;
}

// 市量子局牵头哪些任务 / 省数据局负责什么: a name that looks like a bureau, followed by a role or 有/的.
const UNIT_LIKE = /^(?:请问|帮我查下|把|列一下)?([\u4e00-\u9fff]{0,8}?(?:局|委|办|厅|部|政府|公司|集团))(?=牵头|负责|配合|参与|承担|主导|协同|有|的|手头|都|作为)/;

export function unitLikeSpan(q: string): string | null {
  return UNIT_LIKE.exec(q)?.[1] ?? null;
}
