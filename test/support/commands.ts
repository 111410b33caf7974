// Commands made up for a test: a name and a handler, the rest of the definition filled in.
import { defineCommand } from '../../src/core/command.ts';
import type { Reply } from '../../src/core/reply.ts';

/** A command without options that runs `run` (a counter, a failure, a long reply). */
export function testCommand(name: string, run: () => Reply | Promise<Reply>) {
  return defineCommand({ name, aliases: [], description: { 'zh-CN': name, en: name }, options: [] as const, run });
}

/** A command whose one option, `text`, takes the rest of the line. */
export function textCommand(name: string, run: (text: string | undefined) => Reply | Promise<Reply>) {
  const text = { name: 'text', type: 'string', rest: true, description: { 'zh-CN': '文本', en: 'text' } } as const;
  return defineCommand({ name, aliases: [], description: { 'zh-CN': name, en: name }, options: [text] as const, run: ({ args }) => run(args.text) });
}
