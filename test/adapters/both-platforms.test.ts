// Slack and Discord in one process. Slack's Socket Mode loads undici 7, which installs the process-wide
// dispatcher (a Symbol.for key shared by every undici version); discord.js's REST is built on undici 6
// and would then hand its multipart bodies (the digest chart) to an undici 7 Agent that cannot read
// them ("action is not a function"). The Discord adapter must bring its own agent.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DiscordHarness } from '../support/discord-harness.ts';
import { IDS } from '../support/fake-discord.ts';

let h: DiscordHarness;

beforeAll(async () => {
  // Slack first, as main.ts may load it: its undici takes the global dispatcher slot.
  await import('@slack/bolt');
  const { startDiscordHarness } = await import('../support/discord-harness.ts');
  h = await startDiscordHarness('both.sqlite');
}, 30_000);

afterAll(() => h?.stop());

test('GIVEN Slack loaded in the same process THEN a Discord post with a PNG file still goes out', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const sent = await h.discord.post(
    { tenant: IDS.guild, channel: IDS.channel },
    { text: '周报', files: [{ name: 'chart.png', bytes: png, contentType: 'image/png' }] },
    'digest:test:1',
  );
  expect(sent.messageId).toBeTruthy();
  const call = h.fake.calls.find((c) => c.method === 'POST' && c.path.includes(`/channels/${IDS.channel}/messages`) && c.files.length > 0);
  expect(call?.files[0]?.name).toBe('chart.png');
});
