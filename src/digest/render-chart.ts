// The digest's chart as a PNG, drawn without a browser: chart.js on an @napi-rs/canvas context.
// No CJK font is installed on the hosts we run on, so Noto Sans SC (OFL, @fontsource) is
// registered first — otherwise every Chinese label is drawn as a box (../shared/design/libraries.md).
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title, type ChartConfiguration } from 'chart.js';
import { DIGEST_STATUSES, type Digest, type DigestStatus, type Light } from './types.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title);

export const CJK_FAMILY = 'Noto Sans SC';
let fontReady = false;

/** Registers the bundled CJK font once; returns the family name to draw with. */
export function ensureCjkFont(): string {
  if (!fontReady) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2');
    if (!GlobalFonts.registerFromPath(file, CJK_FAMILY)) throw new Error(`could not register the CJK font ${file}`);
    fontReady = true;
  }
  return CJK_FAMILY;
}

const COLORS: Record<DigestStatus, string> = {
  已完成: '#2e7d32', 推进中: '#1976d2', 未开始: '#9e9e9e', 滞后: '#f9a825', 受阻: '#d32f2f', 未填报: '#e0e0e0',
};

const LIGHTS: Light[] = ['red', 'yellow', 'green', 'grey'];
const LIGHT_COLORS: Record<Light, string> = { red: '#c62828', yellow: '#fbc02d', green: '#43a047', grey: '#bdbdbd' };
const LIGHT_LABELS: Record<Light, string> = { red: '红灯', yellow: '黄灯', green: '绿灯', grey: '未填报(灯)' };

export interface ChartOptions {
  kind?: 'status-by-unit' | 'target-attainment';
  width?: number;
  height?: number;
  /** Font family for every label; tests pass a family without CJK glyphs to compare. */
  family?: string;
  /** At most this many units (bars); the rest are summed into 其他. */
  maxUnits?: number;
}

function config(d: Digest, o: Required<Pick<ChartOptions, 'kind' | 'maxUnits'>>, family: string): ChartConfiguration<'bar'> {
  const font = { family, size: 14 };
  const common = {
    responsive: false, animation: false as const, devicePixelRatio: 1,
    plugins: { legend: { labels: { font } }, title: { display: true, text: '', font: { family, size: 18 } } },
  };
  if (o.kind === 'target-attainment') {
    const metrics = d.metrics.filter((m) => m.target != null);
    return {
      type: 'bar',
      data: { labels: metrics.map((m) => m.name), datasets: [{ label: '完成目标 %（颜色：序时进度灯）', data: metrics.map((m) => m.percentOfTarget ?? 0), backgroundColor: metrics.map((m) => LIGHT_COLORS[m.light ?? 'grey']) }] },
      options: { ...common, indexAxis: 'y', plugins: { ...common.plugins, title: { ...common.plugins.title, text: `${d.shortName} ${d.week} 目标完成度` } },
        scales: { x: { min: 0, suggestedMax: 100, ticks: { font } }, y: { ticks: { font } } } },
    };
  }
  let rows = d.byUnit;
  if (rows.length > o.maxUnits) {
    const rest = rows.slice(o.maxUnits - 1);
    const other = {
      unit: `其他 ${rest.length} 个单位`, counts: Object.fromEntries(DIGEST_STATUSES.map((s) => [s, rest.reduce((n, r) => n + r.counts[s], 0)])) as Record<DigestStatus, number>,
      lights: Object.fromEntries(LIGHTS.map((l) => [l, rest.reduce((n, r) => n + (r.lights?.[l] ?? 0), 0)])) as Record<Light, number>,
    };
    rows = [...rows.slice(0, o.maxUnits - 1), other];
  }
  // Issue 15: beside each unit's statuses, a second bar of its tasks' 序时进度 lights.
  const lightSets = rows.some((r) => r.lights)
    ? LIGHTS.map((l) => ({ label: LIGHT_LABELS[l], data: rows.map((r) => r.lights?.[l] ?? 0), backgroundColor: LIGHT_COLORS[l], stack: 'lights' }))
    : [];
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.unit),
      datasets: [...DIGEST_STATUSES.map((s) => ({ label: s, data: rows.map((r) => r.counts[s]), backgroundColor: COLORS[s], stack: 'status' })), ...lightSets],
    },
    options: { ...common, indexAxis: 'y', plugins: { ...common.plugins, title: { ...common.plugins.title, text: `${d.shortName} ${d.week} 各单位任务状态与序时进度` } },
      scales: { x: { stacked: true, ticks: { font, precision: 0 } }, y: { stacked: true, ticks: { font } } } },
  };
}

/** PNG bytes of the digest chart: status by unit (default) or target attainment. */
export function renderDigestChart(d: Digest, opts: ChartOptions = {}): Uint8Array {
  const kind = opts.kind ?? 'status-by-unit';
  const maxUnits = opts.maxUnits ?? 20;
  const family = opts.family ?? ensureCjkFont();
  const bars = kind === 'status-by-unit' ? Math.min(d.byUnit.length, maxUnits) : d.metrics.length;
  const width = opts.width ?? 900;
  const height = opts.height ?? Math.max(300, 120 + bars * 32);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  // chart.js only needs a 2D context with the standard API; @napi-rs/canvas provides it.
  const chart = new Chart(ctx as unknown as ConstructorParameters<typeof Chart>[0], config(d, { kind, maxUnits }, family));
  chart.draw();
  const png = canvas.toBuffer('image/png');
  chart.destroy();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
