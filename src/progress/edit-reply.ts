// An edited progress reply (issue 15): the edit replaces what the message said — its rows are
// superseded by the edit's reading, history kept — as 改：… does for the last reading. The adapters
// pass an edit as a message whose id is `<original id>#edit:<edit stamp>` (Slack message_changed:
// the message ts and edited.ts; Discord messageUpdate: the message id and editedTimestamp), so a
// redelivered edit records once and the original's rows are found by its id.
import type { Store } from '../store/open.ts';
import { retireRows } from '../store/reply-store.ts';
import { readingOfMessage } from '../store/schedule-reader.ts';
import type { RecordInput, RecordResult } from './record-input.ts';
import { recordProgress } from './record.ts';

const EDIT = '#edit:';

/** The message id an edit is recorded under. */
export function editedMessageId(originalId: string, editStamp: string): string {
  return `${originalId}${EDIT}${editStamp}`;
}

export function originalOfEdit(messageId: string): string | null {
  const i = messageId.indexOf(EDIT);
  return i > 0 ? messageId.slice(0, i) : null;
}

/** An edit of a recorded reply → the corrected reading; null when this is no edit, or the original stored nothing. */
export function takeEditedReply(store: Store, input: RecordInput): RecordResult | null {
  const original = originalOfEdit(input.sourceMessageId);
  if (!original) return null;
  const before = readingOfMessage(store, input.tenant, input.platform ?? 'console', original);
  if (!before.length) return null;
  const correcting = [...new Set(before.flatMap((r) => (r.taskNumber ? [r.taskNumber] : [])))];
  // The edit counts for the week of the reading it replaces, not the week it was made in.
  const r = recordProgress(store, { ...input, week: input.week ?? before[0].week, correcting: correcting.length ? correcting : undefined });
  if (r.status === 'recorded' && r.reportIds.length) retireRows(store, before.map((x) => x.id), r.reportIds[0], r.week ?? before[0].week);
  return r;
}
