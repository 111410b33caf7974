// Plan metadata: who issued the plan and when: the signature, a web page's labelled fields, the
// wrapper title, or the government whose approval the notice cites.
import { chineseDateToIso, frontMatterDateToIso } from './plan-date.ts';
import { DATE_LINE, DOC_NUMBER, ORG_TOKEN, orgsOf, splitJoinedOrgs, squashNumber } from './plan-patterns.ts';

// The signature: organisation lines just above (or, failing that, below) a line holding only the
// date; several bodies per line are separated by spaces. The first signed date wins, wherever it is
// (a plan may be signed at its end, before its annexes); failing one, a bare date in the head, else
// the last bare date line.
export function findSignature(lines: string[], headLength: number): { issuers: string[]; date: string | null } {
  const candidates: Array<{ at: number; date: string; issuers: string[] }> = [];
  const scan = (i: number): void => {
    const line = lines[i];
    let dateText: string | null = null;
    let before: string[] = [];
    // (2022年3月1日市政府第5次常务会议通过) under a title: the date it was adopted
    const m = DATE_LINE.exec(line) ?? /^[(]\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^()]{2,40}(?:通过|印发|发布|施行)[)]$/.exec(line);
    if (m) dateText = m[1];
    else {
      const inline = /^(.*?) +((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/.exec(line);
      const orgs = inline ? orgsOf(inline[1]) : null;
      if (!inline || !orgs) return;
      dateText = inline[2];
      before = orgs;
    }
    const date = chineseDateToIso(dateText);
    if (!date) return;
    const above: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
      const orgs = orgsOf(lines[j]);
      if (!orgs) break;
      above.unshift(...orgs);
    }
    const below: string[] = [];
    if (above.length === 0 && before.length === 0) {
      for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
        const orgs = orgsOf(lines[j]);
        if (!orgs) break;
        below.push(...orgs);
      }
    }
    candidates.push({ at: i, date, issuers: [...before, ...above, ...below] });
  };
  const headEnd = Math.min(lines.length, Math.max(headLength, 1) + 2);
  // The first signed date wins, so the scan stops there.
  for (let i = 0; i < lines.length; i++) {
    scan(i);
    if (candidates.length && candidates[candidates.length - 1].issuers.length > 0) break;
  }
  const signed = candidates.find((c) => c.issuers.length > 0);
  const chosen = signed ?? candidates.find((c) => c.at < headEnd) ?? candidates[candidates.length - 1];
  return chosen ? { issuers: dedupe(chosen.issuers), date: chosen.date } : { issuers: [], date: null };
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

// Government web pages head a document with a table of labelled fields: 发文机关：…  发文字号：…
// 成文日期：2020年12月31日 (also 发布机构 / 文号 / 发文日期). Several may share one line.
export function labelledFields(head: string[]): { issuers: string[]; date: string | null; docNumber: string | null } {
  const out: { issuers: string[]; date: string | null; docNumber: string | null } = { issuers: [], date: null, docNumber: null };
  for (const line of head) {
    if (!/(?:发文机关|发文单位|发布机构|成文日期|发文日期|发文字号|文号)\s*:/.test(line)) continue;
    const number = /(?:发文字号|文号)\s*:\s*(\S+)/.exec(line);
    if (number && !out.docNumber) out.docNumber = DOC_NUMBER.exec(number[1]) ? squashNumber(DOC_NUMBER.exec(number[1])![0]) : null;
    const date = /(?:成文日期|发文日期)\s*:\s*(\S+)/.exec(line);
    if (date && !out.date) out.date = chineseDateToIso(date[1]) ?? frontMatterDateToIso(date[1]);
    const org = /(?:发文机关|发文单位|发布机构)\s*:\s*([^:]+?)(?=\s+\S{2,6}\s*:|$)/.exec(line);
    if (org && !out.issuers.length) out.issuers = org[1].split(/[ 、，,]+/).flatMap(splitJoinedOrgs).filter((t) => ORG_TOKEN.test(t));
  }
  return out;
}

// 广州市人民政府办公厅关于印发…的通知 → 广州市人民政府办公厅
export function issuersFromWrapper(head: string[]): string[] {
  for (const line of head) {
    const m = /^(.{2,60}?)关于印发/.exec(line);
    if (m) {
      const orgs = m[1].split(/[ 、]+/).filter((t) => ORG_TOKEN.test(t));
      if (orgs.length) return orgs;
    }
  }
  return [];
}

// Nobody signs, but the notice says 经市政府同意 / 已经市人民政府同意: the government of the place the
// title names at that level (开封市… → 开封市人民政府).
export function issuersFromApproval(text: string, title: string): string[] {
  const m = /(?:经|已经)(省|市|县|区|州|盟|旗)(?:人民)?政府(?:常务会议)?(?:研究)?同意/.exec(text.slice(0, 3000));
  if (!m) return [];
  const place = new RegExp(`^([\\u4e00-\\u9fff]{1,8}?${m[1]})`).exec(title);
  return place ? [`${place[1]}人民政府`] : [];
}

