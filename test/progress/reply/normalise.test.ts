import { describe, expect, test } from 'vitest';
import { runStage } from './helpers.ts';

describe('normalise', () => {
  test('GIVEN full-width digits and ％ THEN ASCII', () => {
    expect(runStage('normalise', '任务７完成８０％').text).toBe('任务7完成80%');
  });
  test('GIVEN Traditional script THEN Simplified (opencc), full-width punctuation ASCII (NFKC)', () => {
    expect(runStage('normalise', '任務4進度滯後，因資金未到位').text).toBe('任务4进度滞后,因资金未到位');
  });
  test('GIVEN zero-width characters and runs of space THEN removed / one space', () => {
    expect(runStage('normalise', '\u200b任务3\u200b   推进中\n60%').text).toBe('任务3 推进中 60%');
  });
  test('GIVEN only white space THEN problem empty; GIVEN 9,000 characters THEN too_long', () => {
    expect(runStage('normalise', ' \n ').problem).toBe('empty');
    expect(runStage('normalise', '推进中'.repeat(3000)).problem).toBe('too_long');
  });
});

describe('normalise: thousands separators', () => {
  test('GIVEN 1,200个 / 1，200个 / 12,000,000户 THEN one number; 任务1,200 and 3,45 stay', () => {
    expect(runStage('normalise', '建成基站1,200个').text).toBe('建成基站1200个');
    expect(runStage('normalise', '建成基站1，200个').text).toBe('建成基站1200个');
    expect(runStage('normalise', '覆盖12,000,000户').text).toBe('覆盖12000000户');
    expect(runStage('normalise', '任务1,200').text).toBe('任务1,200');
    expect(runStage('normalise', '新建3,45个').text).toBe('新建3,45个');
  });
});
