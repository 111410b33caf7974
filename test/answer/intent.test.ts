// Question kinds from wording, and the topic left once question words are out.
import { describe, expect, test } from 'vitest';
import { askedRole, detectIntent } from '../../src/answer/intent.ts';
import { questionTopic } from '../../src/answer/topic.ts';

const none = { hasUnit: false, hasPlan: false, hasTopic: true };

describe('detectIntent', () => {
  const cases: Array<[string, Parameters<typeof detectIntent>[1], string]> = [
    ['谁牵头推动5G赋能交通？', none, 'lead'],
    ['推动5G赋能制造的配合单位有哪些？', none, 'supports'],
    ['统筹5G基站规划布局的责任单位是哪些？', none, 'responsible'],
    ['智慧商贸的牵头单位和配合单位', none, 'lead'],
    ['市工信局牵头了哪些工作？', { hasUnit: true, hasPlan: false, hasTopic: false }, 'unit_tasks'],
    ['智慧燃气表什么时候设计完成？', none, 'deadline'],
    ['下个月到期的任务', { ...none, hasTopic: false }, 'deadline'],
    ['到2023年广州计划建成多少5G基站？', { hasUnit: false, hasPlan: true, hasTopic: true }, 'target'],
    ['扬帆计划有多少项任务？', { hasUnit: false, hasPlan: true, hasTopic: false }, 'plan'],
    ['广州5G应用计划的期限', { hasUnit: false, hasPlan: true, hasTopic: false }, 'plan'],
    ['有哪些计划？', { ...none, hasTopic: false }, 'plan'],
    ['推动5G赋能物流', none, 'task'],
    ['帮助', none, 'help'],
    ['', none, 'help'],
    ['推动5G赋能物流进展如何', none, 'progress'],
  ];
  for (const [q, ctx, want] of cases) test(`GIVEN ${q || '(empty)'} THEN ${want}`, () => expect(detectIntent(q, ctx).intent).toBe(want));

  test('GIVEN two roles THEN the first one written', () => {
    expect(askedRole('智慧农业谁牵头，谁配合？')).toBe('lead');
    expect(askedRole('配合单位和牵头单位')).toBe('supports');
  });
});

describe('questionTopic', () => {
  const cases: Array<[string, string]> = [
    ['谁牵头推动5G赋能交通？', '推动5g赋能交通'],
    ['5G赋能农业由哪个单位牵头？', '5g赋能农业'],
    ['抢占标准制高点的牵头单位', '抢占标准制高点'],
    ['推进智慧医疗领域的5G应用推广是谁牵头', '推进智慧医疗领域的5g应用推广'],
    ['2019年的目标是什么？', ''],
  ];
  for (const [q, want] of cases) test(`GIVEN ${q} THEN ${want || '(none)'}`, () => expect(questionTopic(q)).toBe(want));

  test('GIVEN words apart THEN parts kept apart', () => expect(questionTopic('智慧燃气表什么时候设计完成？')).toBe('智慧燃气表|设计完成'));
});
