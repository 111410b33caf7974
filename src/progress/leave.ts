// Leave (issue 15): a member away until a date (请假到11月30日) is left out of reminders, a unit
// whose every member is away is shown as 请假 in prompts and digests (not missing), and 销假 ends it.
// The last day counts as leave; the date is local (the follow's zone, Asia/Shanghai by default).
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import { DubanError } from '../core/errors.ts';
import { localDate } from '../core/week.ts';
import type { Store } from '../store/open.ts';
import { leavesOn } from '../store/schedule-reader.ts';
import { clearLeave, writeLeave } from '../store/schedule-writer.ts';
import type { UnitTasks } from '../store/units-of-plan.ts';
import { readLeaveArg, readLeaveInChat } from './reply/leave-text.ts';

export interface LeaveInput {
  tenant: string;
  user: string;
  /** What follows /duban leave (到11月30日, 销假), or a chat message (请假到11月30日). */
  text: string;
  now: Date;
  timezone?: string;
}

export type LeaveResult = { until: string; text: string } | { back: true; text: string };

function record(store: Store, input: LeaveInput, read: { until: string } | { back: true }): LeaveResult {
  if ('back' in read) {
    const had = clearLeave(store, input.tenant, input.user);
    return { back: true, text: had ? '已销假：恢复每周进度征询和提醒。' : '你目前没有请假登记。' };
  }
  writeLeave(store, { tenant: input.tenant, user: input.user, until: read.until, by: input.user, at: input.now.getTime() });
  return { until: read.until, text: `已登记请假至 ${read.until}：期间不再向你发送进度提醒，周报显示为“请假”。提前返岗可用 /duban leave 销假。` };
}

/** /duban leave 到11月30日 | 销假. */
export function takeLeave(store: Store, input: LeaveInput): LeaveResult {
  const today = localDate(input.now, input.timezone ?? DEFAULT_TIMEZONE);
  const read = readLeaveArg(input.text, today);
  if (!read) throw new DubanError('bad_date', `${input.text.trim() || '（空）'}：应为“到11月30日”或“销假”`);
  return record(store, input, read);
}

/** 请假到11月30日 in a chat message: recorded and answered; null when the message says no such thing. */
export function takeLeaveInChat(store: Store, input: LeaveInput): LeaveResult | null {
  const read = readLeaveInChat(input.text, localDate(input.now, input.timezone ?? DEFAULT_TIMEZONE));
  return read ? record(store, input, read) : null;
}

/** Units with their members at work today: a member on leave is not reminded; a unit all away is not silent. */
export function withoutLeave(store: Store, tenant: string, units: UnitTasks[], today: string): UnitTasks[] {
  const leaves = leavesOn(store, tenant, today);
  if (!leaves.size) return units;
  return units.flatMap((u) => {
    const present = u.members.filter((m) => !leaves.has(m));
    return u.members.length && !present.length ? [] : [{ ...u, members: present }];
  });
}
