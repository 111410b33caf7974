// The ingest (issue 2): one named, ordered list of small pure stages, markdown-it style. Each stage
// takes an IngestDoc and returns a new one; none does I/O. Decoding bytes is the one async step
// (mammoth, pdfjs), so it runs first, outside the list: parsePlanFile = decode, then parsePlanText.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { IngestDoc, Stage } from './doc.ts';
import type { Plan, SourceFile } from './types.ts';
import { decode } from './decode.ts';
import { stripArtifacts } from './strip-artifacts.ts';
import { MAX_FILE_BYTES } from '../text/limits.ts';
import { assertLooksLikePlan, IngestError } from './errors.ts';
import { toSimplified } from './to-simplified.ts';
import { outline } from './outline.ts';
import { tasks } from './tasks.ts';
import { assignments } from './assignments.ts';
import { annex } from './annex.ts';
import { extractDeadlines } from './deadlines.ts';
import { extractTargets, extractUndatedTargets } from './targets.ts';
import { extractPlanMeta } from './plan-meta.ts';
import { targetSegments } from './segments.ts';

// Stage 2: HTML, markdown, front matter, page furniture, pinyin artefacts, full-width forms.
function clean(doc: IngestDoc): IngestDoc {
  const { text, frontMatter } = stripArtifacts(doc.text, doc.format);
  assertLooksLikePlan(text, doc.name);
  return { ...doc, text, frontMatter };
}

// Stage 8a: `2020年10月底前…` time limits inside each task body.
function deadlines(doc: IngestDoc): IngestDoc {
  return { ...doc, tasks: doc.tasks.map((t) => ({ ...t, deadlines: extractDeadlines(t.body) })) };
}

// Stage 8b: year targets from the goals section and from inside tasks and columns.
function targets(doc: IngestDoc): IngestDoc {
  const targetSegmentsList = targetSegments(doc);
  return { ...doc, targetSegments: targetSegmentsList, targets: extractTargets(targetSegmentsList) };
}

// Stage 9 (run third): title, period, issuers, date, document number, plan or interpretation.
function planMeta(doc: IngestDoc): IngestDoc {
  return { ...doc, meta: extractPlanMeta(doc.lines.join('\n'), doc.frontMatter, doc.script) };
}

export const stages: ReadonlyArray<readonly [string, Stage]> = [
  ['strip-artifacts', clean],
  ['to-simplified', toSimplified],
  // before tasks: an interpretation (an article about a plan) has no work items of its own
  ['plan-meta', planMeta],
  ['outline', outline],
  ['tasks', tasks],
  ['assignments', assignments],
  ['annex', annex],
  ['deadlines', deadlines],
  ['targets', targets],
];

export function emptyDoc(text: string, name = 'plan.txt', format: IngestDoc['format'] = 'text'): IngestDoc {
  return {
    name,
    format,
    text,
    frontMatter: {},
    script: 'simplified',
    lines: [],
    originalLines: [],
    blocks: [],
    outline: [],
    annex: [],
    annexStart: -1,
    tasks: [],
    taskBlocks: [],
    targetSegments: [],
    targets: [],
    meta: null,
  };
}

/** Runs the stages over a doc; `until` stops after the named stage (for tests of one stage). */
export function runStages(doc: IngestDoc, until?: string): IngestDoc {
  let d = doc;
  for (const [name, stage] of stages) {
    d = stage(d);
    if (name === until) break;
  }
  return d;
}

export function toPlan(doc: IngestDoc): Plan {
  const undated = extractUndatedTargets(doc.targetSegments);
  return {
    plan: doc.meta!,
    targets: doc.targets,
    tasks: doc.tasks,
    ...(undated.length > 0 ? { undatedTargets: undated } : {}),
  };
}

/** Decoded text → Plan (sync). Markdown/HTML formats go through their own cleaning. */
export function parsePlanText(text: string, name = 'plan.txt', format: IngestDoc['format'] = 'text'): Plan {
  return toPlan(runStages(emptyDoc(text, name, format)));
}

export async function parsePlanFile(source: SourceFile): Promise<Plan> {
  const { text, format } = await decode(source);
  return parsePlanText(text, source.name, format);
}

export async function parsePlanPath(path: string): Promise<Plan> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT') throw new IngestError('missing_file', name, 'no such file');
    throw new IngestError('unreadable', name, `cannot read the file (${code})`);
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new IngestError('file_too_large', name, `the file is ${(bytes.byteLength / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit`);
  }
  return parsePlanFile({ name, bytes });
}
