// `npm run bench` section "parse" (issue 2 acceptance): throughput of the in-process text pipeline
// (parsePlanText) over every seed, the total for all of seeds/ (must stay < 100 ms), the same with
// decoding from bytes, and the peak memory seen while parsing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, type DecodedText } from '../ingest/decode.ts';
import { parsePlanFile, parsePlanText } from '../ingest/pipeline.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const RUNS = 15; // median of ≥ 7, as the issue asks
const WARMUP = 3;
const LIMIT_MS = 100;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export async function run(): Promise<void> {
  const files = readdirSync(SEEDS).filter((f) => !f.startsWith('.')).sort();
  const sources = files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) }));
  const decoded: Array<DecodedText & { name: string }> = [];
  for (const s of sources) decoded.push({ name: s.name, ...(await decode(s)) });
  const bytes = sources.reduce((n, s) => n + s.bytes.byteLength, 0);

  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };

  const textRuns: number[] = [];
  let cpuMicros = 0;
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const d of decoded) {
      parsePlanText(d.text, d.name, d.format);
      sample();
    }
    if (r >= WARMUP) textRuns.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    if (r >= WARMUP) cpuMicros += used.user + used.system;
  }

  const fileRuns: number[] = [];
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const started = performance.now();
    for (const s of sources) {
      await parsePlanFile(s);
      sample();
    }
    if (r >= WARMUP) fileRuns.push(performance.now() - started);
  }

  const ms = median(textRuns);
  const mb = bytes / (1024 * 1024);
  console.log(`parse seeds: ${files.length} files`);
  console.log(`parse seeds size: ${(bytes / 1024).toFixed(1)} KB`);
  console.log(`parse throughput: ${(mb / (ms / 1000)).toFixed(2)} MB/s (parsePlanText, median of ${RUNS} runs)`);
  // the machine is shared: the best run and the process's CPU time say what the code costs when the
  // median is mostly waiting for a core (CPU time includes the GC's helper threads)
  console.log(`parse throughput best run: ${(mb / (Math.min(...textRuns) / 1000)).toFixed(2)} MB/s`);
  console.log(`parse throughput by CPU time: ${(mb / (cpuMicros / RUNS / 1e6)).toFixed(2)} MB/s`);
  console.log(`parse seeds total: ${ms.toFixed(1)} ms (median; min ${Math.min(...textRuns).toFixed(1)}, max ${Math.max(...textRuns).toFixed(1)})`);
  console.log(`parse seeds total from bytes: ${median(fileRuns).toFixed(1)} ms (decode + parsePlanText, median)`);
  console.log(`parse seeds under ${LIMIT_MS} ms: ${ms < LIMIT_MS ? 'yes' : 'NO'}`);
  console.log(`parse peak rss: ${(peakRss / (1024 * 1024)).toFixed(1)} MB`);
  console.log(`parse peak heapUsed: ${(peakHeap / (1024 * 1024)).toFixed(1)} MB`);
}
