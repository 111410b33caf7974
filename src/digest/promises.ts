// What the replies promised and what holds tasks up (issue 11 "use what was read"): per task, the
// completion date and the blocker of its latest reading, and a flag where the promised date has
// passed and the task is not 已完成.
import type { Store } from '../store/open.ts';
import { latestPromiseOf } from '../store/reply-store.ts';
import type { Digest, DigestStatus } from './types.ts';

export interface PromiseTask {
  taskKeyId: number;
  number: string;
  title: string;
}

export interface PromiseInput {
  tenant: string;
  planId: number;
  week: string;
  today: string;
  tasks: PromiseTask[];
  statusOf: (taskKeyId: number) => { status: DigestStatus; percent: number | null; unit: string | null };
}

export function buildPromises(store: Store, input: PromiseInput): Digest['promises'] {
  const out: Digest['promises'] = [];
  for (const t of input.tasks) {
    const p = latestPromiseOf(store, input.tenant, input.planId, t.taskKeyId, input.week);
    if (!p.expected && !p.blocker) continue;
    const s = input.statusOf(t.taskKeyId);
    out.push({
      taskNumber: t.number, title: t.title, unit: s.unit, status: s.status, percent: s.percent, expected: p.expected, blocker: p.blocker,
      overdue: p.expected !== null && p.expected < input.today && s.status !== '已完成',
    });
  }
  // Overdue first, then by promised date.
  return out.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.expected ?? '9999').localeCompare(b.expected ?? '9999'));
}
