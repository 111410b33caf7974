// Bench of progress and the digest (issue 4; lights, issue 15): buildDigest with 序时进度 lights for a plan
// with 200 units, 400 tasks and 52 weeks of history (median ms; goal < 100 ms), and recordProgress over 10,000 free-text reports (reports/s),
// each its own transaction with synchronous=FULL, as in production.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../store/open.ts';
import { savePlan, type SavablePlan } from '../store/plan-writer.ts';
import { planReader } from '../store/plan-reader.ts';
import { insertReports, addMember, type NewReport } from '../store/progress-writer.ts';
import { buildDigest } from '../digest/build.ts';
import { renderDigestMarkdown } from '../digest/render-text.ts';
import { digestReply } from '../digest/reply.ts';
import { renderMessages as renderSlack } from '../adapters/slack/render.ts';
import { renderMessages as renderDiscord } from '../adapters/discord/render.ts';
import { recordProgress } from '../progress/record.ts';
import { addWeeks } from '../core/week.ts';
import { setting } from '../config.ts';

const UNITS = 200;
const WEEKS = 52;
const TASKS_PER_UNIT = 2;
const STATUSES = ['推进中', '推进中', '已完成', '滞后', '受阻', '未开始'] as const;

export function benchPlan(): SavablePlan {
  const units = Array.from({ length: UNITS }, (_, i) => `第${i + 1}区政府`);
  return {
    plan: { title: '基准测试市数字经济三年行动计划', period: { start: 2021, end: 2023 }, issuers: ['基准测试市人民政府'], issuedOn: '2021-01-01', docNumber: null, kind: 'plan', about: null, script: 'simplified' },
    targets: [{ year: 2022, text: '到2022年，建成5G基站8万个，新增5G工厂100家。', taskId: null, metrics: [
      { name: '建成5G基站', value: 80000, unit: '个', qualifier: null }, { name: '新增5G工厂', value: 100, unit: '家', qualifier: null },
    ] }],
    tasks: Array.from({ length: UNITS * TASKS_PER_UNIT }, (_, i) => ({
      id: String(i + 1), path: ['重点任务'], title: `推进第${i + 1}项数字化改造工程`, kind: 'task' as const,
      leads: [units[i % UNITS]], supports: [units[(i + 7) % UNITS]], responsible: [], clauses: [],
      deadlines: [{ date: `2022-${String((i % 12) + 1).padStart(2, '0')}-28`, text: `2022年${(i % 12) + 1}月底前` }],
    })),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function seedHistory(store: Store, planId: number, lastWeek: string): number {
  const reader = planReader(store);
  const tasks = reader.tasksOfPlan(planId);
  const unitOf = new Map<number, number>();
  for (const t of tasks) unitOf.set(t.id, reader.assignmentsOfTask(t.id).find((a) => a.role === 'lead')!.unitId);
  for (const unitId of new Set(unitOf.values())) addMember(store, { tenant: 'bench', user: `u${unitId}`, unitId, addedBy: 'bench', at: 0 });
  let n = 0;
  store.write(() => {
    for (let w = WEEKS - 1; w >= 0; w--) {
      const week = addWeeks(lastWeek, -w);
      const rows: NewReport[] = tasks.map((t, i) => ({
        tenant: 'bench', planId, taskKeyId: t.taskKeyId, taskId: t.id, unitId: unitOf.get(t.id)!, reporter: `u${unitOf.get(t.id)}`, onBehalf: false,
        status: STATUSES[(i + w) % STATUSES.length], percent: Math.min(100, (WEEKS - w) * 2), note: `第${WEEKS - w}周：完成阶段性工作，协调用地审批`,
        metrics: i % 50 === 0 ? [{ name: '建成5G基站', value: 1000 * (WEEKS - w), unit: '个' }] : [], noChange: false, week,
        reportedAt: Date.UTC(2022, 0, 1) + (WEEKS - w) * 7 * 86_400_000 + i, sourcePlatform: 'bench', sourceMessageId: `${week}-${i}`,
      }));
      for (const r of rows) n += insertReports(store, [r])!.length;
    }
  });
  return n;
}

/** The digest's reads one by one (DUBAN_BENCH_PROFILE=1): where the time goes. */
async function profileReads(store: Store, planId: number, lastWeek: string): Promise<void> {
  const { reportsUpTo, planAssignments } = await import('../store/progress-reader.ts');
  const { expectedUnits } = await import('../store/units-of-plan.ts');
  const { deadlinesOfPlan } = await import('../store/schedule-reader.ts');
  const tm = (name: string, f: () => unknown) => { const a = performance.now(); f(); console.log(`  ${name}: ${(performance.now() - a).toFixed(1)} ms`); };
  tm('reportsUpTo', () => reportsUpTo(store, 'bench', planId, lastWeek));
  tm('planAssignments', () => planAssignments(store, planId));
  tm('expectedUnits', () => expectedUnits(store, 'bench', planId));
  tm('tasksOfPlan', () => planReader(store).tasksOfPlan(planId));
  tm('deadlines', () => planReader(store).deadlinesBetween('0000-01-01', '2023-02-01'));
  tm('deadlinesOfPlan (序时进度 spans)', () => deadlinesOfPlan(store, planId));
  tm('targets', () => planReader(store).targets({ planId }));
}

/** buildDigest (with 序时进度 lights per task and target) and its three renderings, 21 times. */
function benchDigestBuild(store: Store, planId: number, lastWeek: string, now: Date): void {
  const times: number[] = [];
  const renderTimes: number[] = [];
  let lit = 0;
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    const d = buildDigest(store, { tenant: 'bench', planId, week: addWeeks(lastWeek, -(i % 5)), now });
    const t1 = performance.now();
    renderDigestMarkdown(d);
    const reply = digestReply(d, { chart: false });
    renderSlack(reply);
    renderDiscord(reply);
    renderTimes.push(performance.now() - t1);
    times.push(t1 - t0);
    lit = d.schedule.filter((e) => e.light !== 'grey').length;
  }
  const med = median(times);
  console.log(`digest lights: ${lit} of ${UNITS * TASKS_PER_UNIT} tasks lit (schedule[] per task, expected/gap/light per target)`);
  console.log(`digest build median: ${med.toFixed(1)} ms (goal < 100 ms: ${med < 100 ? 'met' : 'NOT met'})`);
  console.log(`digest build max: ${Math.max(...times).toFixed(1)} ms`);
  console.log(`digest render (markdown+slack+discord) median: ${median(renderTimes).toFixed(1)} ms`);
}

/** 10,000 free-text reports through recordProgress (parse, permission, dedupe, supersede). */
function benchRecord(store: Store, planId: number, now: Date, profile: boolean): void {
  const N = profile ? 300 : 10_000;
  const texts = ['推进中 60%，建成基站1200个', '滞后：用地审批未完成', '已完成', '本周无新进展', '受阻，需市级协调', '进行中，完成40%'];
  const tasks = planReader(store).tasksOfPlan(planId);
  const leadOf = (taskId: number) => `u${planReader(store).assignmentsOfTask(taskId).find((a) => a.role === 'lead')!.unitId}`;
  const t0 = performance.now();
  let recorded = 0;
  for (let i = 0; i < N; i++) {
    const t = tasks[i % tasks.length]!;
    const r = recordProgress(store, { tenant: 'bench', user: leadOf(t.id), platform: 'bench', sourceMessageId: `rec-${i}`, at: new Date(now.getTime() + i), text: `任务${t.number} ${texts[i % texts.length]}`, week: '2023-W01' });
    if (r.status === 'recorded') recorded++;
  }
  const secs = (performance.now() - t0) / 1000;
  if (profile) {
    // The same work without waiting for the disk: how much of a report's time is the fsync.
    store.writer.pragma('synchronous = OFF');
    const a = performance.now();
    for (let i = 0; i < 300; i++) {
      const t = tasks[i % tasks.length]!;
      recordProgress(store, { tenant: 'bench', user: leadOf(t.id), platform: 'bench', sourceMessageId: `nosync-${i}`, at: now, text: `任务${t.number} 推进中 50%`, week: '2023-W01' });
    }
    console.log(`  record without fsync: ${Math.round(300 / ((performance.now() - a) / 1000))} reports/s`);
  }
  console.log(`record reports: ${recorded}/${N} recorded`);
  console.log(`record throughput: ${Math.round(N / secs)} reports/s`);
}

export async function run(): Promise<void> {
  const profile = setting('DUBAN_BENCH_PROFILE') === '1';
  const dir = mkdtempSync(join(tmpdir(), 'duban-bench-digest-'));
  try {
    const store = openStore(join(dir, 'bench.sqlite'));
    const planId = savePlan(store, benchPlan(), { name: 'bench.txt', sha256: 'bench' }).planId;
    const lastWeek = '2022-W52';
    const seeded = seedHistory(store, planId, lastWeek);
    console.log(`digest history: ${seeded} reports (${UNITS} units, ${UNITS * TASKS_PER_UNIT} tasks, ${WEEKS} weeks)`);
    const now = new Date('2022-12-30T08:00:00Z');
    buildDigest(store, { tenant: 'bench', planId, week: lastWeek, now }); // warm the prepared statements
    if (profile) await profileReads(store, planId, lastWeek);
    benchDigestBuild(store, planId, lastWeek, now);
    benchRecord(store, planId, now, profile);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
