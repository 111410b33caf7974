// The real discord.js Client over the fake Discord, on a temp store with the gold plans loaded: what
// the Discord adapter tests start with, and stop with.
import { join } from 'node:path';
import { startDiscord, type DiscordRunning } from '../../src/adapters/discord/index.ts';
import { ManualClock } from '../../src/core/clock.ts';
import type { DispatchDeps } from '../../src/core/dispatch.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { commandList } from '../../commands/index.ts';
import { loadGoldPlans } from './chat.ts';
import { chatConfig } from './chat-config.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.ts';
import { tempDir } from './fixtures.ts';

export interface DiscordHarness {
  fake: FakeDiscord;
  discord: DiscordRunning;
  store: Store;
  deps: DispatchDeps;
  stop(): Promise<void>;
}

export async function startDiscordHarness(file: string, now = '2022-03-07T01:00:00Z'): Promise<DiscordHarness> {
  const tmp = tempDir();
  const store = openStore(join(tmp.dir, file));
  loadGoldPlans(store);
  const fake = await startFakeDiscord();
  const deps: DispatchDeps = { store, clock: new ManualClock(now), commands: commandList };
  const discord = await startDiscord(deps, chatConfig({ discordApiUrl: fake.api }));
  return {
    fake,
    discord,
    store,
    deps,
    async stop() {
      await discord.stop();
      await fake.close();
      store.close();
      tmp.cleanup();
    },
  };
}
