// Simplified/Traditional both ways (opencc-js). Matching and storage are Simplified; a reply goes back
// in the asker's script. Convert a text once: tw→cn run twice turns 显著 into 显着 (../shared/gold notes).
import * as OpenCC from 'opencc-js';
import { dictConverter, type DictGroup } from './dict-converter.ts';

export type Script = 'simplified' | 'traditional';

// the same passes as OpenCC.Converter({ from: 'tw', to: 'cn' }), read faster (dict-converter.ts)
const twToCn = dictConverter([...OpenCC.Locale.from.tw, ...OpenCC.Locale.to.cn] as DictGroup[], OpenCC.Converter({ from: 'tw', to: 'cn' }));
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** detectScript reads at most this many characters (a whole plan need not be converted to judge it). */
export const SCRIPT_SAMPLE_CHARS = 20_000;

type DictEntries = string | ReadonlyArray<readonly [string, string]>;

/** The characters where some rule's key differs from its value: a text with none of them is left as
 *  it is by every rule (a key that changes anything holds one), so it converts to itself. */
function changingChars(dicts: readonly DictEntries[]): Set<string> {
  const out = new Set<string>();
  for (const dict of dicts) {
    const pairs: ReadonlyArray<readonly [string, string]> = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ') as [string, string]) : dict;
    for (const [k, v] of pairs) {
      if (!k || k === v) continue;
      const keyChars = [...k];
      const valueChars = [...(v ?? '')];
      keyChars.forEach((c, i) => { if (keyChars.length !== valueChars.length || c !== valueChars[i]) out.add(c); });
    }
  }
  return out;
}

/** The same characters as one flag per UTF-16 code unit: a look-up without a string per character. */
function changingCodes(chars: Set<string>): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (const c of chars) if (c.length === 1) flags[c.charCodeAt(0)] = 1;
  return flags;
}

const TW_TO_CN_CHANGING = changingCodes(changingChars([...OpenCC.Locale.from.tw, ...OpenCC.Locale.to.cn].flat()));

function mayChange(text: string, changing: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogate pairs (rare CJK extensions) go to the converter; below U+2E80 nothing is Han.
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (code >= 0x2e80 && changing[code] === 1) return true;
  }
  return false;
}

export function toSimplified(text: string): string {
  // Most replies and plans are Simplified already: skip the converter's trie walk when nothing in
  // the text can change (it was ~10% of reading a reply, issue 11 bench).
  return mayChange(text, TW_TO_CN_CHANGING) ? twToCn(text) : text;
}

export function toTraditional(text: string): string {
  return cnToTw(text);
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
export function judgeScript(text: string, simplified: string): Script {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      han++;
      if (code !== simplified.charCodeAt(i)) changed++;
    }
  }
  if (han === 0) return 'simplified';
  // Traditional text typically changes 15–30% of its characters; Simplified well under 1%.
  return changed / han > 0.03 || changed >= 20 ? 'traditional' : 'simplified';
}

/** The script of a text, judged on its first SCRIPT_SAMPLE_CHARS characters. */
export function detectScript(text: string): Script {
  const sample = text.length > SCRIPT_SAMPLE_CHARS ? text.slice(0, SCRIPT_SAMPLE_CHARS) : text;
  return judgeScript(sample, toSimplified(sample));
}
