// A plan's light thresholds in a workspace (issue 15): the points behind 序时进度 at which a task or
// target turns yellow and red (Yinchuan's 10 and 30 by default). Set for the plans this channel
// follows, or one named plan; `/duban thresholds` alone shows them.
import { DubanError } from '../core/errors.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../digest/schedule-lights.ts';
import type { Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { followsOfChannel } from '../store/progress-reader.ts';
import { thresholdsOf } from '../store/schedule-reader.ts';
import { writeThresholds } from '../store/schedule-writer.ts';
import { resolvePlan } from './resolve.ts';

export interface ThresholdsInput {
  tenant: string;
  channel: string;
  plan?: string;
  yellow?: number;
  red?: number;
  by: string;
  now: Date;
}

function plansOf(store: Store, input: ThresholdsInput): Array<{ id: number; shortName: string }> {
  if (input.plan) return [resolvePlan(store, input.plan)];
  const reader = planReader(store);
  const plans = followsOfChannel(store, input.tenant, input.channel).flatMap((f) => {
    const p = reader.plan(f.planId);
    return p ? [p] : [];
  });
  if (!plans.length) throw new DubanError('not_in_channel', '本频道尚未关注规划：先用 /duban follow，或指定 plan:规划名称');
  return plans;
}

export const describeThresholds = (t: Thresholds): string => `落后序时进度 ${t.yellow} 个百分点起黄灯，超过 ${t.red} 个百分点红灯`;

/** Sets (when yellow or red is given) and describes each plan's thresholds. */
export function setThresholds(store: Store, input: ThresholdsInput): Array<{ plan: string; thresholds: Thresholds }> {
  const plans = plansOf(store, input);
  const out: Array<{ plan: string; thresholds: Thresholds }> = [];
  for (const p of plans) {
    const current = thresholdsOf(store, input.tenant, p.id) ?? DEFAULT_THRESHOLDS;
    const next = { yellow: input.yellow ?? current.yellow, red: input.red ?? current.red };
    if (input.yellow !== undefined || input.red !== undefined) {
      if (next.yellow < 0 || next.red < next.yellow || next.red > 100) throw new DubanError('bad_option', `yellow ${next.yellow} / red ${next.red}（应 0 ≤ 黄 ≤ 红 ≤ 100）`);
      writeThresholds(store, { tenant: input.tenant, planId: p.id, ...next, by: input.by, at: input.now.getTime() });
    }
    out.push({ plan: p.shortName, thresholds: next });
  }
  return out;
}
