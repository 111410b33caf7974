// Issue 15 "Done when", in the console: a plan of 2024–2025 (test/fixtures/schedule), followed
// through National Day week 2024 (Oct 1–7 off; Sep 29 and Oct 12 are 调休 working days). No prompt
// on Monday Oct 7, one on Tuesday Oct 8; task 1 reported at 20% with about half its span gone is
// yellow, then red; the ladder's steps come once each; the lead's prompt is not the supporters';
// `duban digest --format json` carries schedule[] and the metric fields.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../support/fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const plan = join(root, 'test', 'fixtures', 'schedule', 'holiday-plan-2024-2025.txt');

const WEEKS = [
  '/time 2024-09-22 20:00', '/coordinator', '/duban follow 临江市数字政府建设行动方案',
  '/as 李四 市财政局', '/as 张三 市政务服务数据管理局',
  '/time 2024-09-23 09:05', '/tick', '/reply 任务1 推进中 20%',
  '/time 2024-09-27 16:05', '/tick',
  '/time 2024-09-30 09:05', '/tick',
  '/time 2024-10-07 09:05', '/tick',
  '/time 2024-10-08 09:05', '/tick',
  '/time 2024-10-08 16:05', '/tick',
  '/time 2024-10-14 09:05', '/tick',
  '/time 2024-10-21 09:05', '/tick',
  '/time 2024-10-28 09:05', '/tick',
];

function duban(args: string[], db: string, input?: string) {
  return spawnSync(process.execPath, [join(root, 'bin', 'duban.js'), ...args], {
    cwd: root, input, encoding: 'utf8', timeout: 240_000,
    env: { ...process.env, DUBAN_DB: db, LOG_LEVEL: 'error', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', DUBAN_CALENDAR: '' },
  });
}

/** The console's output between `/time at` and the next `/time`. */
function after(out: string, at: string): string {
  // The console echoes /time in the configured zone (Asia/Shanghai), as typed.
  const start = out.indexOf(`现在时间：${at}（Asia/Shanghai）`);
  if (start < 0) throw new Error(`no /time ${at} in the output`);
  const end = out.indexOf('现在时间：', start + 10);
  return out.slice(start, end < 0 ? undefined : end);
}

describe('National Day week 2024 in the console (issue 15)', () => {
  test('GIVEN a followed plan through 国庆 THEN no prompt Oct 7, one Oct 8; yellow then red; each ladder step once; lead ≠ supporter prompt; JSON lights', () => {
    const { dir, cleanup } = tempDir('duban-national-day-');
    try {
      const db = join(dir, 'chat.sqlite');
      expect(duban(['import', plan, '--db', db], db).status).toBe(0);
      const run = duban(['chat'], db, WEEKS.map((l) => `${l}\n`).join(''));
      expect(run.status).toBe(0);
      const out = run.stdout;

      // Prompts by role: the lead is asked for the whole task, the supporting unit for its part.
      const w39 = after(out, '2024-09-23 09:05');
      expect(w39).toMatch(/• 市政务服务数据管理局：任务1（牵头） — 请报告任务整体进展（含配合单位完成情况）/);
      expect(w39).toMatch(/• 市财政局（配合）：任务1、任务2 — 请报告本单位承担部分的进展/);

      // Friday Sep 27: 270 of 546 days gone (2024-01-02 → 2025-06-30) → 序时 49%, 20% reported: yellow.
      expect(after(out, '2024-09-27 16:05')).toContain('任务1 建设一体化政务服务平台：序时 49%，实际 20%，落后 29 个百分点');
      expect(after(out, '2024-09-27 16:05')).toContain('🟡 黄灯（1）');
      // Monday Sep 30 (a working day): the W40 prompt names the task behind schedule.
      expect(after(out, '2024-09-30 09:05')).toContain('2024-W40 进度征询');
      expect(after(out, '2024-09-30 09:05')).toContain('任务1（牵头）［上次：推进中 20%］［黄灯：落后序时进度］');

      // Monday Oct 7 is a holiday: nothing; Tuesday Oct 8 09:00: the W41 prompt.
      expect(after(out, '2024-10-07 09:05')).toContain('没有到期的征询、提醒或周报。');
      expect(after(out, '2024-10-07 09:05')).not.toContain('进度征询');
      expect(after(out, '2024-10-08 09:05')).toContain('2024-W41 进度征询');
      // The W40 digest (Friday Oct 4, a holiday) goes out Oct 8 at 16:00: red, 279/546 → 51%.
      expect(after(out, '2024-10-08 16:05')).toContain('2024-W40 进度周报');
      expect(after(out, '2024-10-08 16:05')).toContain('任务1 建设一体化政务服务平台：序时 51%，实际 20%，落后 31 个百分点');

      // The ladder: red two weeks → the lead is told (W42); three weeks → 督办单 (W43); then nothing new.
      expect(after(out, '2024-10-14 09:05')).toContain('【督办提示】任务1 建设一体化政务服务平台 连续两周红灯');
      expect(after(out, '2024-10-14 09:05')).toContain('· 市财政局：未回复');
      expect(after(out, '2024-10-21 09:05')).toContain('【督办单】任务1 建设一体化政务服务平台');
      expect(after(out, '2024-10-21 09:05')).toContain('责任单位：牵头 市政务服务数据管理局；配合 市财政局、市司法局');
      expect(out.match(/黄灯：落后序时进度/g)).toHaveLength(1);
      expect(out.match(/【督办提示】/g)).toHaveLength(1);
      expect(out.match(/【督办单】/g)).toHaveLength(1);
      expect(after(out, '2024-10-28 09:05')).toContain('2024-W44 进度征询');

      // The JSON digest of W41 carries the lights.
      const json = duban(['digest', '--week', '2024-W41', '--format', 'json', '--db', db], db);
      const digest = JSON.parse(json.stdout) as { schedule: Array<{ task: string; expected: number; actual: number | null; gap: number | null; light: string }>; metrics: unknown[] };
      expect(digest.schedule[0]).toMatchObject({ task: '1', expected: 52, actual: 20, gap: 32, light: 'red' });
      expect(digest.schedule[1]).toMatchObject({ task: '2', actual: null, gap: null, light: 'grey' });

      // The ledger keeps the ladder's history with times.
      const csv = duban(['export', '--format', 'csv', '--out', '-', '--db', db], db);
      expect(csv.stdout).toMatch(/2024-09-30 09:0\d 黄灯提示（市政务服务数据管理局）；2024-10-14 09:0\d 通报牵头单位（市政务服务数据管理局）；2024-10-21 09:0\d 督办单/);
    } finally {
      cleanup();
    }
  }, 300_000);
});
