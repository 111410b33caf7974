// Domain synonyms as data (issue 10): the words people use for what the plans call otherwise.
// Each group is interchangeable in a topic; retrieval tries the topic with each spelling and keeps
// the best match of every task (an exact word of the plans still wins over its synonym).
export const SYNONYMS: readonly (readonly string[])[] = [
  ['专网', '虚拟专网', '行业专网'],
  ['人才保障', '人才支撑', '人才队伍'],
  ['用户数', '用户规模', '用户'],
  ['基站', '站址'],
  ['充电桩', '充电设施'],
  ['智能', '智慧'],
  ['大数据', '数据'],
  ['政务服务', '政务'],
  ['无人机', '无人驾驶航空器'],
  ['超高清', '高清'],
  ['数据中心', '算力中心'],
  ['物联网', '物联'],
  ['车联网', '智能网联汽车'],
  ['信息化', '数字化'],
];

/** The topic (matchKey parts joined by '|') spelled with each synonym in turn; the topic itself first. */
export function topicVariants(topic: string, max = 4): string[] {
  const out = [topic];
  for (const group of SYNONYMS) {
    // Longest spelling first: 虚拟专网 is not 虚拟 + 专网 replaced.
    const word = [...group].sort((a, b) => b.length - a.length).find((w) => topic.includes(w));
    if (!word) continue;
    for (const other of group) if (other !== word && !topic.includes(other)) out.push(topic.replace(word, other));
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}
