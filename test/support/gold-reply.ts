// One message to duban on a store holding the five gold plans, for tests that ask one thing.
import type { Clock } from '../../src/core/clock.ts';
import type { ChatEvent } from '../../src/core/event.ts';
import type { Store } from '../../src/store/open.ts';
import { loadGoldPlans, say } from './chat.ts';

/** The reply's text to `text`, after the gold plans are loaded. */
export async function replyWithGold(store: Store, clock: Clock, text: string, overrides: Partial<ChatEvent> = {}): Promise<string> {
  loadGoldPlans(store);
  return (await say(store, clock, text, overrides))!.text;
}
