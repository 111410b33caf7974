import { describe, expect, test } from 'vitest';
import { chineseNumber } from '../../../src/progress/reply/cn-number.ts';

describe('chineseNumber (nzh, with 两 and 一万二 mended)', () => {
  test.each([
    ['六', 6], ['十二', 12], ['九十五', 95], ['一百零八', 108], ['两千', 2000], ['两百', 200],
    ['三千五', 3500], ['一万二', 12000], ['一万二千', 12000], ['零', 0], ['75', 75], ['2.5', 2.5],
  ])('GIVEN %s THEN %s', (text, want) => {
    expect(chineseNumber(text)).toBe(want);
  });
  test.each(['成', '一些', '', '万一x'])('GIVEN %s THEN null (nzh reads it as 0)', (text) => {
    expect(chineseNumber(text)).toBeNull();
  });
});

describe('chineseNumber read once per numeral', () => {
  test('GIVEN the same numeral read again THEN the same value (the remembered one)', () => {
    expect([chineseNumber('七'), chineseNumber('七'), chineseNumber('一万二'), chineseNumber('一万二')]).toEqual([7, 7, 12000, 12000]);
  });
  test('GIVEN text that is no numeral, twice THEN null both times', () => {
    expect([chineseNumber('建成'), chineseNumber('建成')]).toEqual([null, null]);
  });
});
