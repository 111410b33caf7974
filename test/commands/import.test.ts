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

  // One import for chat, CLI and seeds (issue 14): each file on its own; a bad one loses nothing else.
  test('GIVEN a good file, a non-plan, an empty and a binary file THEN the good one saved, each bad one named with its reason', async ({ store, clock }) => {
    const attachments = [
      { name: 'kaifeng.txt', bytes: new Uint8Array(readFileSync(SEED)) },
      { name: 'notes.txt', bytes: new TextEncoder().encode('今天开会，明天再说。') },
      { name: 'empty.txt', bytes: new Uint8Array(0) },
      { name: 'photo.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) },
    ];
    const reply = await say(store, clock, '/duban import', { isCoordinator: true, attachments });
    expect(reply!.text).toContain('导入完成（3 个文件失败，其余已保存）');
    expect(reply!.text).toMatch(/\[1\/4\] kaifeng\.txt：《开封市加快5G产业发展三年行动计划》 22 项任务，新导入/);
    expect(reply!.text).toMatch(/\[2\/4\] notes\.txt：导入失败：(?!notes)\S/);
    expect(reply!.text).toMatch(/\[3\/4\] empty\.txt：导入失败：the file is empty/);
    expect(reply!.text).toMatch(/\[4\/4\] photo\.txt：导入失败：a binary file/);
    expect(countPlans(store)).toBe(1);
  });

  test('GIVEN an import THEN the summary: counts, tasks with no unit, units no other plan names, doubts', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban import', { isCoordinator: true, attachments: [{ name: 'kaifeng.txt', bytes: new Uint8Array(readFileSync(SEED)) }] });
    expect(reply!.text).toMatch(/识别出：22 项任务，\d+ 个单位，4 条目标，\d+ 个时限/);
    // Alone in the store, every unit is one no other plan names.
    expect(reply!.text).toContain('其他规划中没有的单位：市工业和信息化局');
    expect(reply!.text).toContain('/duban fix');
  });
});

describe('/duban import pasted text', () => {
  test('GIVEN a whole plan pasted after /duban import (longer than the 2,000 a message) THEN imported', async ({ store, clock }) => {
    const text = readFileSync(SEED, 'utf8');
    expect(text.length).toBeGreaterThan(4000);
    const reply = await say(store, clock, `/duban import ${text}`, { isCoordinator: true });
    expect(reply!.text).toContain('pasted.txt：《开封市加快5G产业发展三年行动计划》');
    expect(countPlans(store)).toBe(1);
    // The same length as a question is refused before any work.
    expect((await say(store, clock, text))!.text).toContain('消息过长');
  });
});
