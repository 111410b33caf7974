import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say, chatEvent } from '../support/chat.ts';
import { replyWithGold } from '../support/gold-reply.ts';
import { dispatch } from '../../src/core/dispatch.ts';
import { commandList } from '../../commands/index.ts';

describe('/duban lead', () => {
  test('GIVEN lead 5G赋能农业 THEN 市农业农村局', async ({ store, clock }) => {
    expect(await replyWithGold(store, clock, '/duban lead 5G赋能农业')).toContain('牵头单位：市农业农村局');
  });

  test('GIVEN the Discord subcommand form with a plan THEN the same engine, limited to the plan', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await dispatch(chatEvent({ platform: 'discord', command: { name: 'lead', options: { task: '智慧医疗', plan: '广州市推进新型基础设施建设实施方案' } } }), {
      store,
      clock,
      commands: commandList,
    });
    expect(reply!.text).toContain('市卫生健康委');
    expect(reply!.text).not.toContain('扬帆');
  });
});
