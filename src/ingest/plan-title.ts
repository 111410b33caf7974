// Plan metadata: the plan's title and period, from a cover notice, a wrapper title or its own title line.
import type { PlanMeta } from './types.ts';
import { DOC_NUMBER, NUMBERED_HEADING, endsLikePlan, keyOf, orgsOf, stripPeriod } from './plan-patterns.ts';

function canStartTitle(line: string): boolean {
  return line.length >= 2 && line.length <= 40 && !/[，。；:！？,;!?〔〕]|号$|日$/.test(line) && !NUMBERED_HEADING.test(line) && !orgsOf(line);
}

function isTitleLine(line: string): boolean {
  if (line.length < 4 || line.length > 80 || DOC_NUMBER.test(line)) return false;
  if (/[，。；:！？,;!?]/.test(line) || NUMBERED_HEADING.test(line)) return false;
  if (/印发|解读|^【|^为|^根据|^按照/.test(line)) return false;
  return endsLikePlan(stripPeriod(line).title);
}

// The plan names itself in a cover notice (现将《Y》印发给你们 / 《Y》已经市政府同意，现印发…), in a
// wrapper title (X关于印发Y的通知) and on its own title line, often followed by a line holding only the
// period. The title line is preferred when it is the same plan; a notice alone is enough (the title
// line may be missing on a scraped page).
export function findTitle(head: string[], fm: Record<string, string>): { title: string; period: PlanMeta['period'] } {
  let issued: { title: string; period: PlanMeta['period'] } | null = null;
  for (const line of head) {
    const wrapper = /关于(?:印发|转发|下达)(.{4,100}?)的通知/.exec(line);
    // 现将《Y》印发给你们 / 《Y》已经市政府同意，现印发给你们 — not 为贯彻落实《Z》精神，经市政府同意…
    const notice = /《([^《》]{4,100})》[^《》。]{0,30}(?:印发|下发|转发|发给你们)/.exec(line);
    const hit = notice?.[1] ?? wrapper?.[1];
    if (hit) {
      issued = stripPeriod(hit);
      break;
    }
  }
  for (let i = 0; i < head.length; i++) {
    let line = head[i];
    // A title broken over two lines: 广州市推进新型基础设施 / 建设实施方案
    if (!isTitleLine(line) && i + 1 < head.length && canStartTitle(line) && isTitleLine(line + head[i + 1])) {
      line = line + head[i + 1];
      i++;
    }
    if (!isTitleLine(line)) continue;
    const own = stripPeriod(line.replace(/^《(.*)》$/, '$1'));
    if (issued && keyOf(own.title) !== keyOf(issued.title)) continue;
    // 开封市加快5G产业发展三年行动计划 / (2020—2022年) on the next line
    const next = head[i + 1] ?? '';
    const period = own.period ?? (next.length <= 16 && /^[(]/.test(next) ? stripPeriod(`x${next}`).period : null);
    return { title: own.title, period: period ?? issued?.period ?? null };
  }
  if (issued) return issued;
  if (fm.title) return stripPeriod(fm.title);
  const first = head.find((l) => l.length <= 80) ?? '';
  return stripPeriod(first);
}

