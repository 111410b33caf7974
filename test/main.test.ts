// The composition root in a real process: `duban start` with Slack variables set opens the store,
// loads the seeds, starts the Slack adapter (pointed at a local fake Web API) and answers a signed
// slash command; SIGTERM stops it cleanly.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from './support/fixtures.ts';
import { slackStartEnv } from './support/slack-start-env.ts';
import { waitUntilUp } from './support/wait-until-up.ts';
import { commandBody, sendSigned, startFakeSlack, type FakeSlack } from '../src/bench/fake-slack.ts';
import { freePort } from '../src/bench/poll.ts';

const root = join(import.meta.dirname, '..');
const SECRET = '0123456789abcdef0123456789abcdef';
const TOKEN = 'xoxb-1234-5678-mainprocesstoken';
const TEAM = 'T0MAIN';


let fake: FakeSlack;
let child: ChildProcess;
let stderr = '';
let port = 0;
let cleanup: () => void;

beforeAll(async () => {
  const tmp = tempDir('duban-main-');
  cleanup = tmp.cleanup;
  fake = await startFakeSlack({ teamId: TEAM });
  port = await freePort();
  child = spawn(process.execPath, [join(root, 'bin', 'duban.js'), 'start'], {
    cwd: root,
    env: { ...process.env, ...slackStartEnv({ db: join(tmp.dir, 'main.sqlite'), apiUrl: fake.url, port, token: TOKEN, secret: SECRET }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.on('data', (d) => (stderr += d));
  // Up when the receiver answers (seeds import first).
  await waitUntilUp(`http://127.0.0.1:${port}/`, () => child.exitCode !== null, () => stderr);
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
  cleanup?.();
});

describe('duban start (Slack configured)', () => {
  test('GIVEN a signed /duban question THEN the answer reaches Slack, and no token appears in the logs', async () => {
    const url = `http://127.0.0.1:${port}/slack/events`;
    const res = await sendSigned(
      url,
      commandBody({ command: '/duban', text: '谁牵头推动5G赋能交通？', team_id: TEAM, channel_id: 'C1', user_id: 'U1', user_name: 'u1', trigger_id: 'trig-main-1', response_url: `${fake.base}/respond/main-1` }),
      'application/x-www-form-urlencoded',
      { secret: SECRET },
    );
    expect(res.status).toBe(200);
    const answer = await fake.waitFor(
      () =>
        [...fake.responses.map((r) => JSON.stringify(r.body)), ...fake.messages.map((m) => JSON.stringify(m))].find((t) => t.includes('市交通运输局')),
      20_000,
    );
    expect(answer).toContain('市工业和信息化局');
    expect(stderr).toContain('slack started');
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain(SECRET);
  });

  test('GIVEN SIGTERM THEN it stops with exit 0', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
