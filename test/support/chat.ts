// Chat test helpers: a ChatEvent with defaults, and dispatch over the real command list.
import type { ChatEvent } from '../../src/core/event.ts';
import { dispatch } from '../../src/core/dispatch.ts';
import { commandList } from '../../commands/index.ts';
import type { Store } from '../../src/store/open.ts';
import type { Clock } from '../../src/core/clock.ts';
import type { AnyCommand } from '../../src/core/command.ts';

let counter = 0;

export function chatEvent(overrides: Partial<ChatEvent> = {}): ChatEvent {
  counter++;
  return {
    platform: 'console',
    tenant: 'T1',
    channel: 'C1',
    thread: null,
    user: 'U1',
    text: '',
    eventId: `ev-${process.pid}-${counter}`,
    isCoordinator: false,
    receivedAt: new Date('2022-03-07T01:00:00Z'),
    ...overrides,
  };
}

export function say(store: Store, clock: Clock, text: string, overrides: Partial<ChatEvent> = {}, commands: readonly AnyCommand[] = commandList) {
  return dispatch(chatEvent({ text, ...overrides }), { store, clock, commands });
}
