import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { say } from '../support/chat.ts';

describe('/duban report', () => {
  test('GIVEN no options on Slack or Discord THEN a modal spec with task/status/percent/note', async ({ store, clock }) => {
    for (const platform of ['slack', 'discord'] as const) {
      const reply = await say(store, clock, '/duban report', { platform });
      expect(reply!.modal?.id).toBe('report');
      expect(reply!.modal?.fields.map((f) => f.id)).toEqual(['task', 'status', 'percent', 'note']);
    }
  });

  test('GIVEN no options on the console THEN nothing_to_report with an example', async ({ store, clock }) => {
    expect((await say(store, clock, '/duban report'))!.text).toContain('任务3 推进中 60%');
  });

  test('GIVEN percent 120 or -5 THEN refused with the range, nothing recorded', async ({ store, clock }) => {
    expect((await say(store, clock, '/duban report task:3 percent:120'))!.text).toContain('不能超过 100%（收到 120%）');
    expect((await say(store, clock, '/duban report task:3 percent:-5'))!.text).toContain('不能为负数');
  });

  test('GIVEN an unknown status THEN the five statuses are listed', async ({ store, clock }) => {
    expect((await say(store, clock, '/duban report task:3 status:差不多'))!.text).toContain('未开始/推进中/已完成/滞后/受阻');
  });
});
