// The digest as markdown (console, CLI, Slack/Discord fallback text) or plain text (no markup).
import { DIGEST_STATUSES, type Digest, type UnitReply } from './types.ts';

const sign = (n: number) => (n > 0 ? `+${n}` : n < 0 ? String(n) : '±0');
const plain = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ''));
// A figure with no unit of its own reads as people write it: 10000000 → 1000万, 120000000 → 1.2亿.
const scaled = (n: number) => (Math.abs(n) >= 1e8 ? `${plain(n / 1e8)}亿` : Math.abs(n) >= 1e4 ? `${plain(n / 1e4)}万` : plain(n));
// With its unit too: 10000000户 → 1000万户, 65000座 → 6.5万座 (issue 13: `10000000` with its unit lost).
export const fmt = (n: number | null, unit: string | null) => (n == null ? '—' : `${scaled(n)}${unit ?? ''}`);

// A caller may name the first few and count the rest (default: every name).
function listNames(names: string[], max: number): string {
  return names.length <= max ? names.join('、') : `${names.slice(0, max).join('、')} 等 ${names.length} 个单位`;
}

/** The week's task counts with their change from last week: `已完成 3（+1） · 推进中 5（±0）`. */
export function statusLine(d: Digest): string {
  return DIGEST_STATUSES.filter((s) => d.statusCounts[s] || d.statusChange[s]).map((s) => `${s} ${d.statusCounts[s]}（${sign(d.statusChange[s])}）`).join(' · ') || '暂无';
}

export function digestSections(d: Digest, opts: { maxNames?: number } = {}): Array<{ title: string; lines: string[] }> {
  const maxNames = opts.maxNames ?? Number.POSITIVE_INFINITY;
  const sections: Array<{ title: string; lines: string[] }> = [];
  const u = d.units;
  sections.push({
    title: '填报情况',
    lines: [
      `已填报 ${u.reported.length}/${u.expected} 个单位${u.excused.length ? `，请假 ${u.excused.length}` : ''}`,
      ...(u.missing.length ? [`未填报：${listNames(u.missing.map((m) => m.unit), maxNames)}`] : []),
      ...(u.excused.length ? [`请假：${listNames(u.excused.map((m) => m.unit), maxNames)}`] : []),
      ...(u.onLeave?.length ? [`请假：${u.onLeave.map((l) => `${l.unit}${l.whole ? '' : `（${l.members.map((m) => m.user).join('、')}）`} 至 ${l.members.map((m) => m.until).sort()[0]}`).join('；')}`] : []),
    ],
  });
  sections.push(...scheduleSections(d));
  sections.push({
    title: `任务状态（共 ${d.tasks} 项，较上周）`,
    lines: [statusLine(d)],
  });
  if (d.atRisk.length) {
    sections.push({
      title: `风险任务（${d.atRisk.length}）`,
      lines: d.atRisk.map((r) => `任务${r.taskNumber} ${r.title}：${r.reasons.join('、')}${r.deadline ? `（期限 ${r.deadline}）` : ''}${r.unit ? ` · ${r.unit}` : ''}${r.note ? ` — ${r.note}` : ''}`),
    });
  }
  if (d.upcomingDeadlines.length) {
    sections.push({
      title: '30 天内到期',
      lines: d.upcomingDeadlines.map((x) => `${x.date}（${x.daysLeft} 天）任务${x.taskNumber} ${x.title} · ${x.status}`),
    });
  }
  if (d.metrics.length) {
    sections.push({
      title: '目标指标',
      lines: d.metrics.map((m) => `${m.name}：${fmt(m.latest, m.unit)} / ${m.year ?? ''}年目标 ${fmt(m.target, m.unit)}${m.percentOfTarget != null ? `（${m.percentOfTarget}%）` : '（未填报）'}${m.lastYear != null ? ` · 上年 ${fmt(m.lastYear, m.unit)}` : ''}${metricLight(m)}`),
    });
  }
  if (d.promises?.length) {
    sections.push({
      title: `承诺与阻碍（${d.promises.length}）`,
      lines: d.promises.map((p) => `任务${p.taskNumber} ${p.title}：${p.status}${p.percent != null ? ` ${p.percent}%` : ''}${p.expected ? ` · 预计 ${p.expected}${p.overdue ? '（已过承诺日期，未完成）' : ''}` : ''}${p.blocker ? ` · 阻碍：${p.blocker}` : ''}${p.unit ? ` · ${p.unit}` : ''}`),
    });
  }
  if (d.replies?.length) {
    sections.push({
      title: '各任务回复（牵头单位在前，配合单位在后）',
      lines: d.replies.slice(0, 30).flatMap((r) => [
        `任务${r.taskNumber} ${r.title}：${r.lead.map(replyText).join('；') || '牵头单位未回复'}`,
        ...r.supporters.map((x) => `  └ 配合 ${replyText(x)}`),
      ]),
    });
  }
  if (d.notes.length) {
    sections.push({ title: '重要进展', lines: d.notes.map((n) => `${n.unit}${n.taskNumber ? ` · 任务${n.taskNumber}` : ''}${n.status ? `［${n.status}］` : ''}：${n.text}`) });
  }
  return sections;
}

const LIGHT_MARK: Record<string, string> = { red: '🔴', yellow: '🟡', green: '🟢', grey: '⚪' };
const LIGHT_NAME = { red: '红灯', yellow: '黄灯' } as const;

// · 序时 50% 🟢: the target's 序时进度 and its light (issue 15).
const metricLight = (m: Digest['metrics'][number]): string => (m.expected != null ? ` · 序时 ${m.expected}% ${LIGHT_MARK[m.light] ?? ''}`.trimEnd() : '');

function replyText(r: UnitReply): string {
  return `${r.unit}：${r.status ?? ''}${r.percent != null ? ` ${r.percent}%` : ''}${r.note ? ` ${r.note}` : ''}`.trim();
}

// 序时进度 (issue 15): red tasks first, then yellow; green and grey are counted, not listed.
function scheduleSections(d: Digest): Array<{ title: string; lines: string[] }> {
  const schedule = d.schedule ?? [];
  const count = (l: string) => schedule.filter((e) => e.light === l).length;
  const out = [{
    title: `序时进度（落后 ${d.thresholds?.yellow ?? 10} 个百分点起黄灯，超过 ${d.thresholds?.red ?? 30} 红灯）`,
    lines: [`🔴 红灯 ${count('red')} · 🟡 黄灯 ${count('yellow')} · 🟢 绿灯 ${count('green')} · ⚪ 未填报 ${count('grey')}`],
  }];
  for (const light of ['red', 'yellow'] as const) {
    const items = schedule.filter((e) => e.light === light);
    if (!items.length) continue;
    out.push({
      title: `${LIGHT_MARK[light]} ${LIGHT_NAME[light]}（${items.length}）`,
      lines: items.slice(0, 30).map((e) => `任务${e.task} ${e.title}：序时 ${e.expected ?? '—'}%，实际 ${e.actual ?? '—'}%${e.gap != null ? `，落后 ${e.gap} 个百分点` : ''}${e.overdue ? `，已过期限 ${e.deadline}` : ''}${e.unit ? ` · ${e.unit}` : ''}`)
        .concat(items.length > 30 ? [`另有 ${items.length - 30} 项`] : []),
    });
  }
  return out;
}

export function digestTitle(d: Digest): string {
  return `${d.shortName} · ${d.week} 进度周报`;
}

export function renderDigestMarkdown(d: Digest): string {
  const out = [`# ${digestTitle(d)}`, ''];
  for (const s of digestSections(d)) {
    out.push(`## ${s.title}`);
    for (const l of s.lines) out.push(`- ${l}`);
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

export function renderDigestText(d: Digest): string {
  const out = [digestTitle(d)];
  for (const s of digestSections(d)) {
    out.push('', `【${s.title}】`, ...s.lines.map((l) => `  ${l}`));
  }
  return out.join('\n') + '\n';
}
