// The digest's targets: one line per metric (issue 13), the digest's year first (else the nearest
// later year, else the latest earlier or undated one), each with the latest reported running total
// and last year's figure beside it. A metric named two ways is one line: by its key (metric-key.ts:
// 5G用户 / 5G用户数, 5G基站 / 建成5G基站) across years, and two names of one figure in one year
// (行业专网 30个 / 5G行业专网 30个); an increment (新建) never merges with a total.
import type { StoredTarget } from '../store/rows.ts';
import type { DigestRows } from './load.ts';
import { inBaseUnits, metricKey, sameTargetNamedTwice, unitsCompatible } from './metric-key.ts';
import { metricSchedule } from './schedule-section.ts';
import type { Digest } from './types.ts';

type TargetMetric = StoredTarget['metrics'][number];

interface MetricGroup {
  keys: Set<string>;
  name: string;
  unit: string | null;
  year: number | null;
  target: number;
}

interface Reading {
  unitId: number;
  week: string;
  value: number;
  unit: string | null;
  seq: number;
}

function rankYear(y: number | null, year: number): number {
  if (y === year) return 0;
  if (y == null) return 5000;
  return y > year ? y - year : 1000 + (year - y);
}

/**
 * Metric key → the key it is merged under: two names of the same figure in one year (行业专网 30个
 * and 5G行业专网 30个 in 2023) become one, and that holds in every year (5G行业专网 20个 in 2022).
 */
function keyClasses(targets: StoredTarget[]): (key: string) => string {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    return p === k ? k : find(p);
  };
  // The longer key (5G行业专网) names the class.
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent.set(x.length >= y.length ? y : x, x.length >= y.length ? x : y);
  };
  const byYear = new Map<number | null, Array<{ key: string; value: number; unit: string | null }>>();
  for (const t of targets) {
    for (const m of t.metrics) if (m.value != null) byYear.set(t.year, [...(byYear.get(t.year) ?? []), { key: metricKey(m.name), value: inBaseUnits(m.value, m.unit), unit: m.unit ?? null }]);
  }
  for (const list of byYear.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if (a.key !== b.key && a.value === b.value && unitsCompatible(a.unit, b.unit) && sameTargetNamedTwice(a.key, b.key)) union(a.key, b.key);
      }
    }
  }
  return find;
}

/** Target metrics in year order, one group per merged key: the first of a group sets its year and figure; the longer name and a unit win. */
function targetGroups(targets: StoredTarget[], year: number): MetricGroup[] {
  const classOf = keyClasses(targets);
  const groups: MetricGroup[] = [];
  for (const t of [...targets].sort((a, b) => rankYear(a.year, year) - rankYear(b.year, year))) {
    for (const m of t.metrics) {
      if (m.value == null) continue;
      const key = metricKey(m.name);
      const g = groups.find((x) => x.keys.has(classOf(key)) && unitsCompatible(x.unit, m.unit));
      if (!g) {
        groups.push({ keys: new Set([classOf(key), key]), name: m.name, unit: m.unit ?? null, year: t.year, target: m.value });
        continue;
      }
      g.keys.add(key);
      // 户 for a target written without one (5G用户约1000万); never 万户, which would rescale the figure.
      if (g.unit == null && m.unit && inBaseUnits(1, m.unit) === 1) g.unit = m.unit;
      // 5G行业专网 over 行业专网: the fuller name of the same figure.
      if (t.year === g.year && m.value === g.target && m.name.length > g.name.length) g.name = m.name;
    }
  }
  return groups;
}

/** Running totals by metric key, in week order (a figure back-filled for an older week never wins, issue 13). */
function readingsByKey(rows: DigestRows): Map<string, Reading[]> {
  const byKey = new Map<string, Reading[]>();
  let seq = 0;
  for (const r of [...rows.metricReports].sort((a, b) => a.week.localeCompare(b.week))) {
    // The targets table takes running totals (累计22座), not this week's increment (新建3座).
    for (const m of r.metrics as Array<{ name: string; value: number; unit?: string | null; cumulative?: boolean }>) {
      if (m.cumulative === false) continue;
      const key = metricKey(m.name);
      byKey.set(key, [...(byKey.get(key) ?? []), { unitId: r.unitId, week: r.week, value: m.value, unit: m.unit ?? null, seq: seq++ }]);
    }
  }
  return byKey;
}

const later = (a: Reading | undefined, b: Reading): Reading => (!a || b.week > a.week || (b.week === a.week && b.seq > a.seq) ? b : a);

/** Targets with their latest figures, one line per metric. */
export function metricsSection(rows: DigestRows): Digest['metrics'] {
  const year = Number(rows.week.slice(0, 4));
  const readings = readingsByKey(rows);
  return targetGroups(rows.targets, year).map((g) => {
    let latest: Reading | undefined;
    let lastYear: Reading | undefined;
    for (const key of g.keys) {
      for (const r of readings.get(key) ?? []) {
        if (!unitsCompatible(r.unit, g.unit)) continue;
        latest = later(latest, r);
        if (Number(r.week.slice(0, 4)) === year - 1) lastYear = later(lastYear, r);
      }
    }
    // A figure in 万户 against a target in 户 (or none): in the target's unit.
    const inTargetUnit = (r: Reading | undefined) => (r ? inBaseUnits(r.value, r.unit) / inBaseUnits(1, g.unit) : null);
    const value = inTargetUnit(latest);
    const percentOfTarget = value != null && g.target ? Math.round((value / g.target) * 1000) / 10 : null;
    return {
      name: g.name, unit: g.unit, year: g.year, target: g.target, latest: value,
      reportedBy: latest ? rows.unitNames.get(latest.unitId) ?? null : null, reportedWeek: latest?.week ?? null,
      percentOfTarget, ...metricSchedule(rows, { year: g.year, percentOfTarget, latest: value }),
      lastYear: inTargetUnit(lastYear),
    };
  });
}
