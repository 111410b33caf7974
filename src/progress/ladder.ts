// The 督办 ladder (issue 15; Sanming's 三色督查单, Suqian's blue/yellow/red): each step tells a wider
// circle, once per task and level, on record (ladder_steps, the ledger's history).
//   yellow      — behind 序时进度 in the week just ended: named in the unit's next prompt;
//   lead        — red two weeks running: the lead unit is told in the plan's channel, with the
//                 supporting units' latest replies;
//   coordinator — red three weeks running, or past its deadline: a 督办单 (task, units, dates, what
//                 was promised, what happened) for the coordinator.
// Lights are those of the digests of the weeks just ended (each as of its Sunday), so the ladder
// reads the same reports the digests showed, whoever ran when.
import { buildDigest } from '../digest/build.ts';
import type { Digest, ScheduleEntry } from '../digest/types.ts';
import { addWeeks, weekBounds } from '../core/week.ts';
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import type { Store } from '../store/open.ts';
import { planAssignments, reportsAliveAsOf } from '../store/progress-reader.ts';
import { ladderStepsOfPlan, type LadderLevel, type LadderStep } from '../store/schedule-reader.ts';
import { recordLadderStep } from '../store/schedule-writer.ts';

export interface LadderInput {
  tenant: string;
  planId: number;
  /** The week whose prompt carries the steps; lights are read from the three weeks before it. */
  week: string;
  now: Date;
  timezone?: string;
}

/** Per task number: its units by role and its task key (the ladder's record is per task key). */
interface TaskUnits {
  taskKeyId: number;
  leads: Array<{ unitId: number; unit: string }>;
  supports: Array<{ unitId: number; unit: string }>;
}

function unitsByTask(store: Store, planId: number): Map<string, TaskUnits> {
  const out = new Map<string, TaskUnits>();
  for (const a of planAssignments(store, planId)) {
    const t = out.get(a.number) ?? { taskKeyId: a.taskKeyId, leads: [], supports: [] };
    const list = a.role === 'support' ? t.supports : t.leads;
    if (!list.some((u) => u.unitId === a.unitId)) list.push({ unitId: a.unitId, unit: a.unit });
    out.set(a.number, t);
  }
  return out;
}

const pct = (n: number | null) => (n == null ? '—' : `${n}%`);
const names = (us: Array<{ unit: string }>) => us.map((u) => u.unit).join('、') || '—';

function yellowText(e: ScheduleEntry): string {
  return `任务${e.task} 落后序时进度 ${e.gap ?? '—'} 个百分点（应 ${pct(e.expected)}，报 ${pct(e.actual)}），请加快推进。`;
}

function leadText(store: Store, input: LadderInput, e: ScheduleEntry, units: TaskUnits): string {
  const alive = reportsAliveAsOf(store, input.tenant, input.planId, addWeeks(input.week, -1));
  const replies = units.supports.map((s) => {
    const r = alive.filter((x) => x.unitId === s.unitId && x.taskKeyId === units.taskKeyId).sort((a, b) => b.reportedAt - a.reportedAt)[0];
    return r ? `${s.unit}（${r.week}）：${r.status ?? ''}${r.percent != null ? ` ${r.percent}%` : ''}${r.note ? ` ${r.note}` : ''}` : `${s.unit}：未回复`;
  });
  return [
    `【督办提示】任务${e.task} ${e.title} 连续两周红灯（应 ${pct(e.expected)}，报 ${pct(e.actual)}）。请牵头单位 ${names(units.leads)} 统筹推进并报告整改措施。`,
    ...(replies.length ? ['配合单位最近回复：', ...replies.map((r) => `  · ${r}`)] : []),
  ].join('\n');
}

function coordinatorText(e: ScheduleEntry, units: TaskUnits, d: Digest, overdue: boolean): string {
  const promise = d.promises.find((p) => p.taskNumber === e.task);
  const promised = promise ? `${promise.expected ? `预计 ${promise.expected} 完成` : ''}${promise.blocker ? `；阻碍：${promise.blocker}` : ''}` : '未作承诺';
  return [
    `【督办单】任务${e.task} ${e.title}`,
    `  责任单位：牵头 ${names(units.leads)}；配合 ${names(units.supports)}`,
    `  时间：${e.start ?? '—'} 起，期限 ${e.deadline ?? '—'}`,
    `  承诺：${promised || '未作承诺'}`,
    `  实际：应 ${pct(e.expected)}，报 ${pct(e.actual)}${overdue ? '，已逾期未完成' : '，连续三周红灯'}`,
  ].join('\n');
}

/** The level a task reaches on lights [last week, the week before, the one before that]. */
export function ladderLevels(lights: Array<ScheduleEntry | undefined>): LadderLevel[] {
  const [w1, w2, w3] = lights;
  if (!w1) return [];
  const levels: LadderLevel[] = [];
  if (w1.light === 'yellow' || w1.light === 'red') levels.push('yellow');
  if (w1.light === 'red' && w2?.light === 'red') levels.push('lead');
  if ((w1.light === 'red' && w2?.light === 'red' && w3?.light === 'red') || w1.overdue) levels.push('coordinator');
  return levels;
}

/** Runs the ladder for a week's prompt: the steps taken now (each task and level once, ever). */
export function runLadder(store: Store, input: LadderInput): LadderStep[] {
  const timezone = input.timezone ?? DEFAULT_TIMEZONE;
  // Each past week's digest as of its own end: `now` at the start of the prompt's week.
  const asOf = weekBounds(input.week, timezone).start;
  const digests = [1, 2, 3].map((k) => buildDigest(store, { tenant: input.tenant, planId: input.planId, week: addWeeks(input.week, -k), now: asOf, timezone }));
  const byTask = digests.map((d) => new Map(d.schedule.map((e) => [e.task, e] as const)));
  const units = unitsByTask(store, input.planId);
  // Steps this week's prompt already recorded: an outbox retry builds the prompt again, and its parts
  // must say the same as the parts already sent (recording is once per task and level, ever).
  const earlier = new Map(ladderStepsOfPlan(store, input.tenant, input.planId).filter((s) => s.week === input.week).map((s) => [`${s.taskKeyId}:${s.level}`, s]));
  const taken: LadderStep[] = [];
  for (const e of digests[0].schedule) {
    const u = units.get(e.task);
    if (!u) continue;
    for (const level of ladderLevels(byTask.map((m) => m.get(e.task)))) {
      const told = level === 'lead' ? u.leads : level === 'coordinator' ? [...u.leads, ...u.supports] : u.leads.length ? u.leads : u.supports;
      const message = level === 'yellow' ? yellowText(e) : level === 'lead' ? leadText(store, input, e, u) : coordinatorText(e, u, digests[0], e.overdue);
      const step: LadderStep = { planId: input.planId, taskKeyId: u.taskKeyId, level, week: input.week, light: e.light, units: told.map((x) => x.unit), message, firedAt: input.now.getTime() };
      if (recordLadderStep(store, input.tenant, step)) taken.push(step);
      else if (earlier.has(`${step.taskKeyId}:${level}`)) taken.push(earlier.get(`${step.taskKeyId}:${level}`)!);
    }
  }
  return taken;
}
