// The composition root: configuration, the store (seeds on first start), the dispatch deps, and
// the adapters the environment asks for. Slack and Discord load lazily so that the console never
// loads @slack/bolt or discord.js.
import { join, dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { setting, type Config } from './config.ts';
import { systemClock, type Clock } from './core/clock.ts';
import type { DispatchDeps } from './core/dispatch.ts';
import type { Poster } from './core/poster.ts';
import { openStore, resolveDbPath, type Store } from './store/open.ts';
import { createLogger, useLogger } from './log.ts';
import { commandList } from '../commands/index.ts';
import { defaultSeedsDir, ensureSeedsLoaded } from './plans/import-plans.ts';
import { startScheduler } from './progress/scheduler.ts';
import { warnCalendarOnce, workCalendar } from './progress/calendar.ts';
import { localDate } from './core/week.ts';

export interface App {
  store: Store;
  deps: DispatchDeps;
  config: Config;
  /** Where the console saves attached files (digest charts): next to the store. */
  filesDir: string;
  /** The log file when the log lines do not go to standard error (the console chat). */
  logFile?: string;
  close(): void;
}

/**
 * Opens the store and loads the seeds when it holds no plan. `seeds: null` skips them; `onSeed`
 * receives a progress line per seed file. `logToFile`: log lines go to duban.log next to the store
 * (the console chat, where a JSON line on the terminal would land in the middle of the conversation).
 */
export async function openApp(
  config: Config,
  overrides: { db?: string; seeds?: string | null; clock?: Clock; onSeed?: (line: string) => void; logToFile?: boolean } = {},
): Promise<App> {
  const store = openStore(resolveDbPath(overrides.db ?? config.db));
  const logFile = overrides.logToFile ? join(dirname(store.file), 'duban.log') : undefined;
  const logger = createLogger({ level: config.logLevel, file: logFile });
  // The answer engine logs through the process's logger: to the same file.
  if (logFile) useLogger(logger);
  // The default `seeds` from another folder than the checkout's: the package's own (as duban ask does).
  const wanted = overrides.seeds ?? config.seeds;
  const seeds = overrides.seeds === null ? null : resolve(wanted === 'seeds' ? defaultSeedsDir() : wanted);
  if (seeds && existsSync(seeds)) {
    // Each seed is saved in its own transaction; a failed one is named and the rest still load.
    const results = await ensureSeedsLoaded(store, seeds, (line) => overrides.onSeed?.(line));
    for (const r of results.filter((x) => x.status === 'failed')) logger.warn({ file: r.file, error: r.error }, 'seed not imported');
  }
  // Issue 15: past the holiday data's last year, say so once (the calendar falls back to Monday–Friday).
  const now = (overrides.clock ?? systemClock).now();
  warnCalendarOnce(workCalendar(config.calendar), localDate(now, config.timezone), (message) => logger.warn(message));
  return {
    store,
    config,
    filesDir: join(dirname(store.file), 'files'),
    logFile,
    deps: { store, clock: overrides.clock ?? systemClock, commands: commandList, timezone: config.timezone, log: logger },
    close: () => store.close(),
  };
}

export interface Running {
  posters: Poster[];
  stop(): Promise<void>;
}

/**
 * The test seam of test/trust/inbox-replay.test.ts (DUBAN_TEST_CRASH_AFTER_ACK=1): die like a crash
 * right after Slack's event was acknowledged, before dispatch, so the replay on the next start is tested.
 */
function crashAfterAck(res: ServerResponse): boolean {
  res.once('finish', () => setTimeout(() => process.kill(process.pid, 'SIGKILL'), 20));
  return true;
}

/** Starts Slack and/or Discord per the configuration, then the scheduler over their posters. */
export async function startBot(app: App): Promise<Running> {
  const { config, deps } = app;
  const started: Array<Poster & { stop?(): Promise<void> }> = [];
  if (config.slack) {
    // Loaded only when configured: the console never pays for @slack/bolt or discord.js.
    const { startSlack } = await import('./adapters/slack/index.ts');
    started.push(await startSlack(deps, config, { afterAck: setting('DUBAN_TEST_CRASH_AFTER_ACK') === '1' ? crashAfterAck : undefined }));
    deps.log?.info?.({ socketMode: config.slack.socketMode }, 'slack started');
  }
  if (config.discord) {
    const { startDiscord } = await import('./adapters/discord/index.ts');
    started.push(await startDiscord(deps, config));
    deps.log?.info?.({ guild: config.discord.guildId ?? 'global' }, 'discord started');
  }
  const scheduler = startScheduler({ deps, posters: started, tickMs: config.tickSeconds * 1000 });
  return {
    posters: started,
    async stop() {
      scheduler.stop();
      for (const p of started) await p.stop?.();
    },
  };
}
