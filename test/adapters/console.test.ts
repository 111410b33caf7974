// The real console, driven through its standard input and output: `node bin/duban.js chat`.
import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../support/fixtures.ts';

const root = join(import.meta.dirname, '..', '..');

function chat(lines: string[], args: string[] = [], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const { dir, cleanup } = tempDir('duban-console-');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'duban.js'), 'chat', ...args], {
      cwd: root,
      env: { ...process.env, DUBAN_DB: join(dir, 'chat.sqlite'), LOG_LEVEL: 'error', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      cleanup();
      resolve({ stdout, stderr, code });
    });
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

describe('console adapter', () => {
  test('GIVEN `谁牵头推动5G赋能交通？` piped in (seeds loaded on first start) THEN the answer on stdout, exit 0', async () => {
    const { stdout, code } = await chat(['谁牵头推动5G赋能交通？', '誰牽頭推動5G賦能農業？']);
    expect(code).toBe(0);
    expect(stdout).toContain('牵头单位：市工业和信息化局、市交通运输局、市公交集团、广州地铁集团');
    expect(stdout).toContain('牽頭單位：市農業農村局');
  });

  test('GIVEN a simulated week (/time, follow, /tick, /reply, digest) THEN prompt, recorded reply, digest with its chart saved', async () => {
    const { stdout, code } = await chat([
      '/time 2022-03-06 20:00',
      '/duban follow 广州市加快5G应用创新发展三年行动计划',
      '/as 张三 市农业农村局',
      '/time 2022-03-07 09:05',
      '/tick',
      '/reply 任务6 推进中 50%',
      '/time 2022-03-11 16:05',
      '/tick',
      '/tick',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('2022-W10 进度征询');
    expect(stdout).toContain('已记录：任务6');
    expect(stdout).toContain('2022-W10 进度周报');
    expect(stdout).toMatch(/\[附件\] digest-\d+-2022-W10\.png → \S+\.png/);
    // The digest goes out once: the second /tick finds nothing due.
    expect(stdout.match(/进度周报】\n/g)).toHaveLength(1);
    expect(stdout.trimEnd().endsWith('没有到期的征询、提醒或周报。')).toBe(true);
  });

  test('GIVEN `/duban help` and `/duban help report` on standard input THEN the command list and report usage on stdout, exit 0', async () => {
    const { stdout, code } = await chat(['/duban help', '/duban help report']);
    expect(code).toBe(0);
    expect(stdout).toContain('/duban report');
    expect(stdout).toContain('/duban digest');
    expect(stdout).toContain('status（状态）');
    expect(stdout).toContain('未开始/推进中/已完成/滞后/受阻');
  });

  test('GIVEN --member THEN a digest is refused; /coordinator on THEN not refused', async () => {
    const { stdout } = await chat(['/duban digest', '/coordinator on', '/duban digest'], ['--member']);
    const [first, ...rest] = stdout.split('已切换为协调人。');
    expect(first).toContain('仅限协调人');
    expect(rest.join('')).not.toContain('仅限协调人');
  });

  test('GIVEN a mention and an unknown command THEN neutralised and explained', async () => {
    const { stdout } = await chat(['/duban help @everyone']);
    expect(stdout).toContain('everyone');
    expect(stdout).not.toMatch(/(^|[^\u200d])@everyone/);
  });

  test('GIVEN /as with a user THEN the prompt identity changes (interactive controls work on a pipe)', async () => {
    const { stdout } = await chat(['/as 张三', '/quit', '/duban help']);
    expect(stdout).toContain('现在的身份：张三');
    // /quit ends the session: the help after it never runs.
    expect(stdout).not.toContain('/duban report');
  });
});

describe('console conversation (issue 10)', () => {
  test('GIVEN 谁牵头推动5G赋能交通？ then 那配合单位呢？ THEN the follow-up answers the supporting units of that task', async () => {
    const { stdout, code } = await chat(['谁牵头推动5G赋能交通？', '那配合单位呢？']);
    expect(code).toBe(0);
    const [, second] = stdout.split(/(?=【广州5G应用 · 任务4】推动5G赋能交通\n配合单位)/);
    expect(second).toContain('配合单位：天河区政府、海珠区政府、黄埔区政府');
    expect(stdout).not.toContain('没有“那”');
  });

  test('GIVEN 任务1谁牵头 (task 1 in several plans) then 2 THEN a numbered list, then the second plan\'s task 1', async () => {
    const { stdout, code } = await chat(['任务1谁牵头', '2', '第一个']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/任务1在\d个计划里都有/);
    const list = /1\. 【([^】]+)】/.exec(stdout)![1]!;
    const second = /2\. 【([^】]+)】([^\n]+)/.exec(stdout)!;
    const after = stdout.slice(stdout.indexOf('请回复编号'));
    expect(after).toContain(`【${second[1]}】${second[2]}`);
    // The list stays open: 第一个 picks its first entry.
    expect(after.slice(after.indexOf(second[2]!))).toContain(`【${list}】`);
  });
});
