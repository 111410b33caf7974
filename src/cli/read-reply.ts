// `duban read-reply --json [--week 2022-W10] [--tasks "3,4,s2"]`: reads progress replies from
// standard input, one per line, and prints one reading per line (../shared/spec/reply-json.md),
// flushed after each. It only reads: no store is opened, nothing is recorded.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import { readReply, type ReplyReading } from '../progress/reply/index.ts';
import { isoWeekOf, isValidWeek } from '../core/week.ts';

function write(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(`${line}\n`)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

function describe(r: ReplyReading): string {
  if (!r.sure) return `? ${r.question}`;
  const parts = [r.tasks.length ? r.tasks.map((t) => `任务${t}`).join('、') : '', r.status ?? '', r.percent !== null ? `${r.percent}%` : '', r.expected ? `预计${r.expected}` : '', r.blocker ? `阻碍：${r.blocker}` : '', r.noChange ? '无新进展' : ''];
  return parts.filter(Boolean).join(' ');
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false }, week: { type: 'string' }, tasks: { type: 'string' }, timezone: { type: 'string' } },
    allowPositionals: true,
  });
  const timezone = values.timezone ?? DEFAULT_TIMEZONE;
  const week = values.week ?? isoWeekOf(new Date(), timezone);
  if (!isValidWeek(week)) {
    console.error(`duban read-reply: --week "${week}" is not an ISO week like 2022-W10`);
    return 2;
  }
  const unitTasks = values.tasks ? values.tasks.split(/[,，、\s]+/).filter(Boolean) : [];
  const show = (text: string) => {
    const r = readReply(text, { week, unitTasks, timezone });
    return values.json ? JSON.stringify(r) : describe(r);
  };
  if (positionals.length) {
    await write(show(positionals.join(' ')));
    return 0;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  // Every input line gets one output line, an empty one included, so readings stay in step.
  for await (const line of rl) await write(show(line));
  return 0;
}
