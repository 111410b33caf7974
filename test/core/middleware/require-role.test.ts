import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.ts';
import { say, chatEvent } from '../../support/chat.ts';
import { dispatch } from '../../../src/core/dispatch.ts';
import { commandList } from '../../../commands/index.ts';

describe('require-role', () => {
  test('GIVEN a non-coordinator THEN /duban import is refused politely, only to them, nothing imported', async ({ store, clock }) => {
    const reply = await dispatch(
      chatEvent({ platform: 'discord', text: '/duban import', attachments: [{ name: 'plan.txt', bytes: new TextEncoder().encode('关于印发…的通知') }] }),
      { store, clock, commands: commandList },
    );
    expect(reply!.ephemeral).toBe(true);
    expect(reply!.text).toContain('仅限协调人');
    expect(reply!.text).toContain('import');
  });

  test('GIVEN a non-coordinator THEN /duban digest and 周报 are refused', async ({ store, clock }) => {
    for (const text of ['/duban digest', '/duban 周报 week:2022-W10']) {
      const reply = await say(store, clock, text, { platform: 'slack' });
      expect(reply!.text).toContain('仅限协调人');
      expect(reply!.files ?? []).toHaveLength(0);
    }
  });

  test('GIVEN a structured invocation (Discord subcommand) by a non-coordinator THEN refused too', async ({ store, clock }) => {
    const reply = await dispatch(chatEvent({ platform: 'discord', command: { name: 'digest', options: {} } }), { store, clock, commands: commandList });
    expect(reply!.text).toContain('仅限协调人');
  });

  test('GIVEN an English Discord locale THEN the refusal is in English', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban digest', { platform: 'discord', locale: 'en-US' });
    expect(reply!.text).toContain('coordinators only');
  });

  test('GIVEN a coordinator THEN the refusal is not given (the command runs)', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban import', { isCoordinator: true });
    expect(reply!.text).not.toContain('仅限协调人');
  });
});
