// `duban chat`: the console chat on the local store. Interactive at a terminal; with a pipe
// (`echo "谁牵头智慧医疗" | duban chat`) it answers each line and exits.
import { parseArgs } from 'node:util';
import { openApp } from '../main.ts';
import { runConsole } from '../adapters/console/index.ts';
import { loadConfig } from '../config.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      user: { type: 'string' },
      unit: { type: 'string' },
      member: { type: 'boolean', default: false },
      seeds: { type: 'string' },
      'no-seeds': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const config = loadConfig();
  const interactive = Boolean(process.stdin.isTTY);
  const app = await openApp(config, { db: values.db, onSeed: (line) => interactive && process.stderr.write(`导入种子规划 ${line}\n`), seeds: values['no-seeds'] ? null : values.seeds });
  try {
    await runConsole({
      deps: app.deps,
      input: process.stdin,
      output: process.stdout,
      interactive,
      user: values.user,
      unit: values.unit,
      coordinator: !values.member,
      filesDir: app.filesDir,
    });
  } finally {
    app.close();
  }
  return 0;
}
