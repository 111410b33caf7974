// `duban <subcommand> …`: a router only. Each subcommand lives in src/cli/<name>.ts and exports
// run(argv) → exit code. Errors become one line naming the problem, never a stack trace
// (set DUBAN_DEBUG=1 to see one).
import { setting } from './config.ts';

type Subcommand = { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

const subcommands: Record<string, Subcommand> = {
  start: { summary: 'start the bot: Slack/Discord per the environment, else the console chat', load: () => import('./cli/start.ts') },
  chat: { summary: 'console chat on the local store (reads standard input when it is not a terminal)', load: () => import('./cli/chat.ts') },
  parse: { summary: 'parse FILE [--json]: a plan document → structured plan (spec/plan-json.md)', load: () => import('./cli/parse.ts') },
  import: { summary: 'import FILE… [--db FILE]: parse and store plan documents', load: () => import('./cli/import.ts') },
  ask: { summary: 'ask [--json] [--db FILE] [QUESTION]: answer a question (stdin: one per line)', load: () => import('./cli/ask.ts') },
  'read-reply': { summary: 'read-reply [--json] [--week 2022-W10] [--tasks "3,4"]: read progress replies (stdin: one per line)', load: () => import('./cli/read-reply.ts') },
  units: { summary: 'units [--db FILE]: the unit directory with the tasks of each unit', load: () => import('./cli/units.ts') },
  report: { summary: 'report …: record a progress report', load: () => import('./cli/report.ts') },
  digest: { summary: 'digest [--week 2022-W10] [--plan NAME] [--format markdown|text|json] [--chart FILE.png] [--db FILE]: the weekly digest of the followed plans (all plans with tasks when none is followed), or of one', load: () => import('./cli/digest.ts') },
  export: { summary: 'export --format xlsx|csv [--out FILE] [--force]: the ledger (台账); CSV to standard output without --out', load: () => import('./cli/export.ts') },
  backup: { summary: 'backup FILE: an online copy of the live store', load: () => import('./cli/backup.ts') },
  bench: { summary: 'bench: performance figures', load: () => import('./cli/bench.ts') },
  'deploy-commands': { summary: 'deploy-commands [--guild ID]: register /duban with Discord', load: () => import('./cli/deploy-commands.ts') },
};

/** `duban import --help`: that subcommand's usage line, from the same table as `duban help`. */
export function subcommandUsage(name: string): string {
  const { summary } = subcommands[name]!;
  // `import FILE… [--db FILE]: parse and store…` opens with its usage; `start the bot: …` does not.
  const colon = summary.indexOf(': ');
  const head = colon > 0 ? summary.slice(0, colon) : '';
  const isUsage = head === name || (head.startsWith(`${name} `) && /[A-Z[…-]/.test(head.slice(name.length)));
  return isUsage ? `usage: duban ${head}\n  ${summary.slice(colon + 2)}` : `usage: duban ${name}\n  ${summary}`;
}

function usage(): string {
  const width = Math.max(...Object.keys(subcommands).map((k) => k.length));
  return ['usage: duban <subcommand> [options]', '', ...Object.entries(subcommands).map(([k, v]) => `  ${k.padEnd(width)}  ${v.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const sub = subcommands[name];
  if (!sub) {
    console.error(`duban: unknown subcommand "${name}"\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(subcommandUsage(name));
    return 0;
  }
  const mod = await sub.load();
  return mod.run(rest);
}

// `duban units | head`: the reader went away. Nothing more to say to it, and no stack trace (issue 13).
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`duban: ${message}`);
  if (setting('DUBAN_DEBUG')) console.error(err);
  process.exitCode = 1;
}
export {};
