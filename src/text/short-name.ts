// Short plan names for citations (`广州5G应用 · 任务4`) and the parts a question can name a plan by.
import { PUNCT, textKey } from './match-key.ts';
import { toSimplified } from './script.ts';

// 加快 / 推进 / 关于 … at the start of the name part: 广州市加快5G应用… → 5G应用…
const LEADING_VERBS = /^(?:关于|印发|进一步|加快|推进|推动|促进|全面|深入|大力|加速)+/;
// Where the topic of a title ends: 5G应用|创新发展三年行动计划, 新型基础设施建设|实施方案
const TOPIC_END = /(?:创新发展|产业发展|高质量发展|发展|[一二三四五两]年|行动计划|行动方案|实施方案|工作方案|实施意见|方案|计划|规划|意见|通知)/;

// Common abbreviations of plan topics in Chinese policy writing: 新型基础设施建设 → 新基建.
export const TOPIC_ABBREVIATIONS: Array<[RegExp, string]> = [
  [/新型基础设施建设|新型基础设施/, '新基建'],
  [/数字经济/, '数经'],
  [/高质量发展/, '高质量'],
];

export interface PlanNameParts {
  city: string | null; // 广州, 开封
  quoted: string | null; // 扬帆 from 5G应用“扬帆”行动计划
  topic: string; // 5G应用, 新型基础设施建设
}

export function planNameParts(title: string): PlanNameParts {
  const t = toSimplified(title);
  const quoted = /[“"「『]([^”"」』]{1,8})[”"」』]/.exec(t)?.[1] ?? null;
  const cityMatch = /^([\u4e00-\u9fff]{2,3}?)[市省县]/.exec(t);
  const city = cityMatch ? cityMatch[1]! : null;
  let rest = (cityMatch ? t.slice(cityMatch[0].length) : t).replace(PUNCT, '');
  rest = rest.replace(LEADING_VERBS, '');
  const end = TOPIC_END.exec(rest);
  const topic = (end && end.index > 0 ? rest.slice(0, end.index) : rest).slice(0, 12);
  return { city, quoted, topic };
}

/** 广州市加快5G应用创新发展三年行动计划 → 广州5G应用; 5G应用“扬帆”行动计划 → 扬帆计划. */
export function shortPlanName(title: string, kind: 'plan' | 'interpretation' = 'plan', about: string | null = null): string {
  if (kind === 'interpretation' && about) return `${shortPlanName(about)}解读`;
  const { city, quoted, topic } = planNameParts(title);
  if (quoted) return `${quoted}${/方案/.test(title) ? '方案' : '计划'}`;
  const abbr = TOPIC_ABBREVIATIONS.find(([re]) => re.test(topic))?.[1];
  return `${city ?? ''}${abbr ?? topic}` || textKey(title).slice(0, 12);
}
