// Plans in every style we learned from real documents (issue 12), written in our own sentences
// (test/fixtures/ingest/styles/<style>/<name>.txt with <name>.gold.json), each scored by the shared
// scorer as plain UTF-8 text, in a legacy encoding (GB18030 for Simplified, Big5 for Traditional
// where every character has a code), as a .docx and as a text-layer .pdf built here. Every figure
// must be exact.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlanFile } from '../../src/ingest/pipeline.ts';
import { listDocuments } from '../../src/bench/styles.ts';
import { encodeLegacy } from '../fixtures/ingest/encode-legacy.ts';
import { writeDocx } from '../fixtures/ingest/docx-writer.ts';
import { pdfCanWrite, writePdf } from '../fixtures/ingest/pdf-writer.ts';
import { scorePlan, type Score } from '../fixtures/ingest/score-plan.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const stylesDir = path.join(root, 'test/fixtures/ingest/styles');
const scorer = path.join(root, 'test/fixtures/eval/score-plan.mjs');
const docs = listDocuments(stylesDir).map((d) => ({ ...d, label: `${d.style}/${d.name}` }));

async function score(name: string, bytes: Uint8Array, gold: string): Promise<Score> {
  return scorePlan(await parsePlanFile({ name, bytes }), gold, scorer, root);
}

function expectExact(s: Score): void {
  expect({ taskRecall: s.taskRecall, taskPrecision: s.taskPrecision, unitF1ByRole: s.unitF1ByRole, unitF1AnyRole: s.unitF1AnyRole, targetValueRecall: s.targetValueRecall, deadlineRecall: s.deadlineRecall }).toEqual({
    taskRecall: 1, taskPrecision: 1, unitF1ByRole: 1, unitF1AnyRole: 1, targetValueRecall: 1, deadlineRecall: 1,
  });
  for (const [field, ok] of Object.entries(s.planFields)) expect({ field, ok }).toEqual({ field, ok: true });
}

test('GIVEN the style fixtures THEN at least 10 styles, each with gold', () => {
  expect(new Set(docs.map((d) => d.style)).size).toBeGreaterThanOrEqual(10);
});

describe('style fixtures, every figure exact', () => {
  test.each(docs)('GIVEN $label as UTF-8 text THEN it scores 1.0', async (d) => {
    expectExact(await score(`${d.name}.txt`, new Uint8Array(readFileSync(d.text)), d.gold));
  });

  test.each(docs)('GIVEN $label in GB18030 or Big5 THEN it scores 1.0', async (d) => {
    const text = readFileSync(d.text, 'utf8').replace(/\n/g, '\r\n');
    const bytes = encodeLegacy(text, 'gb18030') ?? encodeLegacy(text, 'big5');
    expect(bytes).not.toBeNull();
    expectExact(await score(`${d.name}.txt`, bytes!, d.gold));
  });

  test.each(docs)('GIVEN $label as a .docx THEN it scores 1.0', async (d) => {
    const lines = readFileSync(d.text, 'utf8').split('\n').filter((l) => l.trim());
    expectExact(await score(`${d.name}.docx`, await writeDocx(lines), d.gold));
  });

  // paragraphs wrapped at the margin and rejoined by the reader, one font subset per run of characters;
  // a damaged page's mojibake that no Noto glyph draws cannot be in a PDF and is left out (as in Big5)
  test.each(docs)('GIVEN $label as a text-layer .pdf THEN it scores 1.0', async (d) => {
    const lines = readFileSync(d.text, 'utf8').split('\n').filter((l) => l.trim()).map((l) => [...l].filter(pdfCanWrite).join(''));
    expectExact(await score(`${d.name}.pdf`, await writePdf(lines), d.gold));
  });
});

test('GIVEN the Traditional damaged page in Big5 (its mojibake has no Big5 code and is lost) THEN it scores 1.0', async () => {
  const d = docs.find((x) => x.style === 'damaged-scrape' && x.name === 'digital-govt')!;
  const text = [...readFileSync(d.text, 'utf8')].filter((ch) => encodeLegacy(ch, 'big5') !== null).join('');
  const big5 = encodeLegacy(text, 'big5');
  expect(big5).not.toBeNull();
  expectExact(await score(`${d.name}.txt`, big5!, d.gold));
});
