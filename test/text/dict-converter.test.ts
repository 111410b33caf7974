// The faster tw→cn converter (src/text/dict-converter.ts) gives opencc-js's output exactly: on every
// line of the seeds and the text fixtures, and on phrases at the edges of a line and of the text.
import { expect, test } from 'vitest';
import * as OpenCC from 'opencc-js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictConverter, type DictGroup } from '../../src/text/dict-converter.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fast = dictConverter([...OpenCC.Locale.from.tw, ...OpenCC.Locale.to.cn] as DictGroup[], opencc);

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return textFiles(p);
    return /\.(txt|md|html?)$/.test(f) ? [p] : [];
  });
}

test('GIVEN every line of the seeds and text fixtures, as they are and made Traditional THEN the output is opencc-js\'s', () => {
  const files = [...textFiles(path.join(root, 'seeds')), ...textFiles(path.join(root, 'test/fixtures'))];
  const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n'));
  const toTw = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const all = [...lines, ...lines.map(toTw)];
  expect(all.join('').length).toBeGreaterThan(100_000);
  const differing = all.filter((l) => fast(l) !== opencc(l));
  expect(differing).toEqual([]);
  expect(fast(all.join('\n'))).toBe(opencc(all.join('\n')));
});

// toTraditional (src/text/script.ts) reads the cn→tw dictionaries the same way (issue 12: built lazily,
// in about half the time of opencc-js's trie)
test('GIVEN every line of the seeds and text fixtures, made Simplified THEN the cn→tw output is opencc-js\'s', () => {
  const files = [...textFiles(path.join(root, 'seeds')), ...textFiles(path.join(root, 'test/fixtures'))];
  const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n')).map(opencc);
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const fastToTw = dictConverter([...OpenCC.Locale.from.cn, ...OpenCC.Locale.to.tw] as DictGroup[], toTw);
  expect(lines.join('').length).toBeGreaterThan(50_000);
  expect(lines.filter((l) => fastToTw(l) !== toTw(l))).toEqual([]);
  expect(fastToTw(lines.join('\n'))).toBe(toTw(lines.join('\n')));
  for (const c of ['发展改革委员会', '一口吃个饱', '𠀋台湾𠀋', '⿰氵每的海', '', '里面']) expect({ c, out: fastToTw(c) }).toEqual({ c, out: toTw(c) });
});

test('GIVEN phrases, astral characters and a description sequence THEN the output is opencc-js\'s', () => {
  const cases = ['一目瞭然', '瞭', '一口吃個飽', '發展改革委員會', '𠀋臺灣𠀋', '⿰氵每的海', '乾隆', '著名的顯著', '', '裏', '個'];
  for (const c of cases) expect({ c, out: fast(c) }).toEqual({ c, out: opencc(c) });
});

test('GIVEN a Simplified text with nothing to change THEN the same string comes back', () => {
  const text = '市工业和信息化局牵头，2025年底前完成。';
  expect(fast(text)).toBe(text);
});
