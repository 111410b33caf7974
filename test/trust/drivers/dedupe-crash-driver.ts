// Test driver: delivers one chat event through dispatch() on the store at argv[2] (event and message
// ids argv[3], text argv[4]). With CRASH=1 the report command's handler SIGKILLs the process as it
// starts: after dedupe-event claimed the event, before the report was written. Prints the reply.
import { openStore } from '../../../src/store/open.ts';
import { dispatch } from '../../../src/core/dispatch.ts';
import { ManualClock } from '../../../src/core/clock.ts';
import { commandList } from '../../../commands/index.ts';
import type { AnyCommand } from '../../../src/core/command.ts';

const [db, id, text] = process.argv.slice(2);
const store = openStore(db);
const commands: AnyCommand[] = commandList.map((c) =>
  c.name !== 'report' || process.env.CRASH !== '1'
    ? c
    : {
        ...c,
        run(ctx) {
          process.kill(process.pid, 'SIGKILL');
          return c.run(ctx);
        },
      },
);
const reply = await dispatch(
  { platform: 'slack', tenant: 'T1', channel: 'C1', thread: null, user: 'U1', text, eventId: id, messageId: id, isCoordinator: false, receivedAt: new Date('2022-03-08T02:00:00Z') },
  { store, clock: new ManualClock('2022-03-08T02:00:00Z'), commands },
);
process.stdout.write(`reply: ${reply === null ? 'null' : JSON.stringify(reply.text)}\n`);
store.close();
