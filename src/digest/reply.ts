// The digest as the one platform-free Reply: a short headline (reported n/N, the red and yellow
// tasks, the week's change, the chart) and the full detail as thread sections and an attached
// markdown file. Each adapter renders the sections within its own limits (issue 13: one 111,584-
// character Slack message; the Discord digest shown twice). Used by `/duban digest` and the
// scheduler's weekly post alike (issue 14: there were four versions).
import { sanitizeMentions } from '../core/middleware/sanitize-mentions.ts';
import type { Reply, ReplySection } from '../core/reply.ts';
import { cut } from '../text/cut.ts';
import { renderDigestChart } from './render-chart.ts';
import { digestSections, digestTitle, renderDigestMarkdown, statusLine } from './render-text.ts';
import type { Digest } from './types.ts';

/** Items the headline names per list; the rest are counted and left to the thread and the file. */
const HEADLINE_ITEMS = 5;

export function chartFileName(d: Digest): string {
  return `digest-${d.planId}-${d.week}.png`;
}

export function detailFileName(d: Digest): string {
  return `digest-${d.planId}-${d.week}.md`;
}

type Risk = Digest['atRisk'][number];
// Red: 受阻, or a plan deadline passed unfinished; yellow: 滞后, or only the unit's own promised date passed.
const isRed = (r: Risk) => r.reasons.includes('受阻') || r.reasons.includes('逾期');

interface Flag { line: string; red: boolean }

/**
 * The headline's red and yellow items, one per task or target: the tasks at risk, and the tasks and
 * targets whose 序时进度 light (issue 15) is red or yellow, their reasons joined.
 */
function flags(d: Digest): Flag[] {
  const byTask = new Map<string, { title: string; reasons: string[]; unit: string | null; red: boolean }>();
  for (const r of d.atRisk) byTask.set(r.taskNumber, { title: r.title, reasons: [...r.reasons], unit: r.unit, red: isRed(r) });
  for (const s of d.schedule ?? []) {
    if (s.light !== 'red' && s.light !== 'yellow') continue;
    const f = byTask.get(s.task) ?? { title: s.title, reasons: [], unit: s.unit, red: false };
    f.reasons.push(`落后序时进度 ${s.gap} 个百分点`);
    f.red ||= s.light === 'red';
    byTask.set(s.task, f);
  }
  const out: Flag[] = [...byTask].map(([n, f]) => ({ line: `任务${n} ${f.title}：${f.reasons.join('、')}${f.unit ? ` · ${f.unit}` : ''}`, red: f.red }));
  for (const m of d.metrics) {
    if (m.light !== 'red' && m.light !== 'yellow') continue;
    out.push({ line: `目标 ${m.name}：完成 ${m.percentOfTarget ?? 0}%，序时应达 ${m.expected}%`, red: m.light === 'red' });
  }
  return out;
}

function headlineList(title: string, lines: string[], tone: ReplySection['tone'], where: string): ReplySection {
  const shown = lines.slice(0, HEADLINE_ITEMS);
  return { title: `${title}（${lines.length}）`, lines: shown, tone, ...(lines.length > shown.length ? { more: { count: lines.length - shown.length, where } } : {}) };
}

/** The headline's sections: red and yellow tasks, then the silent units (names, counted past five). */
function headlineSections(d: Digest, where: string): ReplySection[] {
  const all = flags(d);
  const red = all.filter((f) => f.red).map((f) => f.line);
  const yellow = all.filter((f) => !f.red).map((f) => f.line);
  const out: ReplySection[] = [];
  if (red.length) out.push(headlineList('红灯', red, 'red', where));
  if (yellow.length) out.push(headlineList('黄灯', yellow, 'yellow', where));
  if (d.units.missing.length) {
    const names = d.units.missing.map((m) => m.unit);
    const shown = names.slice(0, HEADLINE_ITEMS * 2);
    out.push({ title: `未填报（${names.length}）`, lines: [shown.join('、')], ...(names.length > shown.length ? { more: { count: names.length - shown.length, where } } : {}) });
  }
  return out;
}

// Unit names eight to a line: 200 long names on one line would pass any section's limit.
function nameLines(label: string, names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 8) out.push(`${i ? '' : `${label}：`}${names.slice(i, i + 8).join('、')}`);
  return out;
}

// In chat each detail section names at most 50 items, each line at most 160 characters (a 1,400-
// character note would fill a message): the attached markdown file holds every item in full.
const THREAD_ITEMS = 50;
const LINE_CHARS = 160;
// Short, telling parts first (targets, notes, promises), long lists last, so a cut leaves those.
const THREAD_ORDER = ['目标指标', '重要进展', '承诺与阻碍', '风险任务', '30 天内到期'];
const rank = (title: string) => {
  const i = THREAD_ORDER.findIndex((t) => title.startsWith(t));
  return i < 0 ? THREAD_ORDER.length : i;
};

function capped(title: string, lines: string[], where: string): ReplySection {
  const shown = lines.slice(0, THREAD_ITEMS).map((l) => cut(l, LINE_CHARS));
  return { title, lines: shown, in: 'thread', ...(lines.length > shown.length ? { more: { count: lines.length - shown.length, where } } : {}) };
}

/** The detail, one thread section per part (every unit; at most 50 items a part, the rest in the file). */
function detailSections(d: Digest, file: string): ReplySection[] {
  const u = d.units;
  const reporting: ReplySection = {
    title: `填报情况（${u.reported.length}/${u.expected}）`, in: 'thread',
    lines: [...nameLines('未填报', u.missing.map((m) => m.unit)), ...nameLines('请假', u.excused.map((m) => m.unit))],
  };
  // 填报情况 and 任务状态 are the headline's own lines; the rest as the text digest has them.
  const rest = digestSections(d)
    .filter((s) => s.title !== '填报情况' && !s.title.startsWith('任务状态') && s.lines.length)
    .sort((a, b) => rank(a.title) - rank(b.title))
    .map((s) => capped(s.title, s.lines, `见附件 ${file}`));
  return [...rest, ...(reporting.lines.length ? [reporting] : [])];
}

/** One digest as a Reply; `chart: false` leaves the PNG out. */
export function digestReply(d: Digest, opts: { chart?: boolean } = {}): Reply {
  const md = detailFileName(d);
  const where = `见后续消息及附件 ${md}`;
  const u = d.units;
  const text = [
    `已填报 ${u.reported.length}/${u.expected} 个单位${u.excused.length ? `，请假 ${u.excused.length}` : ''} · 共 ${d.tasks} 项任务`,
    `本周变化：${statusLine(d)}`,
  ].join('\n');
  const files: NonNullable<Reply['files']> = [];
  if (opts.chart !== false) files.push({ name: chartFileName(d), bytes: renderDigestChart(d), contentType: 'image/png', alt: `${digestTitle(d)}：各单位任务状态` });
  files.push({ name: md, bytes: new TextEncoder().encode(sanitizeMentions(renderDigestMarkdown(d))), contentType: 'text/markdown; charset=utf-8', alt: `${digestTitle(d)}（完整内容）` });
  return {
    title: digestTitle(d),
    text,
    sections: [...headlineSections(d, where), ...detailSections(d, md)],
    footer: `${d.plan} · ${d.today} · 完整内容见附件 ${md}`,
    overflow: `完整内容见附件 ${md}`,
    files,
  };
}

/** Several digests as one Reply: the first as the headline, each other plan's headline and detail as thread sections. */
export function digestsReply(digests: readonly Digest[], opts: { chart?: boolean } = {}): Reply {
  const replies = digests.map((d) => digestReply(d, opts));
  if (replies.length === 1) return replies[0];
  const [first, ...rest] = replies;
  const more = rest.flatMap((r) => [{ title: r.title, lines: r.text.split('\n'), in: 'thread' as const }, ...(r.sections ?? []).map((s) => ({ ...s, in: 'thread' as const }))]);
  return {
    ...first,
    footer: `另有 ${rest.length} 个规划的周报在后续消息中；完整内容见各附件`,
    sections: [...(first.sections ?? []), ...more],
    files: replies.flatMap((r) => r.files ?? []),
  };
}
