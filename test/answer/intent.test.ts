// Question kinds from wording, and the topic left once question words are out.
import { describe, expect, test as plain } from 'vitest';
import { test } from '../support/fixtures.ts';
import { intentOf } from '../../src/answer/intent.ts';
import { askedRole } from '../../src/answer/role-word.ts';
import { readSlots } from '../../src/answer/slots.ts';
import { planReader } from '../../src/store/plan-reader.ts';
import { loadGold } from './gold-store.ts';
import { questionTopic } from '../../src/answer/topic.ts';


describe('intentOf(readSlots(question))', () => {
  // Questions grouped by the intent they must read as.
  const byIntent: Record<string, string[]> = {
    lead: ['谁牵头推动5G赋能交通？', '智慧商贸的牵头单位和配合单位', '加强区域协同发展谁牵头'],
    supports: ['推动5G赋能制造的配合单位有哪些？'],
    responsible: ['统筹5G基站规划布局的责任单位是哪些？', '引导各方参与的责任单位'],
    unit_tasks: ['市工信局牵头了哪些工作？', '市生态环境局牵头的工作有哪些', '把市水务局牵头的活列一下', '哪些任务由市工信局牵头'],
    deadline: ['智慧燃气表什么时候设计完成？', '下个月到期的任务', '2022年底前到期的任务有哪些'],
    target: ['到2023年广州计划建成多少5G基站？'],
    plan: ['扬帆计划有多少项任务？', '广州5G应用计划的期限', '有哪些计划？'],
    task: ['推动5G赋能物流'],
    help: ['帮助'],
    progress: ['推动5G赋能物流进展如何', '哪些任务已经逾期了？', '哪些单位还没有填报？'],
  };
  for (const [want, questions] of Object.entries(byIntent)) {
    for (const q of questions) {
      test(`GIVEN ${q} THEN ${want}`, ({ store }) => {
        loadGold(store);
        expect(intentOf(readSlots(planReader(store), q))).toBe(want);
      });
    }
  }

  plain('GIVEN two roles THEN the first one written next to a question word', () => {
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
  for (const [q, want] of cases) plain(`GIVEN ${q} THEN ${want || '(none)'}`, () => expect(questionTopic(q)).toBe(want));

  plain('GIVEN words apart THEN parts kept apart', () => expect(questionTopic('智慧燃气表什么时候设计完成？')).toBe('智慧燃气表|设计完成'));
});
