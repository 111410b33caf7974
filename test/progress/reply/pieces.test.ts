// The search helpers the stages use in place of matchAll (issue 11 bench): they must find exactly
// what matchAll finds, on every reply we hold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NEGATED_COMPLETION, NEGATION_STARTS } from '../../../src/progress/reply/negation.ts';
import { normaliseText } from '../../../src/progress/reply/normalise.ts';
import { allMatches, matchesAt, splitPieces } from '../../../src/progress/reply/pieces.ts';
import { COMPLETION, COMPLETION_STARTS } from '../../../src/progress/reply/status.ts';
import { TASK_REF, TASK_REF_STARTS } from '../../../src/progress/reply/task-refs.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'replies');

function fixtureReplies(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(FIXTURES, file), 'utf8').split('\n')) {
      if (line.trim()) out.push(normaliseText((JSON.parse(line) as { reply: string }).reply));
    }
  }
  return out;
}

const spans = (ms: RegExpExecArray[] | IterableIterator<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);
const globalCopy = (sticky: RegExp) => new RegExp(sticky.source, sticky.flags.replace('y', '') + 'g');

describe('allMatches', () => {
  test('GIVEN a pattern run twice over THEN the same matches as matchAll, lastIndex no matter', () => {
    const re = /(\d+)%/gu;
    const text = '任务7完成40%，任务8完成20%';
    re.lastIndex = 5;
    expect(spans(allMatches(text, re))).toEqual(['5:40%', '14:20%']);
    expect(spans(allMatches(text, re))).toEqual(spans(text.matchAll(re)));
  });
  test('GIVEN a pattern that can match nothing THEN it still moves on', () => {
    expect(allMatches('ab', /x*/gu)).toHaveLength(3);
  });
});

describe('matchesAt (first characters, then the pattern sticky)', () => {
  test('GIVEN an optional opener THEN the match starts at it, as matchAll finds it', () => {
    const text = '主体已全部完成，设备已经完成调试';
    expect(spans(matchesAt(text, COMPLETION_STARTS, COMPLETION))).toEqual(['2:已全部完成', '10:已经完成']);
  });
  // Every first character a pattern can match must be in its STARTS class: a word added to the
  // pattern without its first character would be missed. Checked on every reply we hold.
  test.each([
    ['COMPLETION', COMPLETION_STARTS, COMPLETION, true],
    ['NEGATED_COMPLETION', NEGATION_STARTS, NEGATED_COMPLETION, false],
    ['TASK_REF', TASK_REF_STARTS, TASK_REF, false],
  ] as const)('GIVEN every fixture reply THEN %s finds what matchAll finds', (_name, starts, sticky, byPiece) => {
    let found = 0;
    for (const reply of fixtureReplies()) {
      for (const text of byPiece ? splitPieces(reply).map((p) => p.text) : [reply]) {
        const want = spans(text.matchAll(globalCopy(sticky)));
        expect(spans(matchesAt(text, starts, sticky))).toEqual(want);
        found += want.length;
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});
