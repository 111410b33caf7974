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
    // A wait or an objection named without 因 (held5, first contact: 居民反对，停工中 / 仍在等待资金下达).
    ['仍在等待资金下达', '资金'],
    ['还在等上级批复', '上级'],
    ['正在等候设备到货，安装暂停', '设备'],
    ['村民不同意征收，暂停施工', '村民'],
    ['部分商户阻工，停工中', '部分商户'],
    ['没有居民反对，进展顺利', null],
    ['市发改委等部门已审批', null],
    ['已完成，等待验收', null],
  ])('GIVEN %s THEN %s', (text, want) => {
    expect(readBlocker(text)).toBe(want);
  });
});
