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

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { savePlan, type SavablePlan } from '../../src/store/plan-writer.ts';

const GOLD = join(import.meta.dirname, '..', 'fixtures', 'gold');

/** The five seed plans as the gold annotations have them: command tests need data, not the parser. */
export function loadGoldPlans(store: Store, now = new Date('2022-03-01T00:00:00Z')): number {
  let n = 0;
  for (const name of readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(join(GOLD, name), 'utf8');
    const plan = JSON.parse(text) as SavablePlan;
    savePlan(store, plan, { name, sha256: createHash('sha256').update(text).digest('hex') }, now);
    n++;
  }
  return n;
}
