import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';

describe('/duban deadlines', () => {
  test('GIVEN deadlines 2020年10月 THEN the tasks due then, cited', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban deadlines 2020年10月');
    expect(reply!.text).toMatch(/任务|到期/);
    expect(reply!.text).toContain('2020');
  });

  test('GIVEN deadlines with no period THEN the next 30 days from the injected clock', async ({ store, clock }) => {
    loadGoldPlans(store);
    clock.set('2022-12-05T01:00:00Z');
    const reply = await say(store, clock, '/duban deadlines');
    expect(reply!.text).toContain('2022');
  });
});
