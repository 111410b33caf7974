// The inbox protocol every adapter follows, written once (issue 6 "nothing lost"; issue 14):
//   1. receive: the event goes into the inbox BEFORE it is acknowledged (a Slack 200 or a Discord
//      gateway ack ends the platform's redeliveries). A redelivery already there goes no further,
//      unless its first handling failed in this process (still pending, nobody on it): then it runs.
//   2. handle: dispatch, then the inbox row is marked handled. A throw leaves it pending.
//   3. replay: on start, the events a crash left pending run once through the same path.
// Replaying one that was applied but not marked is harmless: dispatch's dedupe (processed_events)
// and a report's unique source message id keep it single. The inbox itself is the store's
// (src/store/inbox.ts), injected: core imports no store module.
import type { Clock } from './clock.ts';
import type { ChatEvent, Platform } from './event.ts';

/** The store's inbox, as the intake uses it. */
export interface Inbox {
  /** 'duplicate': the platform delivered (platform, eventId) before, handled or not. */
  receive(event: ChatEvent): 'new' | 'duplicate';
  isPending(platform: string, eventId: string): boolean;
  markHandled(platform: string, eventId: string, now: Date): void;
  /** Never marked handled, oldest first. */
  pending(platform: string, now: Date): ChatEvent[];
  /** Drops handled rows past their retention. */
  prune(now: Date): void;
}

export interface Intake {
  /** Step 1, before the ack: 'new' to handle now, 'duplicate' to drop. */
  receive(event: ChatEvent): 'new' | 'duplicate';
  /** Step 2: runs `work` (dispatch) for a received or replayed event, marking it handled when it returns. */
  handle<T>(event: ChatEvent, work: () => Promise<T>): Promise<T>;
  /** Step 3, on start: prunes, then the pending events of this platform, oldest first. */
  replay(): ChatEvent[];
}

export function createIntake(inbox: Inbox, platform: Platform, clock: Clock): Intake {
  // Events being handled by this process, from receipt until dispatch returned or threw.
  const inFlight = new Set<string>();
  return {
    receive(event) {
      let verdict = inbox.receive(event);
      // A retry of one whose handling failed here (pending, nobody on it) runs again now rather
      // than waiting for the next start's replay.
      if (verdict === 'duplicate' && !inFlight.has(event.eventId) && inbox.isPending(platform, event.eventId)) verdict = 'new';
      if (verdict === 'new') inFlight.add(event.eventId);
      return verdict;
    },
    async handle(event, work) {
      inFlight.add(event.eventId);
      try {
        const result = await work();
        inbox.markHandled(platform, event.eventId, clock.now());
        return result;
      } finally {
        inFlight.delete(event.eventId);
      }
    },
    replay() {
      inbox.prune(clock.now());
      return inbox.pending(platform, clock.now());
    },
  };
}
