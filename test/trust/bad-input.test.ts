// Issue 6 "Bad input", through dispatch() with a real SQLite file: each input gets a clear reply
// (never the `internal` one, never an exception), and nothing wrong is stored.
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { say } from '../support/chat.ts';
import { errorMessage } from '../../src/core/errors.ts';
import type { Store } from '../../src/store/open.ts';
import type { Reply } from '../../src/core/reply.ts';
import { chatter, openPromptThread, reportRows, savePlans } from './support/world.ts';

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
    // How fast is a figure (`npm run bench`, bad-input).
    const reply = await say(store, clock, `任务3 已完成60% ${'新增5G工厂12家，'.repeat(4000)}`.slice(0, 40_000), { thread: null });
    const text = expectClear(reply);
    expect(text).toMatch(/过长|too long/);
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

describe('bad progress input from a member, through dispatch', () => {
  async function member(store: Store, clock: import('../../src/core/clock.ts').ManualClock) {
    savePlans(store);
    const thread = await openPromptThread(store, clock, 'T1', 'C1');
    const chat = chatter(store, clock, { tenant: 'T1', channel: 'C1', user: 'U1' });
    await chat('/duban join 市交通运输局');
    return { chat, thread };
  }

  const cases: Array<[string, RegExp]> = [
    ['/duban report task:4 percent:120', /超过 ?100%|exceed 100/],
    ['/duban report task:4 percent:-5', /负数|negative/],
    ['/duban report task:4 text:进度120%', /超过 ?100%/],
    ['/duban report task:4 text:-5%', /负数/],
    ['/duban report task:4 text:推进中，预计2022年13月完成', /日期|date/],
    ['/duban report task:999 status:已完成', /找不到任务 ?999|No task 999/],
    ['/duban report task:abc percent:10', /找不到任务|No task/],
    ['/duban report task:4 status:差不多了', /状态|status/],
    ['/duban report task:4 percent:六十', /进度|percent|选项|option/],
    ['/duban report task:4 percent:1e3', /进度|percent|选项|option|超过/],
  ];
  for (const [text, expected] of cases) {
    test(`GIVEN \`${text}\` THEN a clear refusal and no report`, async ({ store, clock }) => {
      const { chat } = await member(store, clock);
      const reply = await chat(text);
      expect(expectClear(reply)).toMatch(expected);
      expect(reportRows(store)).toHaveLength(0);
    });
  }

  const threadCases: Array<[string, RegExp]> = [
    ['任务4 进度120%', /超过 ?100%/],
    ['任务4 完成-5%', /负数/],
    ['任务4 推进中，2022年13月底前完成', /日期/],
    ['任务88 已完成', /找不到任务 ?88/],
    [`任务4 推进中 ${'很'.repeat(39_990)}`, /过长|too long/],
    ['\u200b\u200b\u200d\u0007\u0000', /./],
  ];
  for (const [text, expected] of threadCases) {
    test(`GIVEN the thread reply \`${text.slice(0, 30)}\` THEN a clear refusal and no report`, async ({ store, clock }) => {
      const { chat, thread } = await member(store, clock);
      const reply = await chat(text, { thread });
      expect(expectClear(reply)).toMatch(expected);
      expect(reportRows(store)).toHaveLength(0);
    });
  }

  test('GIVEN zero-width and control characters inside a valid reply THEN it is recorded clean', async ({ store, clock }) => {
    const { chat, thread } = await member(store, clock);
    const reply = await chat('任务\u200b4 推进\u200d中 6\u00000%，新增5G公交\u20605辆', { thread });
    expectClear(reply);
    const rows = reportRows(store);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: '推进中', percent: 60 });
    expect(rows[0].note ?? '').not.toMatch(/[\u0000-\u0008\u200b-\u200f\u2060]/);
  });

  test('GIVEN mentions in a recorded note THEN the confirmation and the digest do not ping, the note is kept as text', async ({ store, clock }) => {
    const { chat, thread } = await member(store, clock);
    const note = '任务4 滞后 @everyone <!channel> <@&123456789012345678> 请协调用地';
    const reply = await chat(note, { thread });
    const text = expectClear(reply);
    for (const m of MENTIONS) expect(text).not.toContain(m);
    expect(reportRows(store)).toHaveLength(1);
    const digest = await chat('/duban digest', { user: 'coord', isCoordinator: true });
    const all = JSON.stringify(digest);
    for (const m of ['@everyone', '<!channel>', '<@&123456789012345678>']) expect(all).not.toContain(m);
  });
});
