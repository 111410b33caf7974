// `npm run bench` section "worst-case": the ingest stages on 200 KB of their hardest repetitive
// input (the size the ingest issue's worst case names). These were < 200 ms bounds in tests; on a
// machine running other suites they failed with nothing wrong (issue 14), so the time is a figure
// here and the tests assert only that each input is handled (a runaway still fails on the test's
// 60 s timeout). The inputs are shared with those tests.
import { extractDeadlines } from '../ingest/deadlines.ts';
import { parseMetrics } from '../ingest/metrics.ts';
import { parsePlanText } from '../ingest/pipeline.ts';
import { extractTargets, extractUndatedTargets, type TargetSegment } from '../ingest/targets.ts';

/** `unit` repeated to about `bytes` of UTF-8. */
export function fill(unit: string, bytes = 200_000): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

/** Digits, 年 and quantities repeated: what makes a year or number pattern backtrack. */
export const WORST_TARGETS = () => [fill('1'), fill('2020年'), fill('到2022年建成5个'), fill('1万个'), fill('2021年，')];
export const WORST_METRICS = () => [fill('1'), fill('2020年'), fill('1万个'), fill('1,000'), fill('10-20个'), fill('建设') + '超过5个'];
export const WORST_DEADLINES = () => ['2021年底前' + fill('6月底前'), fill('1'), fill('2020年'), fill('2020' + '9'.repeat(30) + '年'), fill('2021年底前'), fill('2021年6月30日前，')];

/**
 * Best of three, each run timed as the lesser of wall-clock and CPU time: on a busy machine the wall
 * clock counts time spent waiting for a core, and CPU time counts parallel GC threads.
 */
export function fastestMs(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    best = Math.min(best, wall, (cpu.user + cpu.system) / 1000);
  }
  return best;
}

const slowest = (inputs: string[], run: (text: string) => unknown): number => Math.max(...inputs.map((text) => fastestMs(() => run(text))));

export async function run(): Promise<void> {
  // A segment as the targets stage gets it (test/ingest/targets.test.ts builds the same).
  const segment = (text: string, section: TargetSegment['section']): TargetSegment[] => [
    { text, original: text, taskId: '1', section, headingPath: section === 'goals' ? ['二、发展目标'] : ['三、重点任务'] },
  ];
  const targets = Math.max(
    ...(['goals', 'task'] as const).map((section) =>
      Math.max(slowest(WORST_TARGETS(), (t) => extractTargets(segment(t, section))), slowest(WORST_TARGETS(), (t) => extractUndatedTargets(segment(t, section)))),
    ),
  );
  console.log(`worst-case targets (200 KB, slowest input): ${targets.toFixed(1)} ms (goal < 200 ms)`);
  console.log(`worst-case metrics (200 KB, slowest input): ${slowest(WORST_METRICS(), parseMetrics).toFixed(1)} ms (goal < 200 ms)`);
  console.log(`worst-case deadlines (200 KB, slowest input): ${slowest(WORST_DEADLINES(), extractDeadlines).toFixed(1)} ms (goal < 200 ms)`);
  // test/ingest/pipeline.test.ts's big plan (a 3 s bound there failed at load 12).
  const filler = '加快建设，完善配套，到2022年完成50个，推动产业集聚发展。'.repeat(40);
  const items = Array.from({ length: 900 }, (_, i) => `${i + 1}.推进第${i}项工作。${filler}(市发展改革委牵头,各区政府配合)`);
  const big = ['某市行动计划', '一、重点任务', ...items].join('\n');
  console.log(`worst-case 2 MB plan of 900 long items (parsePlanText): ${fastestMs(() => parsePlanText(big, 'big.txt')).toFixed(0)} ms (was a test bound: < 3 s)`);
}
