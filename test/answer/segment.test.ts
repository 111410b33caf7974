// Word segmentation (src/answer/segment.ts): jieba with the store's unit names as user words.
import { describe, expect, test } from 'vitest';
import { addWords, segment } from '../../src/answer/segment.ts';

describe('segment', () => {
  test('GIVEN 市生态环境局牵头的工作有哪些 THEN 牵头 and 工作 are words', () => {
    expect(segment('市生态环境局牵头的工作有哪些')).toEqual(expect.arrayContaining(['牵头', '工作']));
  });
  test('GIVEN 市政务服务和大数据管理局 added as a user word THEN it stays one word', () => {
    addWords(['市政务服务和大数据管理局']);
    expect(segment('市政务服务和大数据管理局牵头哪些任务')).toContain('市政务服务和大数据管理局');
  });
});
