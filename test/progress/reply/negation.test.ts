import { describe, expect, test } from 'vitest';
import { runStage } from './helpers.ts';
import { readReply } from '../../../src/progress/reply/read-reply.ts';

describe('negation', () => {
  test.each(['未完成', '尚未完成', '还没完成', '还没有完成', '没有全部完成', '未能按期完成', '仍未建成', '还没弄完', '没做完'])('GIVEN %s THEN the completion verb is covered', (text) => {
    const doc = runStage('negation', `任务3${text}`);
    expect(doc.negated.length).toBe(1);
    const [s, e] = doc.negated[0];
    expect(doc.text.slice(s, e)).toMatch(/(?:完成|建成|完)$/);
  });
  test('GIVEN 已完成招标 THEN nothing negated', () => {
    expect(runStage('negation', '任务3已完成招标').negated).toEqual([]);
  });
});

// Issue 11: `任务17 目前还未全部建成投用` was read as 已完成 (the negation stopped at 建成 and left 投用,
// a put-to-use verb, outside its span). Every negator × adverb × completion verb (chained ones too)
// must read as not finished: generated, so that no single wording is what passes.
describe('a negated completion never reads as 已完成', () => {
  const negators = ['未', '尚未', '还未', '仍未', '暂未', '还没有', '没有', '并未', '未能', '还不能', '至今尚未'];
  const adverbs = ['', '全部', '完全', '按期', '全面', '正式', '能全部'];
  const verbs = ['完成', '建成', '建成投用', '竣工验收', '建成并投入使用', '投入使用', '交付使用', '上线运行', '完成验收', '落实到位', '实施完毕'];
  const phrases = negators.flatMap((n) => adverbs.flatMap((a) => verbs.map((v) => `任务5 目前${n}${a}${v}，正在加紧推进`)));
  test(`GIVEN ${phrases.length} negated completions THEN none reads as 已完成`, () => {
    const finished = phrases.filter((p) => readReply(p, { week: '2023-W20', unitTasks: ['5'] }).status === '已完成');
    expect(finished).toEqual([]);
  });
  test('GIVEN the same verbs without a negation THEN they do read as 已完成 (the test can fail)', () => {
    expect(readReply('任务5 已全部建成投用', { week: '2023-W20', unitTasks: ['5'] }).status).toBe('已完成');
    expect(readReply('任务5 已交付使用', { week: '2023-W20', unitTasks: ['5'] }).status).toBe('已完成');
  });
});
