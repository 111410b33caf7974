import { describe, expect, test } from 'vitest';
import { runStage } from './helpers.ts';

describe('negation', () => {
  test.each(['未完成', '尚未完成', '还没完成', '还没有完成', '没有全部完成', '未能按期完成', '仍未建成', '还没弄完', '没做完'])('GIVEN %s THEN the completion verb is covered', (text) => {
    const doc = runStage('negation', `任务3${text}`);
    expect(doc.negated.length).toBe(1);
    const [s, e] = doc.negated[0];
    expect(doc.text.slice(s, e)).toMatch(/(?:完成|建成|完)$/);
  });
  test('GIVEN 已完成招标 THEN nothing negated', () => {
    expect(runStage('negation', '任务3已完成招标').negated).toEqual([]);
  });
});
