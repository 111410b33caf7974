// Slack and Discord in one process. Slack's Socket Mode loads undici 7, which installs the process-wide
// dispatcher (a Symbol.for key shared by every undici version); discord.js's REST is built on undici 6
// and would then hand its multipart bodies (the digest chart) to an undici 7 Agent that cannot read
// them ("action is not a function"). The Discord adapter must bring its own agent.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DiscordRunning } from '../../src/adapters/discord/index.ts';
import { ManualClock } from '../../src/core/clock.ts';
import type { Config } from '../../src/config.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { commandList } from '../../commands/index.ts';
import { loadGoldPlans } from '../support/chat.ts';
import { tempDir } from '../support/fixtures.ts';
import { IDS, startFakeDiscord, type FakeDiscord } from '../support/fake-discord.ts';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAy.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';
let fake: FakeDiscord;
let discord: DiscordRunning;
let store: Store;
let cleanup: () => void;

beforeAll(async () => {
  // Slack first, as main.ts may load it: its undici takes the global dispatcher slot.
  await import('@slack/bolt');
  const { startDiscord } = await import('../../src/adapters/discord/index.ts');
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  store = openStore(join(tmp.dir, 'both.sqlite'));
  loadGoldPlans(store);
  fake = await startFakeDiscord();
  const config: Config = {
    db: undefined, timezone: 'Asia/Shanghai', seeds: 'seeds', logLevel: 'silent', port: 0, tickSeconds: 60, slack: null,
    discord: { token: TOKEN, applicationId: IDS.app, guildId: IDS.guild, coordinatorRole: IDS.roleCoordinator, apiUrl: fake.api },
  };
  discord = await startDiscord({ store, clock: new ManualClock('2022-03-07T01:00:00Z'), commands: commandList }, config);
}, 30_000);

afterAll(async () => {
  await discord?.stop();
  await fake?.close();
  store?.close();
  cleanup?.();
});

test('GIVEN Slack loaded in the same process THEN a Discord post with a PNG file still goes out', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const sent = await discord.post(
    { tenant: IDS.guild, channel: IDS.channel },
    { text: '周报', files: [{ name: 'chart.png', bytes: png, contentType: 'image/png' }] },
    'digest:test:1',
  );
  expect(sent.messageId).toBeTruthy();
  const call = fake.calls.find((c) => c.method === 'POST' && c.path.includes(`/channels/${IDS.channel}/messages`) && c.files.length > 0);
  expect(call?.files[0]?.name).toBe('chart.png');
});
