import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.ts';
import { say } from '../../support/chat.ts';
import { defineCommand } from '../../../src/core/command.ts';

const probe = defineCommand({
  name: 'probe',
  aliases: [],
  description: { 'zh-CN': 'p', en: 'p' },
  options: [{ name: 'q', type: 'string', rest: true, description: { 'zh-CN': 'q', en: 'q' } }] as const,
  run: ({ script, locale }) => ({ text: `${script} ${locale} 开发区负责统筹协调` }),
});

describe('detect-script', () => {
  test('GIVEN a Simplified question THEN script simplified and the reply unchanged', async ({ store, clock }) => {
    const r = await say(store, clock, '/duban probe 谁负责推进开发区建设', {}, [probe]);
    expect(r!.text).toBe('simplified zh-CN 开发区负责统筹协调');
  });

  test('GIVEN a Traditional question THEN the handler sees traditional and the reply is converted', async ({ store, clock }) => {
    const r = await say(store, clock, '/duban probe 誰負責推進開發區建設', {}, [probe]);
    expect(r!.text).toBe('traditional zh-CN 開發區負責統籌協調');
  });

  test('GIVEN an English locale THEN locale en for fixed texts', async ({ store, clock }) => {
    const r = await say(store, clock, '/duban probe', { locale: 'en-GB' }, [probe]);
    expect(r!.text.startsWith('simplified en')).toBe(true);
  });

  test('GIVEN a Traditional error reply THEN also in Traditional', async ({ store, clock }) => {
    const r = await say(store, clock, '/duban help 誰負責推進開發區建設');
    expect(r!.text).toContain('沒有');
  });
});
