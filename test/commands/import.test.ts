import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { say } from '../support/chat.ts';
import { MAX_IMPORT_BYTES } from '../../commands/import.ts';

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
      attachments: [{ name: '大文件.pdf', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) }],
    });
    expect(reply!.text).toContain('文件过大（大文件.pdf: 10.0 MB）');
  });
});
