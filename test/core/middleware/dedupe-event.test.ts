import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.ts';
import { chatEvent } from '../../support/chat.ts';
import { dispatch } from '../../../src/core/dispatch.ts';
import { testCommand } from '../../support/commands.ts';
import { claimEvent, countEvents, pruneEvents } from '../../../src/store/chat-events.ts';
import { openStore } from '../../../src/store/open.ts';

function counter() {
  let runs = 0;
  const command = testCommand('count', () => ({ text: `run ${++runs}` }));
  return { command, runs: () => runs };
}

describe('dedupe-event', () => {
  test('GIVEN the same platform eventId twice (Slack retry) THEN one effect and null the second time', async ({ store, clock }) => {
    const { command, runs } = counter();
    const deps = { store, clock, commands: [command] };
    const first = await dispatch(chatEvent({ platform: 'slack', eventId: 'Ev01', text: '/duban count' }), deps);
    const again = await dispatch(chatEvent({ platform: 'slack', eventId: 'Ev01', text: '/duban count' }), deps);
    expect(first!.text).toBe('run 1');
    expect(again).toBeNull();
    expect(runs()).toBe(1);
    // The same id on another platform is another event.
    expect((await dispatch(chatEvent({ platform: 'discord', eventId: 'Ev01', text: '/duban count' }), deps))!.text).toBe('run 2');
  });

  test('GIVEN concurrent deliveries of one event THEN exactly one runs', async ({ store, clock }) => {
    const { command, runs } = counter();
    const deps = { store, clock, commands: [command] };
    const replies = await Promise.all(Array.from({ length: 10 }, () => dispatch(chatEvent({ platform: 'slack', eventId: 'Ev02', text: '/duban count' }), deps)));
    expect(replies.filter(Boolean).length).toBe(1);
    expect(runs()).toBe(1);
  });

  test('GIVEN a restart between deliveries THEN still one effect (the key is in SQLite)', async ({ store, clock }) => {
    const { command, runs } = counter();
    await dispatch(chatEvent({ platform: 'discord', eventId: 'M1', text: '/duban count' }), { store, clock, commands: [command] });
    const reopened = openStore(store.file);
    try {
      const r = await dispatch(chatEvent({ platform: 'discord', eventId: 'M1', text: '/duban count' }), { store: reopened, clock, commands: [command] });
      expect(r).toBeNull();
      expect(runs()).toBe(1);
    } finally {
      reopened.close();
    }
  });

  test('GIVEN a failure of ours on the first delivery THEN the retry runs again', async ({ store, clock }) => {
    let calls = 0;
    const flaky = testCommand('flaky', () => {
      if (++calls === 1) throw new Error('SQLITE_BUSY');
      return { text: 'ok' };
    });
    const deps = { store, clock, commands: [flaky] };
    // A failure of ours (SQLITE_BUSY) is not the user's: the platform's retry must get through.
    const first = await dispatch(chatEvent({ platform: 'slack', eventId: 'Ev03', text: '/duban flaky' }), deps);
    expect(first!.text).toContain('处理时出错了');
    const second = await dispatch(chatEvent({ platform: 'slack', eventId: 'Ev03', text: '/duban flaky' }), deps);
    expect(second!.text).toBe('ok');
    // A user's error (bad option) keeps the claim: retrying cannot fix it.
    await dispatch(chatEvent({ platform: 'slack', eventId: 'Ev04', text: '/duban flaky extra' }), deps);
    expect(await dispatch(chatEvent({ platform: 'slack', eventId: 'Ev04', text: '/duban flaky extra' }), deps)).toBeNull();
  });

  test('GIVEN a claim that never completed (the process died mid-command) THEN a restarted bot runs the redelivery', async ({ store, clock }) => {
    const { command, runs } = counter();
    // The first process claimed Ev05 and died before finishing: nothing was written as handled.
    expect(claimEvent(store, { platform: 'slack', eventId: 'Ev05', tenant: 'T1' }, clock.now())).toBe(true);
    const restarted = openStore(store.file);
    try {
      const r = await dispatch(chatEvent({ platform: 'slack', eventId: 'Ev05', text: '/duban count' }), { store: restarted, clock, commands: [command] });
      expect(r!.text).toBe('run 1');
      expect(await dispatch(chatEvent({ platform: 'slack', eventId: 'Ev05', text: '/duban count' }), { store: restarted, clock, commands: [command] })).toBeNull();
      expect(runs()).toBe(1);
    } finally {
      restarted.close();
    }
  });

  test('GIVEN events older than the retention THEN pruned', async ({ store, clock }) => {
    const { command } = counter();
    await dispatch(chatEvent({ platform: 'slack', eventId: 'old', text: '/duban count' }), { store, clock, commands: [command] });
    expect(countEvents(store)).toBe(1);
    clock.advance(8 * 24 * 3600 * 1000);
    expect(pruneEvents(store, clock.now())).toBe(1);
    expect(countEvents(store)).toBe(0);
  });
});
