import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.ts';
import { say } from '../../support/chat.ts';
import { sanitizeMentions, sanitizeReply } from '../../../src/core/middleware/sanitize-mentions.ts';
import { textCommand } from '../../support/commands.ts';

// The patterns Slack and Discord turn into pings.
const PINGS = [/(^|[^\u200d])@everyone/, /(^|[^\u200d])@here/, /<!channel>/, /<!here>/, /<@&\d+>/, /<@!?[UW]?\d*[A-Z0-9]*>/, /<#C?\w+>/];

function pings(text: string): boolean {
  return PINGS.some((p) => p.test(text));
}

describe('sanitize-mentions', () => {
  test('GIVEN @everyone, @here, <!channel>, <!here>, <@U…>, <@&role>, <#C…> THEN none survives as a ping, the text reads the same', () => {
    const raw = '请 @everyone 和 @here 注意 <!channel> <!here> <@U012ABC> <@!123456> <@&123> <#C0123> <!subteam^S1>';
    const out = sanitizeMentions(raw);
    expect(pings(out)).toBe(false);
    expect(out.replace(/\u200d/g, '')).toBe(raw);
  });

  test('GIVEN sections and fields THEN every string is neutralised, file bytes untouched', () => {
    const bytes = new Uint8Array([60, 33, 104]);
    const r = sanitizeReply({
      text: 'x',
      fields: [{ name: '@everyone', value: '<@&42>' }],
      sections: [{ title: '@here 周报', lines: ['<!channel> 进度'], more: { count: 2, where: '<@U1>' } }],
      files: [{ name: 'a.png', bytes, contentType: 'image/png' }],
    });
    expect(JSON.stringify(r)).not.toMatch(/<!channel>|<@&42>|"@everyone"|@here|<@U1>/);
    expect(r.files![0].bytes).toBe(bytes);
  });

  test('GIVEN a user echoing mentions through a command THEN the reply carries no ping', async ({ store, clock }) => {
    const echo = textCommand('echo', (text) => ({ text: `收到：${text}`, title: text }));
    const reply = await say(store, clock, '/duban echo @everyone <!channel> <@&123> 请看', {}, [echo]);
    expect(reply!.text).toContain('请看');
    expect(pings(reply!.text)).toBe(false);
    expect(pings(reply!.title!)).toBe(false);
  });

  test('GIVEN an error reply that echoes input (unknown command word) THEN neutralised too', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban help @everyone');
    expect(reply!.text).toContain('everyone');
    expect(pings(reply!.text)).toBe(false);
  });
});
