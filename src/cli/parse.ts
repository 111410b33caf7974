// `duban parse FILE [--json] [--compact]`: a plan document → the Plan of ../shared/spec/plan-json.md.
// With --json stdout holds the JSON and nothing else; without it a short summary for people. Bad
// input (missing, empty, binary, too large, no plan) is one line on stderr naming the file and the
// problem, exit 1, nothing on stdout (issue 2, "Bad input").
import { parseArgs } from 'node:util';
import { readFile, stat } from 'node:fs/promises';
import type { Plan, SourceFile } from '../ingest/types.ts';
import { IngestError } from '../ingest/errors.ts';
import { megabytes as mb, MAX_FILE_BYTES } from '../text/limits.ts';
import { parsePlanFile } from '../ingest/pipeline.ts';

const USAGE = 'usage: duban parse FILE [--json] [--compact]';

function fail(message: string, code = 1): number {
  console.error(`duban parse: ${oneLine(message)}`);
  return code;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export async function run(argv: string[]): Promise<number> {
  let values: { json?: boolean; compact?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, compact: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }));
  } catch (err) {
    return fail(`${(err as Error).message}; ${USAGE}`, 2);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) return fail(positionals.length ? `one FILE at a time; ${USAGE}` : USAGE, 2);
  const file = positionals[0];

  let plan: Plan;
  try {
    const source = await readSource(file);
    plan = await parsePlanFile(source);
  } catch (err) {
    if (err instanceof IngestError) return fail(err.message);
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    if (process.env.DUBAN_DEBUG) console.error(err);
    return fail(`${file}: cannot parse (${message})`);
  }

  // `duban parse FILE --json | head`: a closed pipe ends the command quietly, not with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(plan, null, values.compact ? undefined : 2)}\n`);
  } else {
    process.stdout.write(`${summarise(plan)}\n`);
  }
  return 0;
}

/** Reads FILE, refusing what cannot be a plan before reading it whole (a 20 MB file is not read). */
async function readSource(file: string): Promise<SourceFile> {
  let size: number;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new IngestError('unreadable', file, 'is a directory, not a file');
    size = st.size;
  } catch (err) {
    if (err instanceof IngestError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IngestError('missing_file', file, 'no such file');
    if (code === 'EACCES') throw new IngestError('unreadable', file, 'permission denied');
    throw new IngestError('unreadable', file, `cannot read (${code ?? (err as Error).message})`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new IngestError('file_too_large', file, `file too large (${mb(size)} MB; the limit is ${mb(MAX_FILE_BYTES)} MB)`);
  }
  if (size === 0) throw new IngestError('empty_file', file, 'the file is empty');
  try {
    return { name: file, bytes: new Uint8Array(await readFile(file)) };
  } catch (err) {
    throw new IngestError('unreadable', file, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

function summarise(plan: Plan): string {
  const m = plan.plan;
  const period = m.period ? `${m.period.start}–${m.period.end}` : '—';
  const lines = [
    `${m.kind === 'interpretation' ? '解读' : '计划'}: ${m.title || '(no title)'}`,
    m.about ? `about: ${m.about}` : null,
    `period: ${period} · issued: ${m.issuedOn ?? '—'} · number: ${m.docNumber ?? '—'} · script: ${m.script}`,
    `issuers: ${m.issuers.length ? m.issuers.join('、') : '—'}`,
  ].filter((l): l is string => l !== null);
  const deadlines = plan.tasks.reduce((n, t) => n + t.deadlines.length, 0);
  lines.push(`tasks: ${plan.tasks.length} · targets: ${plan.targets.length} · deadlines: ${deadlines}`);
  for (const t of plan.tasks.slice(0, 8)) {
    const units = t.leads.length ? t.leads : t.responsible;
    const who = units.length ? ` [${units.slice(0, 3).join('、')}${units.length > 3 ? ` 等${units.length}个` : ''}]` : '';
    lines.push(`  ${t.id} ${t.title}${who}`);
  }
  if (plan.tasks.length > 8) lines.push(`  … ${plan.tasks.length - 8} more (--json for all)`);
  return lines.join('\n');
}
