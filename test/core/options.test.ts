import { describe, expect, expectTypeOf, test } from 'vitest';
import { coerceArgs, parseOptionText, type ArgsOf } from '../../src/core/options.ts';
import { DubanError } from '../../src/core/errors.ts';
import report from '../../commands/report.ts';
import tasks from '../../commands/tasks.ts';

describe('options', () => {
  test('GIVEN report option data THEN handler args are typed from it', () => {
    type Args = ArgsOf<typeof report.options>;
    expectTypeOf<Args['percent']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Args['status']>().toEqualTypeOf<'未开始' | '推进中' | '已完成' | '滞后' | '受阻' | undefined>();
    type T = ArgsOf<typeof tasks.options>;
    expectTypeOf<T['unit']>().toEqualTypeOf<string>();
    expectTypeOf<T['role']>().toEqualTypeOf<'lead' | 'support' | 'responsible' | undefined>();
  });

  test('GIVEN `task:3 status:推进中 percent:60 note:用地 审批未完成` THEN each value until the next key', () => {
    const raw = parseOptionText('task:3 status:推进中 percent:60 note:用地 审批未完成', report.options);
    expect(raw).toEqual({ task: '3', status: '推进中', percent: '60', note: '用地 审批未完成' });
    expect(coerceArgs(report.options, raw)).toEqual({ task: '3', status: '推进中', percent: 60, note: '用地 审批未完成' });
  });

  test('GIVEN Chinese keys with full-width colons and digits THEN the same', () => {
    const raw = parseOptionText('任务：3 状态：滞后 进度：６０％ 备注：时间：下月', report.options);
    expect(coerceArgs(report.options, raw)).toEqual({ task: '3', status: '滞后', percent: 60, note: '时间：下月' });
  });

  test('GIVEN a choice by its display name THEN its value; an unknown choice THEN bad_option listing them', () => {
    expect(coerceArgs(tasks.options, parseOptionText('市工信局 role:配合', tasks.options))).toEqual({ unit: '市工信局', role: 'support' });
    expect(() => coerceArgs(tasks.options, { unit: 'x', role: '主办' })).toThrow(/牵头\/配合\/负责/);
  });

  test('GIVEN a missing required option THEN missing_option naming it', () => {
    try {
      coerceArgs(tasks.options, {});
      throw new Error('no throw');
    } catch (err) {
      expect(err).toBeInstanceOf(DubanError);
      expect((err as DubanError).code).toBe('missing_option');
      expect((err as DubanError).detail).toBe('unit');
    }
  });

  test('GIVEN percent 6.5 or 1e3x THEN bad_option (integer)', () => {
    expect(() => coerceArgs(report.options, { percent: '6.5' })).toThrow(DubanError);
    expect(() => coerceArgs(report.options, { percent: '1e3x' })).toThrow(DubanError);
  });
});
