import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans } from '../support/chat.ts';
import { autocomplete } from '../../src/answer/autocomplete.ts';

describe('autocomplete', () => {
  test('GIVEN the seed plans THEN plans, units and tasks match what was typed, ≤25 choices of ≤100 chars', ({ store }) => {
    expect(loadGoldPlans(store)).toBe(5);
    const plans = autocomplete(store, 'plan', '广州');
    expect(plans.length).toBeGreaterThanOrEqual(2);
    expect(plans.every((p) => p.value.includes('广州'))).toBe(true);
    const units = autocomplete(store, 'unit', '工业和信息化');
    expect(units.map((u) => u.name)).toContain('市工业和信息化局');
    const tasks = autocomplete(store, 'task', '賦能交通');
    expect(tasks.some((t) => t.value.includes('5G赋能交通'))).toBe(true);
    const all = autocomplete(store, 'task', '');
    expect(all.length).toBe(25);
    for (const c of [...plans, ...units, ...all]) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});
