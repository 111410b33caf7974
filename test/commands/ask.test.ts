import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';

describe('/duban ask and free text', () => {
  test('GIVEN free text 谁牵头推动5G赋能交通？ THEN the four lead units with the citation', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '谁牵头推动5G赋能交通？');
    expect(reply!.text).toContain('任务4');
    for (const u of ['市工业和信息化局', '市交通运输局', '市公交集团', '广州地铁集团']) expect(reply!.text).toContain(u);
  });

  test('GIVEN the question in Traditional THEN the answer in Traditional, converted once', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban ask 誰牽頭推動5G賦能交通？');
    expect(reply!.text).toContain('市工業和信息化局');
    expect(reply!.text).not.toContain('市工业和信息化局');
  });

  test('GIVEN a question nothing answers THEN says so plainly', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '谁牵头火星基地建设？');
    expect(reply!.text).toMatch(/没有/);
  });

  test('GIVEN a 3,000-character question as free text, after /duban ask and in a thread THEN the same limit, 2000, on every path', async ({ store, clock }) => {
    loadGoldPlans(store);
    const question = `谁牵头推动5G赋能交通${'和智慧医疗'.repeat(600)}？`;
    for (const [text, thread] of [[question, null], [`/duban ask ${question}`, null], [`/duban ${question}`, null], [question, 'T-any']] as const) {
      const reply = await say(store, clock, text, { thread });
      expect(reply!.text).toContain('消息过长');
      expect(reply!.text).toContain('2000');
    }
    // Under the limit it is a question like any other.
    expect((await say(store, clock, `谁牵头推动5G赋能交通${'？'.repeat(1900)}`))!.text).not.toContain('消息过长');
  });

  test('GIVEN `/duban ask` with nothing THEN empty_question with an example', async ({ store, clock }) => {
    expect((await say(store, clock, '/duban ask'))!.text).toContain('缺少必填项：question');
    expect((await say(store, clock, '/duban 问 '))!.text).toContain('question');
  });
});
