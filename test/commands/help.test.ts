import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { say } from '../support/chat.ts';
import { commandList } from '../../commands/index.ts';

describe('/duban help', () => {
  test('GIVEN help THEN every command from its definition, with aliases, coordinator marks, ephemeral', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban help');
    for (const c of commandList) expect(reply!.text).toContain(`/duban ${c.name}`);
    expect(reply!.text).toContain('（周报、汇总） 【仅协调人】');
    expect(reply!.ephemeral).toBe(true);
  });

  test('GIVEN 帮助 in English locale THEN English descriptions', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban 帮助', { locale: 'en-US' });
    expect(reply!.text).toContain('Report progress on a task');
    expect(reply!.text).toContain('[coordinators]');
  });

  test('GIVEN help 填报 (an alias) THEN the report options with choices and examples', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban help 填报');
    expect(reply!.text).toContain('percent（进度/百分比）');
    expect(reply!.text).toContain('示例');
  });

  test('GIVEN help nosuch THEN unknown_command', async ({ store, clock }) => {
    expect((await say(store, clock, '/duban help nosuch'))!.text).toContain('没有“nosuch”这个命令');
  });
});
