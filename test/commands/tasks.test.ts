import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';

describe('/duban tasks', () => {
  test('GIVEN tasks 市工信局 (an abbreviation) THEN the tasks 市工业和信息化局 leads', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban tasks 市工信局');
    expect(reply!.text).toContain('市工业和信息化局');
    expect(reply!.text).toContain('推动5G赋能制造');
  });

  test('GIVEN tasks with no unit THEN missing_option unit', async ({ store, clock }) => {
    expect((await say(store, clock, '/duban tasks'))!.text).toContain('缺少必填项：unit');
  });
});
