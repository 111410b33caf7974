// The dispatch worker: its own connection to the same SQLite file (WAL: one writer at a time,
// busy_timeout waits), the same command list, the system clock. Receives ChatEvents, returns Replies
// (structured clone carries Dates and file bytes).
import { parentPort, workerData } from 'node:worker_threads';
import { systemClock } from '../../core/clock.ts';
import { dispatch } from '../../core/dispatch.ts';
import type { ChatEvent } from '../../core/event.ts';
import { createLogger } from '../../log.ts';
import { openStore } from '../../store/open.ts';
import { commandList } from '../../../commands/index.ts';

const { dbFile, timezone, logLevel } = workerData as { dbFile: string; timezone?: string; logLevel?: string };
const store = openStore(dbFile);
const deps = { store, clock: systemClock, commands: commandList, timezone, log: createLogger({ level: logLevel ?? 'info' }) };

parentPort?.on('message', (msg: { id: number; event: ChatEvent } | 'close') => {
  if (msg === 'close') {
    store.close();
    parentPort?.close();
    return;
  }
  dispatch(msg.event, deps).then(
    (reply) => parentPort?.postMessage({ id: msg.id, reply }),
    (err: unknown) => parentPort?.postMessage({ id: msg.id, error: String((err as Error)?.message ?? err) }),
  );
});
