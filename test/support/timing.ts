// Worst-case timing for parser tests.

/** `unit` repeated to about `bytes` of UTF-8 (200 KB: the size the ingest issue's worst case names). */
export function fill(unit: string, bytes = 200_000): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

/**
 * Best of three, each run timed as the lesser of wall-clock and CPU time: on a machine busy with
 * other suites the wall clock counts time spent waiting for a core, and CPU time counts parallel GC
 * threads. Runaway backtracking is slow by both measures, every time.
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
