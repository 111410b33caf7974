// What the replies promised and what holds tasks up (issue 11 "use what was read"): per task, the
// completion date and the blocker of its latest reading, and a flag where the promised date has
// passed and the task is not 已完成. Pure: the readings come with the digest's rows (load.ts).
import type { DigestRows } from './load.ts';
import { statusOf, type LatestStatuses } from './sections.ts';
import type { Digest } from './types.ts';

export function promisesSection(rows: DigestRows, latest: LatestStatuses): Digest['promises'] {
  const out: Digest['promises'] = [];
  for (const t of rows.tasks) {
    const p = rows.promised.get(t.taskKeyId);
    if (!p || (!p.expected && !p.blocker)) continue;
    const r = latest.taskNow.get(t.taskKeyId);
    const status = statusOf(r?.status);
    out.push({
      taskNumber: t.number, title: t.title, unit: r ? rows.unitNames.get(r.unitId) ?? null : null, status, percent: r?.percent ?? null,
      expected: p.expected, blocker: p.blocker,
      overdue: p.expected !== null && p.expected < rows.today && status !== '已完成',
    });
  }
  // Overdue first, then by promised date.
  return out.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.expected ?? '9999').localeCompare(b.expected ?? '9999'));
}
