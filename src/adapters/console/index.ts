// The console chat: one readline loop over standard input, the same dispatch as Slack and Discord.
// Lines starting with `/` that are console controls (/as, /coordinator, /reply, /quit) act here;
// everything else is a chat message (a question, or `/duban …`).
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { dispatch, type DispatchDeps } from '../../core/dispatch.ts';
import type { ChatEvent } from '../../core/event.ts';
import { renderReply } from './render.ts';

export interface ConsoleOptions {
  deps: DispatchDeps;
  input: Readable;
  output: Writable;
  /** Banner, prompt and echo of controls: for a person at a terminal, not for a pipe. */
  interactive: boolean;
  user?: string;
  unit?: string;
  /** The console's operator is a coordinator unless started with --member. */
  coordinator?: boolean;
  filesDir?: string;
}

export const CONSOLE_HELP = [
  '督办 duban 控制台。直接输入问题，例如：谁牵头推动5G赋能交通？',
  '命令：/duban help（全部命令）  /duban digest（本周周报）  /duban report task:3 status:推进中 percent:60',
  '控制台：/as 用户名 [单位]（切换身份并加入单位）  /coordinator on|off  /reply 文字（在最近的征询话题中回复）  /quit',
].join('\n');

interface Session {
  user: string;
  unit?: string;
  coordinator: boolean;
  thread: string | null;
  seq: number;
}

export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { deps, output, interactive } = options;
  const session: Session = { user: options.user ?? '控制台用户', unit: options.unit, coordinator: options.coordinator ?? true, thread: null, seq: 0 };
  const write = (text: string) => output.write(`${text}\n`);
  const rl = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });

  const send = async (text: string, thread: string | null = null) => {
    session.seq++;
    const event: ChatEvent = {
      platform: 'console',
      tenant: 'console',
      channel: 'console',
      thread,
      user: session.user,
      userName: session.user,
      text,
      eventId: `console-${process.pid}-${Date.now()}-${session.seq}`,
      messageId: `console-${process.pid}-${Date.now()}-${session.seq}`,
      isCoordinator: session.coordinator,
      isDirect: true,
      receivedAt: deps.clock.now(),
    };
    const reply = await dispatch(event, deps);
    if (reply) {
      write(renderReply(reply, { filesDir: options.filesDir }));
      if (reply.openThread) session.thread = reply.openThread.key;
    }
  };

  const prompt = () => interactive && output.write(`${session.user}${session.unit ? `@${session.unit}` : ''}> `);

  if (interactive) write(CONSOLE_HELP);
  if (session.unit) await send(`/duban join ${session.unit}`);
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) {
      prompt();
      continue;
    }
    const [word, ...rest] = line.split(/\s+/);
    if (word === '/quit' || word === '/exit') break;
    if (word === '/as') {
      if (!rest[0]) write('用法：/as 用户名 [单位]');
      else {
        session.user = rest[0];
        session.unit = rest.slice(1).join(' ') || undefined;
        write(`现在的身份：${session.user}${session.unit ? `（${session.unit}）` : ''}`);
        if (session.unit) await send(`/duban join ${session.unit}`);
      }
    } else if (word === '/coordinator') {
      session.coordinator = rest[0] !== 'off';
      write(session.coordinator ? '已切换为协调人。' : '已切换为普通成员。');
    } else if (word === '/reply') {
      if (!session.thread) write('还没有打开的征询话题。');
      else await send(rest.join(' '), session.thread);
    } else if (word === '/help' || word === '/?') {
      write(CONSOLE_HELP);
    } else {
      await send(line);
    }
    prompt();
  }
  rl.close();
}
