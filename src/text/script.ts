// Simplified/Traditional both ways (opencc-js). Matching and storage are Simplified; a reply goes back
// in the asker's script. Convert a text once: tw→cn run twice turns 显著 into 显着 (../shared/gold notes).
import * as OpenCC from 'opencc-js';
import { dictConverter, type DictGroup } from './dict-converter.ts';

export type Script = 'simplified' | 'traditional';

// Built on first use: parsing a plan never converts to Traditional, and opencc-js's cn→tw trie took
// ~340 ms and ~40 MB of heap at import (every later major GC marked it again; issue 12 bench). Both
// directions read opencc-js's dictionaries with dict-converter.ts (cn→tw builds in about half the
// time of the trie); opencc-js's own converters are only the fallback for ideographic description
// sequences.
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const openccTwToCn = lazy(() => OpenCC.Converter({ from: 'tw', to: 'cn' }));
// the same passes as OpenCC.Converter({ from: 'tw', to: 'cn' }), read faster (dict-converter.ts)
const twToCn = dictConverter([...OpenCC.Locale.from.tw, ...OpenCC.Locale.to.cn] as DictGroup[], (text) => openccTwToCn()(text));
const openccCnToTw = lazy(() => OpenCC.Converter({ from: 'cn', to: 'tw' }));
const cnToTw = lazy(() => dictConverter([...OpenCC.Locale.from.cn, ...OpenCC.Locale.to.tw] as DictGroup[], (text) => openccCnToTw()(text)));

/** detectScript reads at most this many characters (a whole plan need not be converted to judge it). */
export const SCRIPT_SAMPLE_CHARS = 20_000;

type DictEntries = string | ReadonlyArray<readonly [string, string]>;

/** The characters where some rule's key differs from its value, a bit per UTF-16 unit (8 KB, read by
 *  mayChange: a Set<string> lookup per character was most of a scan): a text with none of them is
 *  left as it is by every rule (a key that changes anything holds one), so it converts to itself.
 *  A character outside the BMP is not marked: mayChange sends any text with a surrogate on. */
function changingUnits(dicts: readonly DictEntries[]): Uint32Array {
  const bits = new Uint32Array(0x10000 >> 5);
  const mark = (c: string): void => {
    if (c.length === 1) bits[c.charCodeAt(0) >> 5] |= 1 << (c.charCodeAt(0) & 31);
  };
  for (const dict of dicts) {
    const pairs: ReadonlyArray<readonly [string, string]> = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ') as [string, string]) : dict;
    for (const [k, v = ''] of pairs) {
      if (!k || k === v) continue;
      if (SURROGATE.test(k) || SURROGATE.test(v)) {
        // by code point, as the characters of the text are
        const keyChars = [...k];
        const valueChars = [...v];
        keyChars.forEach((c, i) => { if (keyChars.length !== valueChars.length || c !== valueChars[i]) mark(c); });
        continue;
      }
      // (at import: spreading every key and value into characters took 55 ms of it)
      for (let i = 0; i < k.length; i++) if (k.length !== v.length || k.charCodeAt(i) !== v.charCodeAt(i)) mark(k[i]);
    }
  }
  return bits;
}

const SURROGATE = /[\ud800-\udfff]/;
const TW_TO_CN_CHANGING = changingUnits([...OpenCC.Locale.from.tw, ...OpenCC.Locale.to.cn].flat());

function mayChange(text: string, changing: Uint32Array): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogate pairs (rare CJK extensions) go to the converter; below U+2E80 nothing is Han.
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (code >= 0x2e80 && (changing[code >> 5] & (1 << (code & 31))) !== 0) return true;
  }
  return false;
}

export function toSimplified(text: string): string {
  // Most replies and plans are Simplified already: skip the converter's trie walk when nothing in
  // the text can change (it was ~10% of reading a reply, issue 11 bench).
  return mayChange(text, TW_TO_CN_CHANGING) ? twToCn(text) : text;
}

export function toTraditional(text: string): string {
  return cnToTw()(text);
}

export function toScript(text: string, script: Script): string {
  return script === 'traditional' ? toTraditional(text) : text;
}

/**
 * The one rule that judges a script, given a text and its Simplified conversion (same length: OpenCC
 * maps character for character). Traditional when the conversion changes a meaningful share of the
 * Han characters. A share, not "any change": Simplified pages carry the odd Traditional form (乾, 着)
 * and Traditional pages the odd mainland form (關于).
 */
const TRADITIONAL_CHANGES = 20;

export function judgeScript(text: string, simplified: string): Script {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      han++;
      // 20 changes settle it (the rule below): a Traditional text is judged in its first lines
      if (code !== simplified.charCodeAt(i) && ++changed >= TRADITIONAL_CHANGES) return 'traditional';
    }
  }
  if (han === 0) return 'simplified';
  // Traditional text typically changes 15–30% of its characters; Simplified well under 1%.
  return changed / han > 0.03 || changed >= TRADITIONAL_CHANGES ? 'traditional' : 'simplified';
}

/** The script of a text, judged on its first SCRIPT_SAMPLE_CHARS characters. */
export function detectScript(text: string): Script {
  const sample = text.length > SCRIPT_SAMPLE_CHARS ? text.slice(0, SCRIPT_SAMPLE_CHARS) : text;
  return judgeScript(sample, toSimplified(sample));
}
