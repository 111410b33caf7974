// The one source of "now". Injected everywhere so tests can run a whole week on a fake clock.
export interface Clock {
  now(): Date;
}

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

export const systemClock: Clock = { now: () => new Date() };

/** A clock a test moves by hand. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
