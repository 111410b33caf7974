// `duban chat`: the console chat on the local store. Interactive at a terminal; with a pipe
// (`echo "谁牵头智慧医疗" | duban chat`) it answers each line and exits.
import { parseArgs } from 'node:util';
import { openApp } from '../main.ts';
import { runConsole } from '../adapters/console/index.ts';
import { loadConfig } from '../config.ts';

/** Who chats on the console, and on which store: shared by `duban chat` and `duban start`. */
export const CHAT_OPTIONS = {
  db: { type: 'string' },
  user: { type: 'string' },
  unit: { type: 'string' },
  member: { type: 'boolean', default: false },
} as const;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...CHAT_OPTIONS,
      seeds: { type: 'string' },
      'no-seeds': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const config = loadConfig();
  const app = await openApp(config, { db: values.db, onSeed: seedProgress(), seeds: values['no-seeds'] ? null : values.seeds, logToFile: true });
  return chatOn(app, { user: values.user, unit: values.unit, member: values.member });
}

type OpenedApp = Awaited<ReturnType<typeof openApp>>;

/** Seed import progress on stderr, only for a person at a terminal (a pipe gets answers only). */
export function seedProgress(): (line: string) => void {
  return (line) => {
    if (process.stdin.isTTY) process.stderr.write(`导入种子规划 ${line}\n`);
  };
}

/** The console chat over standard input/output on an opened app; closes the app when input ends. */
export async function chatOn(app: OpenedApp, who: { user?: string; unit?: string; member?: boolean }): Promise<number> {
  try {
    await runConsole({
      deps: app.deps,
      input: process.stdin,
      output: process.stdout,
      interactive: Boolean(process.stdin.isTTY),
      user: who.user,
      unit: who.unit,
      coordinator: !who.member,
      filesDir: app.filesDir,
      logFile: app.logFile,
    });
  } finally {
    app.close();
  }
  return 0;
}
