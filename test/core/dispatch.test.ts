import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.ts';
import { chatEvent, say } from '../support/chat.ts';
import { dispatch, route, cleanInput } from '../../src/core/dispatch.ts';
import { defineCommand, type AnyCommand } from '../../src/core/command.ts';
import { testCommand, textCommand } from '../support/commands.ts';
import { commandList } from '../../commands/index.ts';
import { savePromptThread } from '../../src/store/chat-events.ts';

// A command that echoes its typed args, to see routing and parsing without the domain.
const echo = defineCommand({
  name: 'echo',
  aliases: ['回声'],
  description: { 'zh-CN': '回声', en: 'echo' },
  options: [
    { name: 'task', type: 'string', aliases: ['任务'], description: { 'zh-CN': '任务', en: 'task' } },
    { name: 'percent', type: 'integer', aliases: ['进度'], description: { 'zh-CN': '进度', en: 'percent' } },
    { name: 'text', type: 'string', rest: true, description: { 'zh-CN': '文本', en: 'text' } },
  ] as const,
  run: ({ args }) => ({ text: JSON.stringify(args) }),
});
const boom = testCommand('boom', () => {
  throw new Error('xoxb-123-secret database exploded');
});
const big = testCommand('big', () => ({ text: Array.from({ length: 800 }, (_, i) => `第${i}行：推进5G网络建设的工作说明`).join('\n') }));
const commands: readonly AnyCommand[] = [...commandList, echo, boom, big];

describe('dispatch', () => {
  test('GIVEN `/duban echo task:3 percent:60 其余文字` THEN typed args with the free text positional', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban echo task:3 percent:60 其余文字', {}, commands);
    expect(JSON.parse(reply!.text)).toEqual({ task: '3', percent: 60, text: '其余文字' });
    const r2 = await say(store, clock, '/duban 回声 前面的话 任务：3 进度：６０%', {}, commands);
    expect(JSON.parse(r2!.text)).toEqual({ text: '前面的话', task: '3', percent: 60 });
  });

  test('GIVEN a structured invocation (Discord subcommand) THEN its options are coerced', async ({ store, clock }) => {
    const reply = await dispatch(chatEvent({ command: { name: 'echo', options: { task: '7', percent: 40 } } }), { store, clock, commands });
    expect(JSON.parse(reply!.text)).toEqual({ task: '7', percent: 40 });
  });

  test('GIVEN percent:abc THEN a bad_option reply naming the option, ephemeral', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban echo percent:abc', {}, commands);
    expect(reply!.ephemeral).toBe(true);
    expect(reply!.text).toContain('percent');
    expect(reply!.text).toContain('/duban help');
  });

  test('GIVEN /duban with no word THEN help; an unknown ASCII word THEN unknown_command', async ({ store, clock }) => {
    expect((await say(store, clock, '/duban'))!.text).toContain('/duban report');
    const r = await say(store, clock, '/duban reprot task:3');
    expect(r!.text).toContain('没有“reprot”这个命令');
  });

  test('GIVEN free text THEN routed to ask; a Chinese word after /duban THEN ask with the whole rest', async ({ store, clock }) => {
    const state = { event: chatEvent({ text: '谁牵头智慧医疗' }), deps: { store, clock, commands }, script: 'simplified', locale: 'zh-CN' } as const;
    const r = await route(state);
    expect(r.command.name).toBe('ask');
    expect(r.rawOptions).toEqual({ question: '谁牵头智慧医疗' });
    const r2 = await route({ ...state, event: chatEvent({ text: '/duban 智慧医疗 谁牵头' }) });
    expect(r2.command.name).toBe('ask');
    expect(r2.rawOptions).toEqual({ question: '智慧医疗 谁牵头' });
    // A Chinese alias is a command word: 谁牵头 → lead.
    const r3 = await route({ ...state, event: chatEvent({ text: '/duban 谁牵头 智慧医疗' }) });
    expect(r3.command.name).toBe('lead');
    expect(r3.rawOptions).toEqual({ task: '智慧医疗' });
  });

  test('GIVEN a reply in a weekly-prompt thread THEN report with the text; in another thread THEN ask', async ({ store, clock }) => {
    savePromptThread(store, { platform: 'slack', tenant: 'T1', channel: 'C1', thread: '1646614800.000100', postKey: 'C1|plan|2022-W10|prompt' }, clock.now());
    const deps = { store, clock, commands };
    const inThread = await route({ event: chatEvent({ platform: 'slack', thread: '1646614800.000100', text: '任务3 进度：80%' }), deps, script: 'simplified', locale: 'zh-CN' });
    expect(inThread.command.name).toBe('report');
    expect(inThread.rawOptions).toEqual({ text: '任务3 进度：80%' });
    const other = await route({ event: chatEvent({ platform: 'slack', thread: '999.1', text: '任务3 进度80%' }), deps, script: 'simplified', locale: 'zh-CN' });
    expect(other.command.name).toBe('ask');
    // Same thread id in another workspace is not a prompt thread there (issue 6 isolation).
    const otherTenant = await route({ event: chatEvent({ platform: 'slack', tenant: 'T2', thread: '1646614800.000100', text: 'x' }), deps, script: 'simplified', locale: 'zh-CN' });
    expect(otherTenant.command.name).toBe('ask');
  });

  test('GIVEN a failure of ours THEN a polite internal reply, no secret or stack in it', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban boom', {}, commands);
    expect(reply!.text).toContain('处理时出错了');
    expect(reply!.text).not.toContain('xoxb');
    expect(reply!.ephemeral).toBe(true);
  });

  test('GIVEN a 12,000-character reply THEN the first message ≤ 2,000 and the rest as follow-ups', async ({ store, clock }) => {
    const reply = await say(store, clock, '/duban big', {}, commands);
    expect(reply!.text.length).toBeLessThanOrEqual(2000);
    expect(reply!.followUps!.length).toBe(4);
    for (const f of reply!.followUps!) expect(f.length).toBeLessThanOrEqual(2000);
    expect(reply!.followUps!.at(-1)).toContain('内容过长');
  });

  test('GIVEN a 40,000-character message THEN message_too_long, nothing run', async ({ store, clock }) => {
    const reply = await say(store, clock, `/duban echo ${'长'.repeat(40_000)}`, {}, commands);
    expect(reply!.text).toContain('消息过长');
  });

  test('GIVEN control and zero-width characters THEN stripped before parsing', async ({ store, clock }) => {
    expect(cleanInput('推进\u200b中\u0007\r\n')).toBe('推进中');
    const reply = await say(store, clock, '/duban echo per\u200bcent:\u200d50', {}, commands);
    expect(JSON.parse(reply!.text)).toEqual({ percent: 50 });
  });

  test('GIVEN a Traditional question THEN the reply comes back in Traditional', async ({ store, clock }) => {
    const trad = textCommand('fixed', () => ({ text: '牵头单位：市工业和信息化局', fields: [{ name: '负责单位', value: '市发展改革委' }] }));
    const reply = await say(store, clock, '/duban fixed 誰牽頭推動5G賦能交通？', {}, [trad]);
    expect(reply!.text).toBe('牽頭單位：市工業和信息化局');
    expect(reply!.fields![0].name).toBe('負責單位');
  });
});
