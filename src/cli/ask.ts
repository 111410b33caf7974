// `duban ask [--json] [--db FILE] [QUESTION]`: answer one question, or every line of standard
// input (one answer per line, flushed after each: ../shared/spec/ask-json.md). The store is opened
// once; an empty store first gets the seeds (seeds/, or DUBAN_SEEDS).
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { openStore, resolveDbPath } from '../store/open.ts';
import { defaultSeedsDir, ensureSeedsLoaded } from '../plans/import-plans.ts';
import { answerQuestion, type AnswerJson } from '../answer/index.ts';
import { setting } from '../config.ts';
import { cleanInput, MAX_INPUT_CHARS } from '../core/dispatch.ts';
import { errorMessage } from '../core/errors.ts';
import type { Store } from '../store/open.ts';

/**
 * One question's answer. The chat limit holds here too (issue 13: 2,000 in one path, none in
 * another): a longer question gets the chat's 消息过长 reply, not an answer to its first part.
 */
function answerOne(store: Store, question: string, now: Date | undefined): AnswerJson {
  const length = cleanInput(question).length;
  if (length > MAX_INPUT_CHARS) {
    return { question, intent: 'unknown', found: false, text: errorMessage('message_too_long', `${length} > ${MAX_INPUT_CHARS}`), units: [], tasks: [], targets: [] };
  }
  return answerQuestion(store, question, { now });
}

function write(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(`${line}\n`)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false }, db: { type: 'string' }, now: { type: 'string' } },
    allowPositionals: true,
  });
  const now = values.now ? new Date(values.now) : undefined;
  if (now && Number.isNaN(now.getTime())) {
    console.error(`duban ask: --now "${values.now}" is not a date`);
    return 2;
  }
  const store = openStore(resolveDbPath(values.db));
  try {
    const seeded = await ensureSeedsLoaded(store, setting('DUBAN_SEEDS') || defaultSeedsDir(), (line) => console.error(line));
    const failed = seeded.filter((r) => r.status === 'failed');
    if (failed.length) console.error(`duban ask: ${failed.length} seed file(s) failed to import`);
    const show = (a: AnswerJson) => (values.json ? JSON.stringify(a) : a.text);
    if (positionals.length) {
      await write(show(answerOne(store, positionals.join(' '), now)));
      return 0;
    }
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      // Every input line gets one output line, an empty one included, so answers stay in step.
      await write(show(answerOne(store, line, now)));
    }
    return 0;
  } finally {
    store.close();
  }
}
