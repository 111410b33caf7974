// `npm start`: Slack and/or Discord when their tokens are set (plus the scheduler), else the
// interactive console chat on data/duban.sqlite with the seeds loaded.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openApp, startBot } from '../main.ts';
import { CHAT_OPTIONS, chatOn, seedProgress } from './chat.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...CHAT_OPTIONS,
      console: { type: 'boolean', default: false },
    },
  });
  const config = loadConfig();
  const onConsole = values.console || (!config.slack && !config.discord);
  const app = await openApp(config, { db: values.db, onSeed: seedProgress(), logToFile: onConsole });
  if (onConsole) {
    return chatOn(app, { user: values.user, unit: values.unit, member: values.member });
  }
  const running = await startBot(app);
  // Runs until a signal; close the platforms first so no reply is cut off mid-write, then the store.
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.stop();
  app.close();
  return 0;
}
