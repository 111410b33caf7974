import { describe, expect, test } from 'vitest';
import { loadConfig, ConfigError } from '../src/config.ts';

const BOT = 'xoxb-1111-2222-abcdefghijkl';
const APP = 'xapp-1-A111-222-abcdef';
const SECRET = '0123456789abcdef0123456789abcdef';
const DISCORD = 'MTAxMjM0NTY3ODkwMTIzNDU2Nw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123';

function fail(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  test('GIVEN no variables THEN console only, Asia/Shanghai, seeds/ and the defaults', () => {
    const c = loadConfig({});
    expect(c.slack).toBeNull();
    expect(c.discord).toBeNull();
    expect(c.timezone).toBe('Asia/Shanghai');
    expect(c.seeds).toBe('seeds');
    expect(c.port).toBe(3000);
  });

  test('GIVEN a Slack bot token and signing secret THEN HTTP mode; with an app token THEN Socket Mode', () => {
    const http = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_COORDINATOR_IDS: 'U1, U2' });
    expect(http.slack).toMatchObject({ socketMode: false, coordinatorIds: ['U1', 'U2'] });
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }).slack?.socketMode).toBe(true);
  });

  test('GIVEN a Slack bot token alone THEN one line naming SLACK_SIGNING_SECRET', () => {
    const msg = fail({ SLACK_BOT_TOKEN: BOT });
    expect(msg).toContain('SLACK_SIGNING_SECRET');
    expect(msg).not.toContain('\n');
    expect(msg).not.toContain(BOT);
  });

  test('GIVEN a malformed token THEN the variable is named and its value not echoed', () => {
    const msg = fail({ SLACK_BOT_TOKEN: 'xoxp-user-token-pasted-by-mistake', SLACK_SIGNING_SECRET: SECRET });
    expect(msg).toMatch(/^configuration: SLACK_BOT_TOKEN /);
    expect(msg).not.toContain('xoxp-user');
  });

  test('GIVEN DISCORD_TOKEN without DISCORD_APPLICATION_ID THEN the missing one is named', () => {
    expect(fail({ DISCORD_TOKEN: DISCORD })).toContain('DISCORD_APPLICATION_ID');
    const ok = loadConfig({ DISCORD_TOKEN: DISCORD, DISCORD_APPLICATION_ID: '101234567890123456', DISCORD_COORDINATOR_ROLE: '督办协调人' });
    expect(ok.discord).toMatchObject({ applicationId: '101234567890123456', coordinatorRole: '督办协调人' });
  });

  test('GIVEN a bad time zone, port or log level THEN each is named', () => {
    expect(fail({ DUBAN_TZ: 'Mars/Olympus' })).toContain('DUBAN_TZ');
    expect(fail({ PORT: 'eighty' })).toContain('PORT');
    expect(fail({ LOG_LEVEL: 'loud' })).toContain('LOG_LEVEL');
  });

  test('GIVEN empty strings (a copied .env.example) THEN treated as unset', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', DUBAN_TZ: '', PORT: '' });
    expect(c.slack).toBeNull();
    expect(c.timezone).toBe('Asia/Shanghai');
  });
});

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('duban start with a bad environment', () => {
  test('GIVEN SLACK_BOT_TOKEN without a signing secret or app token THEN one line on stderr naming it, exit 1, token not shown', () => {
    const root = join(import.meta.dirname, '..');
    const r = spawnSync(process.execPath, [join(root, 'bin', 'duban.js'), 'start'], {
      cwd: root,
      env: { ...process.env, SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', DISCORD_TOKEN: '', DUBAN_DB: '/nonexistent/never-opened.sqlite' },
      encoding: 'utf8',
      input: '',
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('SLACK_SIGNING_SECRET');
    expect(r.stderr + r.stdout).not.toContain(BOT);
  });
});
