import { describe, expect, test } from 'vitest';
import { readBlocker } from '../../../src/progress/reply/blocker.ts';

describe('blocker', () => {
  test.each([
    ['受征地影响部分路段基站建设有所推迟', '征地'],
    ['因资金未到位暂停施工', '资金未到位'],
    ['卡在规划审批，一直没批下来', '规划审批'],
    ['因物业不同意进场，进度滞后约两周', '物业不同意进场'],
    ['未能如期完成，主要原因是审批流程较长', '审批流程较长'],
    ['受疫情影响滞后', '疫情'],
    ['进度偏慢，主要是施工队伍不足', '施工队伍不足'],
    ['主要是开展现场踏勘', null],
    ['配套资金仍未到位', '配套资金'],
    ['管线迁改难度较大', '管线迁改'],
    ['因此本周加快推进', null],
    ['按计划推进', null],
  ])('GIVEN %s THEN %s', (text, want) => {
    expect(readBlocker(text)).toBe(want);
  });
});
