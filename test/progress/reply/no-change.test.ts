import { describe, expect, test } from 'vitest';
import { saysNoChange } from '../../../src/progress/reply/no-change.ts';

describe('no-change', () => {
  test.each(['本周无新进展', '暂无进展', '无变化', '同上周', '与上周持平', '进展同上', 'no change', '这周没啥新进展', '目前没有什么变化'])('GIVEN %s THEN no change', (t) => {
    expect(saysNoChange(t)).toBe(true);
  });
  test.each(['推进中 60%', '新增基站3座', '已完成'])('GIVEN %s THEN not', (t) => {
    expect(saysNoChange(t)).toBe(false);
  });
});
