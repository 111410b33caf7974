// A progress reply in a weekly prompt's thread (issue 11): never store a guess.
// - The reading is a guess (several tasks, none named; nothing readable; a step finished but the
//   task unclear): the one short question goes back, the reply is parked, nothing is stored.
// - The reporter's next message in the thread answers it: answer + parked reply are read together
//   (“任务3” + “已完成60%” → 任务3 已完成60%) and stored when sure.
// - `改：任务4 推进中 60%` replaces the reporter's last reading (same tasks when it names none).
import type { Store } from '../store/open.ts';
import { lastReadingOf, parkReply, pendingReplyOf, retireRows, unparkReply } from '../store/reply-store.ts';
import type { RecordInput, RecordResult } from './record-input.ts';
import { recordProgress } from './record.ts';
import { takeLeaveInChat } from './leave.ts';
import { takeEditedReply } from './edit-reply.ts';

// 改：… / 更正：… / 修改: …
const CORRECTION = /^\s*(?:改|更正|修改|订正)\s*[:：]\s*/u;

export type ThreadReplyInput = RecordInput & { channel: string; thread: string; text: string };

function correct(store: Store, input: ThreadReplyInput, text: string): RecordResult {
  const last = lastReadingOf(store, input.tenant, input.user);
  const correcting = [...new Set(last.flatMap((r) => (r.taskNumber ? [r.taskNumber] : [])))];
  const r = recordProgress(store, { ...input, text, correcting: correcting.length ? correcting : undefined });
  if (r.status === 'recorded' && r.reportIds.length && last.length) {
    retireRows(store, last.map((x) => x.id), r.reportIds[0], r.week ?? last[0].week);
  }
  return r;
}

export function takeThreadReply(store: Store, input: ThreadReplyInput): RecordResult {
  // 请假到11月30日 in the thread: leave, not progress (issue 15).
  const leave = takeLeaveInChat(store, { ...input, now: input.at });
  if (leave) return { status: 'recorded', understood: leave.text, correctionHint: '', text: leave.text, reportIds: [] };
  // An edited reply replaces the reading of the message it edits (issue 15).
  const edited = takeEditedReply(store, input);
  if (edited) return edited;
  const where = { tenant: input.tenant, channel: input.channel, thread: input.thread, user: input.user };
  const corr = CORRECTION.exec(input.text);
  if (corr) {
    unparkReply(store, where);
    return correct(store, input, input.text.slice(corr[0].length));
  }
  const pending = pendingReplyOf(store, where);
  if (pending) {
    // A whole new reply stands on its own; an answer (任务3 / 已完成) completes the parked one.
    const alone = recordProgress(store, input);
    if (alone.status !== 'asked') {
      if (alone.status === 'recorded') unparkReply(store, where);
      return alone;
    }
  }
  // The answer first: its task number heads the clause the parked reply continues.
  const text = pending ? `${input.text.trim()}，${pending.text}` : input.text;
  const r = recordProgress(store, { ...input, text });
  if (r.status === 'asked') parkReply(store, { ...where, text, question: r.text, askedAt: input.at.getTime() });
  else if (pending && r.status === 'recorded') unparkReply(store, where);
  return r;
}
