// The console's own controls, in process: /time in the configured zone, and the open prompt thread
// kept across runs on the same store (issue 13, console rough edges).
import { describe, expect } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { join } from 'node:path';
import { tempDir, test } from '../../support/fixtures.ts';
import { loadGoldPlans } from '../../support/chat.ts';
import { runConsole } from '../../../src/adapters/console/index.ts';
import { commandList } from '../../../commands/index.ts';
import type { Store } from '../../../src/store/open.ts';
import type { Clock } from '../../../src/core/clock.ts';

async function consoleRun(store: Store, clock: Clock, lines: string[], user?: string, unit?: string): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => (text += d));
  await runConsole({
    deps: { store, clock, commands: commandList, timezone: 'Asia/Shanghai' },
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    interactive: false,
    user,
    unit,
  });
  return text;
}

describe('console controls', () => {
  test('GIVEN /time 2022-03-07 09:05 (Beijing) THEN echoed as 09:05 in Asia/Shanghai, not as the UTC instant', async ({ store, clock }) => {
    const out = await consoleRun(store, clock, ['/time 2022-03-07 09:05', '/time 2022-03-07T01:30Z', '/time 2022-02-30 09:00']);
    expect(out).toContain('现在时间：2022-03-07 09:05（Asia/Shanghai）');
    expect(out).not.toContain('01:05');
    // An instant with its own offset is taken as written, and shown in Beijing time.
    expect(out).toContain('现在时间：2022-03-07 09:30（Asia/Shanghai）');
    expect(out).toContain('用法：/time');
  });

  test('GIVEN a weekly prompt opened in one console run THEN the next run on the same store replies in its thread', async ({ store, clock }) => {
    loadGoldPlans(store);
    const first = await consoleRun(store, clock, [
      '/time 2022-03-06 20:00',
      '/duban follow 广州市加快5G应用创新发展三年行动计划',
      '/time 2022-03-07 09:05',
      '/tick',
    ]);
    expect(first).toContain('进度征询');
    const second = await consoleRun(store, clock, ['/time 2022-03-07 10:00', '/reply 任务6 推进中 50%'], '张三', '市农业农村局');
    expect(second).not.toContain('还没有打开的征询话题');
    expect(second).toContain('已记录：任务6');
  });

  test('GIVEN /attach of a missing file and of a folder THEN the reason in words, not ENOENT', async ({ store, clock }) => {
    const { dir, cleanup } = tempDir('duban-attach-');
    try {
      const out = await consoleRun(store, clock, [`/attach ${join(dir, 'plan.docx')}`, `/attach ${dir}`, '/attach']);
      expect(out).toContain(`无法读取 ${join(dir, 'plan.docx')}：文件不存在`);
      expect(out).toContain('这是一个文件夹');
      expect(out).toContain('用法：/attach');
      expect(out).not.toMatch(/ENOENT|EISDIR/);
    } finally {
      cleanup();
    }
  });

  test('GIVEN a console run on a store where nothing was prompted THEN /reply says to /tick first', async ({ store, clock }) => {
    const out = await consoleRun(store, clock, ['/reply 任务6 推进中 50%']);
    expect(out).toContain('还没有打开的征询话题');
  });
});
