// The reply says nothing moved this week (reply-json.md `noChange`): 本周无新进展, 暂无进展,
// 无变化, 同上周, 与上周相同, 情况同上. It may stand for the unit's tasks on its own.
import type { ReplyDoc } from './types.ts';

// 没什么新进展 / 目前没有什么进展: the same said in chat.
const NO_CHANGE = /(?:无|暂无|没有|没)(?:什么|啥)?(?:新的?|任何)?(?:进展|进度|变化|变动|更新|新情况)|(?:同|与|和)上周(?:相同|一致|一样|持平)?|进展同上|情况同上|同上|无新增|(?:未|没有?)取得(?:实质性|明显|新的?)?进展|照旧|no (?:change|progress|update)s?|nothing new/iu;

export function saysNoChange(text: string): boolean {
  return NO_CHANGE.test(text);
}

export function noChange(doc: ReplyDoc): ReplyDoc {
  return { ...doc, noChange: saysNoChange(doc.text) };
}
