// buildDigest: rows → Digest, for one tenant, plan and week: one read of the store (load.ts), then
// pure sections (sections.ts), computed in memory (200 units × 52 weeks in well under 100 ms).
import type { Store } from '../store/open.ts';
import { loadDigestRows, type DigestInput, type DigestRows } from './load.ts';
import { atRiskSection, deadlineSection, latestStatuses, notesSection, statusSection, unitsSection } from './sections.ts';
import { metricsSection } from './metrics-section.ts';
import { promisesSection } from './promises.ts';
import { repliesSection, scheduleSection, withLights } from './schedule-section.ts';
import type { Digest } from './types.ts';

export type { DigestInput } from './load.ts';

export function buildDigest(store: Store, input: DigestInput): Digest {
  return composeDigest(loadDigestRows(store, input));
}

/** The digest of loaded rows (pure). */
export function composeDigest(rows: DigestRows): Digest {
  const latest = latestStatuses(rows);
  const deadlines = deadlineSection(rows, latest);
  const { units, byUnit } = unitsSection(rows, latest);
  const promises = promisesSection(rows, latest);
  const schedule = scheduleSection(rows, latest);
  return {
    tenant: rows.tenant, planId: rows.plan.id, plan: rows.plan.title, shortName: rows.plan.shortName, week: rows.week, today: rows.today, timezone: rows.timezone,
    units,
    tasks: rows.tasks.length,
    ...statusSection(rows, latest),
    atRisk: atRiskSection(rows, latest, deadlines.byTask, promises),
    upcomingDeadlines: deadlines.upcoming,
    metrics: metricsSection(rows),
    thresholds: rows.thresholds,
    schedule,
    replies: repliesSection(rows),
    promises,
    notes: notesSection(rows),
    byUnit: withLights(rows, byUnit, schedule),
  };
}
