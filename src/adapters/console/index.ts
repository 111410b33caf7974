// The console chat: one readline loop over standard input, the same dispatch as Slack and Discord.
// Lines starting with `/` that are console controls (/as, /coordinator, /reply, /time, /tick, /attach,
// /quit) act here; everything else is a chat message (a question, or `/duban …`).
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { dispatch, type DispatchDeps } from '../../core/dispatch.ts';
import type { Attachment, ChatEvent } from '../../core/event.ts';
import type { Poster } from '../../core/poster.ts';
import { startScheduler, type Scheduler } from '../../progress/scheduler.ts';
import { DEFAULT_TIMEZONE } from '../../core/clock.ts';
import { latestPromptThread } from '../../store/progress-reader.ts';
import { formatConsoleTime, parseConsoleTime } from './time.ts';
import { readAttachment } from './attach.ts';
import { renderReply } from './render.ts';

export interface ConsoleOptions {
  deps: DispatchDeps;
  input: Readable;
  output: Writable;
  /** Banner and prompt: for a person at a terminal, not for a pipe. */
  interactive: boolean;
  user?: string;
  unit?: string;
  /** The console's operator is a coordinator unless started with --member. */
  coordinator?: boolean;
  filesDir?: string;
  /** Where the log lines go instead of the terminal (named in the banner). */
  logFile?: string;
}

export const CONSOLE_HELP = [
  '督办 duban 控制台。直接输入问题，例如：谁牵头推动5G赋能交通？',
  '命令：/duban help（全部命令）  /duban digest（本周周报）  /duban report task:3 status:推进中 percent:60',
  '控制台：/as 用户名 [单位]（切换身份并加入单位）  /coordinator on|off  /attach 文件（附在下一条消息上，如 /duban import）',
  '模拟一周：/time 2022-03-06 20:00 → /duban follow 规划名称 → /time 2022-03-07 09:05 → /tick（发出到期的征询）→ /reply 任务6 推进中 50% → /time 2022-03-11 16:05 → /tick（周报）  /quit',
].join('\n');

interface Session {
  user: string;
  unit?: string;
  coordinator: boolean;
  thread: string | null;
  attachments: Attachment[];
  seq: number;
}

/** What the console's controls act on. */
interface Console {
  session: Session;
  write(text: string): void;
  send(text: string, thread?: string | null): Promise<void>;
  /** Moves the console's clock to `at`. */
  setTime(at: Date): void;
  /** The zone `/time` reads and echoes wall-clock time in. */
  timezone: string;
  scheduler: Scheduler;
}

export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { output, interactive } = options;
  // The console's clock can be moved (/time) to walk through a week; it keeps running from there.
  let offset = 0;
  const clock = { now: () => new Date(options.deps.clock.now().getTime() + offset) };
  const deps: DispatchDeps = { ...options.deps, clock };
  // The open prompt thread outlives a run: the latest prompt the outbox sent here (issue 13).
  const thread = latestPromptThread(options.deps.store, 'console', 'console');
  const session: Session = { user: options.user ?? '控制台用户', unit: options.unit, coordinator: options.coordinator ?? true, thread, attachments: [], seq: 0 };
  const write = (text: string) => output.write(`${text}\n`);
  const rl = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
  const nextId = () => `console-${process.pid}-${Date.now()}-${++session.seq}`;
  const scheduler = startScheduler({ deps, posters: [consolePoster(session, write, nextId, options.filesDir)], tickMs: 0 });
  const send = async (text: string, thread: string | null = null) => {
    const event = consoleEvent(session, nextId(), text, thread, clock.now());
    session.attachments = [];
    const reply = await dispatch(event, deps);
    if (reply) write(renderReply(reply, { filesDir: options.filesDir }));
  };
  const setTime = (at: Date) => void (offset = at.getTime() - options.deps.clock.now().getTime());
  const c: Console = { session, write, send, setTime, timezone: options.deps.timezone ?? DEFAULT_TIMEZONE, scheduler };
  const prompt = () => interactive && output.write(`${session.user}${session.unit ? `@${session.unit}` : ''}> `);
  if (interactive) write(options.logFile ? `${CONSOLE_HELP}\n（日志写入 ${options.logFile}）` : CONSOLE_HELP);
  if (session.unit) await send(`/duban join ${session.unit}`);
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line && (await control(c, line)) === 'quit') break;
    prompt();
  }
  scheduler.stop();
  rl.close();
}

// Scheduled posts (prompt, reminder, digest) of plans followed from the console print here.
function consolePoster(session: Session, write: (text: string) => void, nextId: () => string, filesDir?: string): Poster {
  return {
    platform: 'console',
    async post(_target, reply) {
      const messageId = nextId();
      write(renderReply(reply, { filesDir }));
      if (reply.openThread) session.thread = messageId;
      return { messageId, thread: reply.openThread ? messageId : undefined };
    },
    // The console keeps no history: the outbox alone decides (an in-doubt post is printed again).
    findPostedMessage: async () => null,
  };
}

function consoleEvent(session: Session, id: string, text: string, thread: string | null, receivedAt: Date): ChatEvent {
  return {
    platform: 'console',
    tenant: 'console',
    channel: 'console',
    thread,
    user: session.user,
    userName: session.user,
    text,
    eventId: id,
    messageId: id,
    isCoordinator: session.coordinator,
    isDirect: true,
    attachments: session.attachments.length ? session.attachments : undefined,
    receivedAt,
  };
}

/** One line: a console control (/as, /time, /tick …) or a message to duban. */
async function control(c: Console, line: string): Promise<'quit' | 'done'> {
  const [word, ...rest] = line.split(/\s+/);
  const arg = rest.join(' ');
  const { session, write } = c;
  if (word === '/quit' || word === '/exit') return 'quit';
  if (word === '/as') {
    if (!rest[0]) write('用法：/as 用户名 [单位]');
    else {
      session.user = rest[0];
      session.unit = rest.slice(1).join(' ') || undefined;
      write(`现在的身份：${session.user}${session.unit ? `（${session.unit}）` : ''}`);
      if (session.unit) await c.send(`/duban join ${session.unit}`);
    }
  } else if (word === '/coordinator') {
    session.coordinator = rest[0] !== 'off';
    write(session.coordinator ? '已切换为协调人。' : '已切换为普通成员。');
  } else if (word === '/reply') {
    if (!session.thread) write('还没有打开的征询话题：先 /tick 发出到期的征询。');
    else await c.send(arg, session.thread);
  } else if (word === '/time') {
    // 2022-03-07 09:05 is wall-clock time in the configured zone, and echoed the same way.
    const at = parseConsoleTime(arg, c.timezone);
    if (!at) write(`用法：/time 2022-03-07 09:05（${c.timezone}）`);
    else {
      c.setTime(at);
      write(`现在时间：${formatConsoleTime(at, c.timezone)}`);
    }
  } else if (word === '/tick') {
    if (!(await c.scheduler.tick()).length) write('没有到期的征询、提醒或周报。');
  } else if (word === '/attach') {
    const file = readAttachment(arg);
    if ('bytes' in file) session.attachments.push(file);
    write('bytes' in file ? `已附加 ${file.name}，将随下一条消息发送。` : file.problem);
  } else if (word === '/help' || word === '/?') write(CONSOLE_HELP);
  else await c.send(line);
  return 'done';
}
