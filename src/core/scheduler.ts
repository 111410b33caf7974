// The scheduler loop: every tick, ask the progress engine what is due (weekly prompts, reminders,
// digests), and post each through its platform's Poster exactly once (issue 4 outbox, issue 6).
// Placeholder until src/progress lands: it ticks and does nothing.
import type { DispatchDeps } from './dispatch.ts';
import type { Poster } from './poster.ts';

export interface SchedulerOptions {
  deps: DispatchDeps;
  posters: readonly Poster[];
  tickMs: number;
}

export function startScheduler(options: SchedulerOptions): { stop(): void; tick(): Promise<number> } {
  const tick = async () => 0;
  const timer = setInterval(() => void tick(), options.tickMs);
  timer.unref();
  return { stop: () => clearInterval(timer), tick };
}
