// Bigram overlap between a question's topic and a stored text (both matchKey()ed). Bigrams rather
// than words: Chinese has no spaces, and 5G赋能农业 should meet 推动5G赋能农业 and 5G+智慧农业 by degree.
export function bigrams(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) {
    const b = key.slice(i, i + 2);
    if (!b.includes('|')) out.add(b); // '|' separates the parts of a topic (answer/topic.ts)
  }
  return out;
}

/** Share of the topic's bigrams found in the text (1 when the text contains the topic). */
export function recall(topic: Set<string>, topicKey: string, textKey: string): number {
  if (topic.size === 0) return 0;
  if (textKey.includes(topicKey)) return 1;
  let hit = 0;
  for (const b of topic) if (textKey.includes(b)) hit++;
  return hit / topic.size;
}

/**
 * A title is short: how much of it the topic covers counts too, so 工业互联网 prefers the task
 * titled 工业互联网 over 5G+工业互联网, and both over a body that mentions it.
 */
export function titleScore(topic: Set<string>, topicKey: string, titleKey: string): number {
  const r = recall(topic, topicKey, titleKey);
  if (r === 0) return 0;
  const title = bigrams(titleKey);
  let hit = 0;
  for (const b of title) if (topic.has(b)) hit++;
  const p = title.size ? hit / title.size : 0;
  return 0.75 * r + 0.25 * p;
}

/** FTS5 query: the topic's trigrams, each a quoted string (matchKey leaves no quote or operator). */
export function trigramQuery(topicKey: string, max = 24): string | null {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= topicKey.length; i++) {
    const g = topicKey.slice(i, i + 3);
    if (!g.includes('|')) grams.add(g);
  }
  if (grams.size === 0) return null;
  return [...grams].slice(0, max).map((g) => `"${g.replace(/"/g, '""')}"`).join(' OR ');
}
