import { describe, expect, test } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger, maskSecrets } from '../src/log.ts';

const BOT = 'xoxb-1111-2222-abcdefghijklmnop';
const USER = 'xoxp-3333-4444-qrstuvwxyz';
const APP = 'xapp-1-A111-222-abcdef0123';
const DISCORD = 'MTAxMjM0NTY3ODkwMTIzNDU2Nw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123';
const SIGNING = '0123456789abcdef0123456789abcdef';
const ALL = [BOT, USER, APP, DISCORD, SIGNING];

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, destination };
}

describe('log', () => {
  test('GIVEN tokens in msg, fields, nested objects, err.message and err.stack THEN no secret reaches a line', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'debug', secrets: [SIGNING], destination });
    logger.info(`connecting with ${BOT}`);
    logger.info({ token: BOT, config: { appToken: APP, note: `app ${APP}` } }, 'socket mode');
    logger.warn({ headers: { authorization: `Bot ${DISCORD}` } }, 'rest call');
    logger.error({ err: new Error(`invalid_auth for ${USER} and ${DISCORD}`) }, 'slack failed');
    logger.error(new Error(`signature mismatch: secret ${SIGNING}`));
    logger.debug({ list: [BOT, { deeper: [DISCORD] }] }, `Bearer ${USER}`);
    expect(lines.length).toBe(6);
    const all = lines.join('');
    for (const secret of ALL) expect(all).not.toContain(secret);
    // Enough survives to debug: the message around the secret and the mask.
    expect(all).toContain('invalid_auth for [redacted]');
    expect(all).toContain('signature mismatch');
  });

  test('GIVEN ordinary text with dots and dashes THEN left alone', () => {
    expect(maskSecrets('广州市 5G 2022-03-07 v1.2.3 task 4.1')).toBe('广州市 5G 2022-03-07 v1.2.3 task 4.1');
  });
});

import { test as dbTest } from './support/fixtures.ts';
import { chatEvent } from './support/chat.ts';
import { dispatch } from '../src/core/dispatch.ts';
import { testCommand } from './support/commands.ts';

describe('log through dispatch', () => {
  dbTest('GIVEN a command failing with a token in its error THEN the logged line masks it and the reply is the polite one', async ({ store, clock }) => {
    const { lines, destination } = capture();
    const log = createLogger({ level: 'info', secrets: [], destination });
    const leaky = testCommand('leaky', () => {
      throw new Error(`An API error occurred: invalid_auth (token ${BOT}, app ${APP}, discord ${DISCORD})`);
    });
    const reply = await dispatch(chatEvent({ text: '/duban leaky' }), { store, clock, commands: [leaky], log });
    expect(reply!.text).toContain('处理时出错了');
    const all = lines.join('');
    expect(all).toContain('invalid_auth');
    for (const secret of [BOT, APP, DISCORD]) expect(all).not.toContain(secret);
  });
});
