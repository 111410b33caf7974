// Issue 6 "Bad input", through dispatch() with a real SQLite file: each input gets a clear reply
// (never the `internal` one, never an exception), and nothing wrong is stored.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { say } from '../support/chat.ts';
import { errorMessage } from '../../src/core/errors.ts';
import type { Store } from '../../src/store/open.ts';
import type { Reply } from '../../src/core/reply.ts';

const INTERNAL = errorMessage('internal', undefined);

function texts(reply: Reply | null): string {
  if (!reply) return '';
  return [reply.title ?? '', reply.text, ...(reply.fields ?? []).flatMap((f) => [f.name, f.value]), ...(reply.followUps ?? [])].join('\n');
}

/** Clear: some text, not the generic failure, within Discord's 2,000 a message. */
function expectClear(reply: Reply | null): string {
  expect(reply).not.toBeNull();
  expect(reply!.text.trim().length).toBeGreaterThan(0);
  expect(reply!.text).not.toBe(INTERNAL);
  expect(reply!.text.length).toBeLessThanOrEqual(2000);
  return texts(reply);
}

function tableCount(store: Store, table: string): number {
  const exists = store.reader.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  return exists ? (store.reader.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n : 0;
}

const MENTIONS = ['@everyone', '@here', '<!channel>', '<!here>', '<!everyone>', '<@&123456789012345678>', '<@U024BE7LH>', '<!subteam^S123>'];

describe('bad input through dispatch (no domain needed)', () => {
  test('GIVEN a 40,000-character message THEN a reply saying it is too long, and no report stored', async ({ store, clock }) => {
    const started = performance.now();
    const reply = await say(store, clock, `任务3 已完成60% ${'新增5G工厂12家，'.repeat(4000)}`.slice(0, 40_000), { thread: null });
    const ms = performance.now() - started;
    const text = expectClear(reply);
    expect(text).toMatch(/过长|too long/);
    expect(ms).toBeLessThan(500);
    expect(tableCount(store, 'reports')).toBe(0);
  });

  test('GIVEN a 40,000-character `/duban report …` THEN too long, and no report stored', async ({ store, clock }) => {
    const reply = await say(store, clock, `/duban report task:3 percent:60 note:${'滞'.repeat(40_000)}`);
    expect(expectClear(reply)).toMatch(/过长|too long/);
    expect(tableCount(store, 'reports')).toBe(0);
  });

  test('GIVEN only control and zero-width characters THEN a clear reply (help or empty question)', async ({ store, clock }) => {
    for (const text of ['\u0000\u0001\u0007\u001b[31m', '\u200b\u200c\u200d\u2060\ufeff', '\u202e\u202d', '\r\n\t  ']) {
      expectClear(await say(store, clock, text));
    }
  });

  test('GIVEN a mention in text that is echoed back THEN no reply contains a live mention', async ({ store, clock }) => {
    for (const m of MENTIONS) {
      for (const text of [`/duban ${m}`, `/duban report task:${m} percent:60`, `/duban join ${m}`, `${m} 谁牵头推动5G赋能交通`, `/duban nosuch${m}`]) {
        const reply = await say(store, clock, text);
        const all = texts(reply);
        expect(all, `${text} → ${all}`).not.toContain(m);
      }
    }
  });
});
