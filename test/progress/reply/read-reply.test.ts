// The whole reader: the stage list, the spec's example, and hostile input (its time is a bench
// figure: npm run bench, section replies).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readReply, stages } from '../../../src/progress/reply/read-reply.ts';
import { STATUSES } from '../../../src/progress/reply/types.ts';

describe('readReply', () => {
  test('THEN the stages run in the order of issue 11', () => {
    expect(stages.map(([n]) => n)).toEqual(['normalise', 'task-refs', 'negation', 'status', 'no-change', 'quantities', 'metrics', 'dates', 'blocker']);
  });
  test("GIVEN reply-json.md's example THEN its reading", () => {
    expect(readReply('任务4 完成了一半，受征地影响预计6月底完工', { week: '2022-W10' })).toMatchObject({
      status: '推进中', percent: 50, tasks: ['4'], perTask: [], expected: '2022-06-30', blocker: '征地', noChange: false, sure: true, question: null,
    });
  });
  test('GIVEN any text THEN no throw, percent in 0–100, a known status, a question when not sure', () => {
    const pieces = fc.constantFrom('任务', '3', '已', '完成', '未', '60%', '一半', '三分之二', '月底', '下月', '因', '受', '影响', '累计', '新建', '座', '，', '。', '分别', '和', '、');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(pieces, { maxLength: 120 }).map((a) => a.join(''))), (s) => {
        const r = readReply(s, { week: '2022-W10', unitTasks: ['3', '4'] });
        if (r.percent !== null) expect(r.percent >= 0 && r.percent <= 100).toBe(true);
        if (r.status !== null) expect(STATUSES).toContain(r.status);
        if (!r.sure) expect(r.question).toBeTruthy();
      }),
      { numRuns: 500 },
    );
  });
});
