import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';

const PNG = [0x89, 0x50, 0x4e, 0x47];

describe('/duban digest', () => {
  test('GIVEN a coordinator in a channel following a plan, after a report THEN a headline, detail sections, the chart PNG and the markdown file', async ({ store, clock }) => {
    loadGoldPlans(store);
    await say(store, clock, '/duban follow 广州市加快5G应用创新发展三年行动计划', { isCoordinator: true, platform: 'slack' });
    await say(store, clock, '/duban join 市农业农村局', { platform: 'slack', user: 'U5' });
    await say(store, clock, '/duban report task:6 status:滞后 percent:30 note:用地审批未完成', { platform: 'slack', user: 'U5' });
    const reply = await say(store, clock, '/duban digest', { platform: 'slack', isCoordinator: true });
    expect(reply!.title).toContain('2022-W10 进度周报');
    expect(reply!.text).toContain('滞后 1（+1）');
    const head = (reply!.sections ?? []).filter((s) => s.in !== 'thread');
    expect(head.find((s) => s.tone === 'yellow')?.lines.join('\n')).toContain('市农业农村局');
    expect((reply!.sections ?? []).some((s) => s.in === 'thread')).toBe(true);
    expect(reply!.files!.map((f) => f.contentType)).toEqual(['image/png', 'text/markdown; charset=utf-8']);
    const chart = reply!.files![0];
    expect(chart.contentType).toBe('image/png');
    expect([...chart.bytes.slice(0, 4)]).toEqual(PNG);
  });

  test('GIVEN no followed plan and no plan option THEN says how to pick one', async ({ store, clock }) => {
    loadGoldPlans(store);
    const reply = await say(store, clock, '/duban digest', { isCoordinator: true, channel: 'C-empty' });
    expect(reply!.text).toContain('/duban follow');
  });

  test('GIVEN week:2022-W99 THEN bad_option; plan named THEN that plan’s digest', async ({ store, clock }) => {
    loadGoldPlans(store);
    expect((await say(store, clock, '/duban digest plan:开封市加快5G产业发展三年行动计划 week:2022-W99', { isCoordinator: true }))!.text).toContain('2022-W99');
    const r = await say(store, clock, '/duban 周报 开封市加快5G产业发展三年行动计划 week:2022-w09', { isCoordinator: true });
    expect(r!.title).toContain('2022-W09');
  });
});
