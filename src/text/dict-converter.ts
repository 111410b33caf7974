// OpenCC's conversion, same dictionaries and same result, read faster. opencc-js walks a Map trie at
// every character of every pass (about 1 µs a character: half of parsing a Traditional plan, issue 12
// bench). Here each pass keeps its phrases in one Map with, per first UTF-16 unit, the lengths of the
// phrases that start with it (a bit mask), and its one-character keys in an array: a character no key
// starts with costs two array reads. The longest key that is a prefix at a position is the one the
// trie walk finds, so the output is the same (checked against opencc-js, test/text/dict-converter.test.ts).

/** One pass's dictionaries in opencc-js's order: `a b|c d` strings or [key, value] pairs. */
export type DictGroup = ReadonlyArray<string | ReadonlyArray<readonly [string, string]>>;

interface Pass {
  /** keys of two or more UTF-16 units */
  phrases: Map<string, string>;
  /** per first unit, bit n-1 set when a phrase of n units starts with it (phrases are ≤ 32 units) */
  phraseLengths: Uint32Array;
  /** a bit per hash of the first two units of some phrase (8 KB: stays in cache); most positions
   *  stop at this one read */
  phraseStarts: Uint32Array;
  /** one-unit keys, by their unit: the value's unit when it is one unit, else 0xffff (see singleLong)
   *  (a typed array: a sparse Array of 65,536 turns into a hash table) */
  single: Uint16Array;
  singleLong: Map<number, string>;
  /** a bit per unit that has a one-unit key changing it (8 KB, read before `single`) */
  singleKeys: Uint32Array;
  /** a bit per unit that starts a phrase or has a one-unit key changing it (8 KB): runPass skips any
   *  other unit with this one read (most of a Simplified text, half of a Traditional one) */
  keyStarts: Uint32Array;
}

const START_HASHES = 1 << 16;

// a collision only sends a position on to the phrase lookups, which then find nothing
function startHash(text: string, at: number): number {
  return ((text.charCodeAt(at) << 5) ^ text.charCodeAt(at + 1)) & (START_HASHES - 1);
}

function pairsOf(dict: DictGroup[number]): Array<readonly [string, string]> {
  return typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ') as [string, string]) : [...dict];
}

function buildPass(group: DictGroup): Pass {
  const pass: Pass = { phrases: new Map(), phraseLengths: new Uint32Array(0x10000), phraseStarts: new Uint32Array(START_HASHES >> 5), single: new Uint16Array(0x10000), singleLong: new Map(), singleKeys: new Uint32Array(0x10000 >> 5), keyStarts: new Uint32Array(0x10000 >> 5) };
  // opencc-js loads a group last to first, a later key overriding: the first dictionary wins
  for (const dict of [...group].reverse()) {
    for (const [key, value] of pairsOf(dict)) {
      if (!key) continue;
      if (key.length > 32) throw new Error(`dictionary key longer than 32 units: ${key}`);
      if (key.length === 1) {
        // a character kept as it is is the same as no key (a phrase kept as it is is not: it stops a
        // shorter key inside it)
        const code = key.charCodeAt(0);
        pass.single[code] = value === key ? 0 : value.length === 1 ? value.charCodeAt(0) : 0xffff;
        if (value !== key && value.length !== 1) pass.singleLong.set(code, value);
        if (value === key) pass.singleKeys[code >> 5] &= ~(1 << (code & 31));
        else pass.singleKeys[code >> 5] |= 1 << (code & 31);
        continue;
      }
      pass.phrases.set(key, value);
      pass.phraseLengths[key.charCodeAt(0)] |= 1 << (key.length - 1);
      pass.phraseStarts[startHash(key, 0) >> 5] |= 1 << (startHash(key, 0) & 31);
    }
  }
  for (let code = 0; code < 0x10000; code++) {
    if (pass.phraseLengths[code] !== 0 || (pass.singleKeys[code >> 5] & (1 << (code & 31))) !== 0) pass.keyStarts[code >> 5] |= 1 << (code & 31);
  }
  return pass;
}

// matchAt's value, beside its length (no tuple allocated per matched character)
let matchedValue = '';

/** The length of the longest key at `at` (its value in matchedValue), or 0. */
function matchAt(text: string, at: number, pass: Pass): number {
  const code = text.charCodeAt(at);
  const hash = startHash(text, at);
  let lengths = (pass.phraseStarts[hash >> 5] & (1 << (hash & 31))) === 0 ? 0 : pass.phraseLengths[code];
  while (lengths !== 0) {
    const len = 32 - Math.clz32(lengths);
    lengths &= ~(1 << (len - 1));
    if (at + len > text.length) continue;
    const value = pass.phrases.get(text.slice(at, at + len));
    if (value === undefined) continue;
    matchedValue = value;
    return len;
  }
  if ((pass.singleKeys[code >> 5] & (1 << (code & 31))) === 0) return 0;
  const one = pass.single[code];
  matchedValue = one === 0xffff ? pass.singleLong.get(code)! : String.fromCharCode(one);
  return 1;
}

function runPass(text: string, pass: Pass): string {
  let out = '';
  let copiedTo = 0;
  const keyStarts = pass.keyStarts;
  for (let i = 0; i < text.length;) {
    // no key starts with this unit: matchAt would return 0
    const code = text.charCodeAt(i);
    if ((keyStarts[code >> 5] & (1 << (code & 31))) === 0) {
      i++;
      continue;
    }
    const len = matchAt(text, i, pass);
    if (len === 0) {
      i++;
      continue;
    }
    out += copiedTo < i ? text.slice(copiedTo, i) + matchedValue : matchedValue;
    i += len;
    copiedTo = i;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

// opencc-js treats an ideographic description sequence (U+2FF0–U+2FFF and its operands) as one
// character; such text goes to opencc-js itself rather than copying that rule.
const DESCRIPTION_CHAR = /[\u2ff0-\u2fff]/;

/** A converter over the passes (each a dictionary group, applied in order); `fallback` for the rare
 *  text holding ideographic description characters. */
export function dictConverter(groups: readonly DictGroup[], fallback: (text: string) => string): (text: string) => string {
  const passes = groups.map(buildPass);
  return (text) => (DESCRIPTION_CHAR.test(text) ? fallback(text) : passes.reduce(runPass, text));
}
