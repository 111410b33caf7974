// Stage 9, plan metadata (issue 2): title, period, issuers, date, document number, and whether the
// document is the plan itself or an article that explains one (kind 'interpretation', `about` the
// plan's title). Reads the cleaned Simplified text; only the head and the signature lines matter, so
// it scans a bounded number of lines. Shape: ../shared/spec/plan-json.md.
import type { PlanMeta, Script } from './types.ts';
import { toSimplified } from '../text/script.ts';
import { frontMatterDateToIso } from './plan-date.ts';
import { DOC_NUMBER, squashNumber } from './plan-patterns.ts';
import { findTitle } from './plan-title.ts';
import { findSignature, issuersFromApproval, issuersFromWrapper, labelledFields } from './plan-issuers.ts';
import { interpretationMeta, isInterpretation } from './interpretation.ts';

const HEAD_LINES = 60;

export function extractPlanMeta(text: string, rawFrontMatter: Record<string, string>, script: Script): PlanMeta {
  // The text arrives Simplified; front-matter values are still as written. Convert them once here
  // (converting twice is wrong: 显著 → 显着, src/text/script.ts).
  const frontMatter = script === 'traditional' ? mapValues(rawFrontMatter, toSimplified) : rawFrontMatter;
  const lines = text.split('\n', 4000);
  const head = headLines(lines);
  if (isInterpretation(text, lines, frontMatter)) return interpretationMeta(text, lines, frontMatter, script);

  const { title, period } = findTitle(head.length ? head : lines.slice(0, 1), frontMatter);
  const signature = findSignature(lines, head.length);
  const labels = labelledFields(head);
  let issuers = signature.issuers;
  if (issuers.length === 0) issuers = labels.issuers;
  if (issuers.length === 0) issuers = issuersFromWrapper(head);
  if (issuers.length === 0) issuers = issuersFromApproval(text, title);
  return {
    title,
    period,
    issuers,
    issuedOn: signature.date ?? labels.date ?? frontMatterDateToIso(frontMatter.date ?? '') ?? pageDate(head),
    docNumber: labels.docNumber ?? findOwnDocNumber(head),
    kind: 'plan',
    about: null,
    script,
  };
}

// A scraped page's dateline on a line of its own near the top: `2022-03-05 09:33`
const DATELINE = /^\s*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
const DATELINE_LINES = 5;

function pageDate(head: string[]): string | null {
  for (const line of head.slice(0, DATELINE_LINES)) {
    if (DATELINE.test(line)) return frontMatterDateToIso(line.trim());
  }
  return null;
}

function mapValues(o: Record<string, string>, f: (s: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}

/** The lines before the body starts (its first numbered heading), at most HEAD_LINES. */
function headLines(lines: string[]): string[] {
  const n = Math.min(lines.length, HEAD_LINES);
  for (let i = 0; i < n; i++) if (/^一[、.]/.test(lines[i])) return lines.slice(0, i);
  return lines.slice(0, n);
}

// The plan's own number: on a line of its own in the head (穗府办〔2020〕8号, perhaps with 签发人), or
// in brackets after a wrapper title. A number quoted after another document's 《…》 is that one's.
function findOwnDocNumber(head: string[]): string | null {
  for (const line of head) {
    const m = DOC_NUMBER.exec(line);
    if (!m) continue;
    const rest = (line.slice(0, m.index) + line.slice(m.index + m[0].length)).replace(/签发人\s*:?\s*\S{0,6}/, '').replace(/[\s()]/g, '');
    if (!rest) return squashNumber(m[0]);
    if (/关于印发.*的通知/.test(line) && !/》\s*[(]?\s*$/.test(line.slice(0, m.index))) return squashNumber(m[0]);
  }
  return null;
}
