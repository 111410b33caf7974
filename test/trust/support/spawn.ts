// Runs a TypeScript driver (test/trust/drivers/*.ts) or bin/duban.js as a real child process, so a
// test can SIGKILL it: crash tests need a process that dies, not a promise that is abandoned.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DRIVERS = join(ROOT, 'test', 'trust', 'drivers');

export interface Child {
  proc: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves when stdout has a line matching `re` (rejects if the process exits first). */
  waitFor(re: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnTs(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Child {
  const file = script.endsWith('.js') ? script : join(DRIVERS, script);
  const nodeArgs = file.endsWith('.ts') ? ['--import', 'tsx', file, ...args] : [file, ...args];
  const proc = spawn(process.execPath, nodeArgs, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    for (const w of [...waiters]) w();
  });
  proc.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    proc.on('exit', (code, signal) => {
      for (const w of [...waiters]) w();
      res({ code, signal });
    }),
  );
  return {
    proc,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(re, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`timed out waiting for ${re} (stdout: ${out.slice(-500)}; stderr: ${err.slice(-500)})`)), timeoutMs);
        const check = () => {
          const m = out.match(re);
          if (m) return done(null, m[0]);
          if (proc.exitCode !== null || proc.signalCode !== null) done(new Error(`exited before ${re} (stdout: ${out.slice(-500)}; stderr: ${err.slice(-500)})`));
        };
        const done = (e: Error | null, v?: string) => {
          clearTimeout(timer);
          const i = waiters.indexOf(check);
          if (i >= 0) waiters.splice(i, 1);
          if (e) reject(e);
          else resolve(v!);
        };
        waiters.push(check);
        check();
      });
    },
  };
}

export function kill(child: Child): Promise<unknown> {
  if (child.proc.exitCode === null && child.proc.signalCode === null) child.proc.kill('SIGKILL');
  return child.exited;
}
