// Where Slack's dispatches run. Dispatch is synchronous SQLite work (an fsync'd claim and write,
// 10–25 ms on a disk, more on a busy machine); on the receiver's thread it delays the next request's
// acknowledgement (issue 6: p99 under 100 ms). So by default it runs in a worker thread with its
// own connection to the store file, and the receiver's thread only verifies, acks and posts.
// In-thread (one dispatch per event-loop turn) when the store is in memory or the clock is injected
// (a test's ManualClock cannot cross threads).
import { Worker } from 'node:worker_threads';
import { systemClock } from '../../core/clock.ts';
import { dispatch, type DispatchDeps } from '../../core/dispatch.ts';
import type { ChatEvent } from '../../core/event.ts';
import type { Reply } from '../../core/reply.ts';

export type Dispatcher = ((event: ChatEvent) => Promise<Reply | null>) & { mode: 'worker' | 'thread'; close(): Promise<void> };

/** Runs dispatches one at a time, each in its own turn of the event loop (requests are read between them). */
export function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(() => new Promise<void>((r) => setImmediate(r))).then(work);
    tail = run.catch(() => {});
    return run;
  };
}

function inThread(deps: DispatchDeps): Dispatcher {
  const serial = oneAtATime();
  return Object.assign((event: ChatEvent) => serial(() => dispatch(event, deps)), { mode: 'thread' as const, close: async () => {} });
}

export function createDispatcher(deps: DispatchDeps, opts: { worker?: boolean; logLevel?: string } = {}): Dispatcher {
  const useWorker = opts.worker ?? (deps.store.file !== ':memory:' && deps.clock === systemClock);
  if (!useWorker) return inThread(deps);
  const worker = new Worker(new URL('./dispatch-worker.mjs', import.meta.url), {
    workerData: { dbFile: deps.store.file, timezone: deps.timezone, logLevel: opts.logLevel },
  });
  const pending = new Map<number, { resolve(r: Reply | null): void; reject(e: Error): void }>();
  let seq = 0;
  let failed: Error | null = null;
  const fallback = inThread(deps);
  worker.on('message', (m: { id: number; reply?: Reply | null; error?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.error !== undefined) p?.reject(new Error(m.error));
    else p?.resolve(m.reply ?? null);
  });
  const fail = (err: Error) => {
    // The worker is gone: what it held fails (the dedupe claim lets a retry in), the rest runs here.
    failed = err;
    deps.log?.error({ err }, 'slack dispatch worker failed; dispatching in-thread');
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (!failed && code !== 0) fail(new Error(`dispatch worker exited ${code}`));
  });
  const run = (event: ChatEvent): Promise<Reply | null> => {
    if (failed) return fallback(event);
    const id = ++seq;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, event });
    });
  };
  return Object.assign(run, {
    mode: 'worker' as const,
    async close() {
      failed ??= new Error('closed');
      worker.postMessage('close');
      await new Promise<void>((r) => {
        const t = setTimeout(() => void worker.terminate().then(() => r()), 2000);
        worker.once('exit', () => (clearTimeout(t), r()));
      });
    },
  });
}
