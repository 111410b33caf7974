import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { say } from '../support/chat.ts';
import { MAX_FILE_BYTES } from '../../src/text/limits.ts';

describe('/duban import', () => {
  test('GIVEN a member (not a coordinator) THEN refused, ephemeral', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban import', { attachments: [{ name: 'p.txt', bytes: new Uint8Array(10) }] });
    expect(reply!.text).toContain('仅限协调人');
    expect(reply!.ephemeral).toBe(true);
  });

  test('GIVEN a coordinator and no file or text THEN missing_option file', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban import', { isCoordinator: true });
    expect(reply!.text).toContain('缺少必填项：file');
  });

  test('GIVEN a file over 10 MB THEN file_too_large naming it, before any parsing', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban import', {
      isCoordinator: true,
      attachments: [{ name: '大文件.pdf', bytes: new Uint8Array(MAX_FILE_BYTES + 1) }],
    });
    expect(reply!.text).toContain('文件过大（大文件.pdf: 10.0 MB）');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countPlans } from '../../src/store/plan-writer.ts';

const SEED = join(import.meta.dirname, '..', '..', 'seeds', '002-kaifeng-5g-industry-2020-2022.txt');

describe('/duban import by a coordinator', () => {
  test('GIVEN an attached seed file THEN imported with a progress line; again THEN unchanged', async ({ store, clock }) => {
    const attachments = [{ name: 'kaifeng.txt', bytes: new Uint8Array(readFileSync(SEED)) }];
    const reply = await say(store, clock, '/duban import', { isCoordinator: true, attachments });
    expect(reply!.text).toMatch(/\[1\/1\] kaifeng\.txt：《开封市加快5G产业发展三年行动计划》 \d+ 项任务，新导入/);
    expect(countPlans(store)).toBe(1);
    const again = await say(store, clock, '/duban import', { isCoordinator: true, attachments });
    expect(again!.text).toContain('未变化');
    expect(countPlans(store)).toBe(1);
  });

  test('GIVEN a good file and an unreadable one THEN import_failed naming it, and nothing saved', async ({ store, clock }) => {
    const attachments = [
      { name: 'kaifeng.txt', bytes: new Uint8Array(readFileSync(SEED)) },
      { name: 'notes.txt', bytes: new TextEncoder().encode('今天开会，明天再说。') },
    ];
    const reply = await say(store, clock, '/duban import', { isCoordinator: true, attachments });
    expect(reply!.text).toContain('导入失败，未保存任何内容');
    expect(reply!.text).toContain('notes.txt');
    expect(countPlans(store)).toBe(0);
  });
});

describe('/duban import pasted text', () => {
  test('GIVEN a whole plan pasted after /duban import (longer than the 4,000 a message) THEN imported', async ({ store, clock }) => {
    const text = readFileSync(SEED, 'utf8');
    expect(text.length).toBeGreaterThan(4000);
    const reply = await say(store, clock, `/duban import ${text}`, { isCoordinator: true });
    expect(reply!.text).toContain('pasted.txt：《开封市加快5G产业发展三年行动计划》');
    expect(countPlans(store)).toBe(1);
    // The same length as a question is refused before any work.
    expect((await say(store, clock, text))!.text).toContain('消息过长');
  });
});
