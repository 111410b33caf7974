// Chinese word segmentation (@node-rs/jieba, its default dictionary) with the plans' unit names
// added as user words, so 市工业和信息化局 stays one token. Loaded once, on first use (~0.3 s).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | null = null;
const added = new Set<string>();

function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Adds names (units, plan short names) as user words; each once. */
export function addWords(words: Iterable<string>): void {
  const fresh = [...words].filter((w) => w.length >= 2 && !/\s/.test(w) && !added.has(w));
  if (!fresh.length) return;
  for (const w of fresh) added.add(w);
  instance().loadDict(Buffer.from(fresh.map((w) => `${w} 100000 n`).join('\n')));
}

/** The words of a text, in order (HMM off: unknown words fall apart into characters, not guesses). */
export function segment(text: string): string[] {
  return instance().cut(text, false).filter((w) => /[\p{L}\p{N}]/u.test(w));
}
