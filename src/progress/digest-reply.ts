// Which digests a request asks for, the same for `/duban digest`, the CLI and the tests: the named
// plan (the one plan resolver, resolvePlan), else the plans this channel follows, else (no channel:
// the CLI) the plans the workspace follows, else every plan; the given week, else the current one in
// the follow's time zone. Never a plan without tasks (issue 13: a 0-task interpretation article
// made a digest of nothing).
import { DubanError } from '../core/errors.ts';
import { isoWeekOf, isValidWeek } from '../core/week.ts';
import { buildDigest } from '../digest/build.ts';
import type { Digest } from '../digest/types.ts';
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { followsOfChannel, followsOfTenant } from '../store/progress-reader.ts';
import { resolvePlan } from './resolve.ts';

export interface DigestRequest {
  tenant: string;
  /** The asking channel (its follows pick the plans); absent for the CLI. */
  channel?: string;
  plan?: string | number;
  /** ISO week (2022-W10); default the current week. */
  week?: string;
  now: Date;
  /** Default zone when a plan is not followed here. */
  timezone: string;
}

export function requestedDigests(store: Store, req: DigestRequest): Digest[] {
  const week = req.week?.toUpperCase();
  if (week !== undefined && !isValidWeek(week)) throw new DubanError('bad_option', `week ${req.week}（应为 2022-W10）`);
  const follows = req.channel ? followsOfChannel(store, req.tenant, req.channel) : [];
  const zoneOf = (planId: number) => follows.find((f) => f.planId === planId)?.timezone ?? req.timezone;
  const reader = planReader(store);
  const hasTasks = (planId: number) => reader.tasksOfPlan(planId).length > 0;
  let planIds: number[];
  if (req.plan !== undefined && req.plan !== '') {
    const plan = resolvePlan(store, req.plan);
    if (!hasTasks(plan.id)) throw new DubanError('bad_option', `plan ${plan.shortName ?? plan.title}（该文件没有可督办的任务，如政策解读，不出周报）`);
    planIds = [plan.id];
  } else if (req.channel) planIds = follows.map((f) => f.planId).filter(hasTasks);
  else {
    const followed = [...new Set(followsOfTenant(store, req.tenant).map((f) => f.planId))].filter(hasTasks);
    planIds = followed.length ? followed : reader.plans().map((p) => p.id).filter(hasTasks);
  }
  if (!planIds.length) {
    throw req.channel
      ? new DubanError('missing_option', 'plan（本频道尚未关注规划：/duban follow 规划名称，或 /duban digest plan:规划名称）')
      : new DubanError('unknown_plan', '（尚未导入规划）');
  }
  return planIds.map((planId) => {
    const timezone = zoneOf(planId);
    return buildDigest(store, { tenant: req.tenant, planId, week: week ?? isoWeekOf(req.now, timezone), now: req.now, timezone });
  });
}
