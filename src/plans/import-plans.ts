// The one plan import (issue 14: it existed twice with different rules), used by `/duban import`,
// `duban import` and the seeds on first start: each file is decoded, parsed and saved in its own
// transaction, so one bad file (empty, binary, not a plan) is reported by name and loses nothing
// else. A new version of a known plan gets the coordinator's stored corrections again (issue 12).
// A .json file is taken as Plan JSON already parsed (`duban parse FILE --json`, ../shared/spec/plan-json.md).
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/open.ts';
import type { Plan, SourceFile } from '../ingest/types.ts';
import { countPlans, findCurrentBySha, getStoreMeta, savePlan, setStoreMeta, type SavablePlan, type SaveResult } from '../store/plan-writer.ts';
import { reapplyCorrections, type ReapplyReport } from '../store/plan-corrections.ts';
import { summarizePlan, type ImportSummary } from './import-summary.ts';

export interface ImportResult {
  file: string;
  status: SaveResult['status'] | 'failed';
  planId?: number;
  version?: number;
  tasks?: number;
  title?: string;
  error?: string;
  /** What was found, for the coordinator to confirm (absent when failed or unchanged). */
  summary?: ImportSummary;
  /** Stored corrections tried on the new version (absent when there were none). */
  corrections?: ReapplyReport;
}

type Parse = (file: SourceFile) => Promise<Plan>;

let parser: Parse | null = null;
async function loadParser(): Promise<Parse> {
  if (parser) return parser;
  // Loaded on first use: `duban ask` on a store that holds plans never pays for the ingest modules.
  const mod = await import('../ingest/pipeline.ts');
  parser = mod.parsePlanFile;
  return parser;
}

function looksLikePlanJson(value: unknown): value is SavablePlan {
  const v = value as SavablePlan | null;
  return !!v && typeof v === 'object' && !!v.plan && typeof v.plan.title === 'string' && Array.isArray(v.tasks);
}

async function parseSource(source: SourceFile): Promise<SavablePlan> {
  if (/\.json$/i.test(source.name)) {
    const value: unknown = JSON.parse(new TextDecoder().decode(source.bytes));
    if (!looksLikePlanJson(value)) throw new Error('not a plan JSON (spec/plan-json.md)');
    return value;
  }
  const plan = await (await loadParser())(source);
  // 今天开会，明天再说。 parses to nothing: refuse it rather than store an empty plan.
  if (!plan.tasks.length && !plan.targets.length) throw new Error('没有识别出任务或目标，不像一份规划文件');
  return plan;
}

/** Parses and saves one document in its own transaction; never throws (the error is in the result). */
export async function importPlanSource(store: Store, source: SourceFile, now: Date = new Date()): Promise<ImportResult> {
  const file = source.name;
  try {
    const sha256 = createHash('sha256').update(source.bytes).digest('hex');
    const same = findCurrentBySha(store, sha256);
    if (same) return { file, status: 'unchanged', planId: same.planId, version: same.version, tasks: same.tasks, summary: summarizePlan(store, same.planId) };
    const plan = await parseSource(source);
    const { saved, corrections } = store.writer.transaction(() => {
      const saved = savePlan(store, plan, { name: file, sha256, bytes: source.bytes.byteLength }, now);
      const corrections = saved.status === 'updated' ? reapplyCorrections(store, saved.planId, saved.versionId) : undefined;
      return { saved, corrections };
    })();
    const hasCorrections = corrections && corrections.applied.length + corrections.stale.length > 0;
    return {
      file, status: saved.status, planId: saved.planId, version: saved.version, tasks: saved.tasks, title: plan.plan.title,
      summary: summarizePlan(store, saved.planId), ...(hasCorrections ? { corrections } : {}),
    };
  } catch (err) {
    // IngestError messages start with the file name, which the progress line already shows.
    const message = err instanceof Error ? err.message : String(err);
    return { file, status: 'failed', error: message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message };
  }
}

// Why a file could not be read, in words rather than an errno code.
const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  EACCES: 'no permission to read it',
  EPERM: 'no permission to read it',
};

/** Reads a file and imports it (importPlanSource); a file that cannot be read is a failed result. */
export async function importPlanFile(store: Store, path: string, now: Date = new Date()): Promise<ImportResult> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    return { file, status: 'failed', error: READ_PROBLEMS[code] ?? `cannot read the file (${(err as Error).message})` };
  }
  return importPlanSource(store, { name: file, bytes }, now);
}

/** `[2/5] 002-kaifeng.txt: 22 tasks, new` */
export function formatImportLine(i: number, n: number, r: ImportResult): string {
  const head = `[${i}/${n}] ${r.file}: `;
  if (r.status === 'failed') return `${head}failed: ${r.error}`;
  const version = r.status === 'updated' ? ` (version ${r.version})` : '';
  return `${head}${r.tasks ?? 0} tasks, ${r.status}${version}`;
}

export type OnImportProgress = (line: string, result: ImportResult) => void;

// One after the other (each in its own transaction), a progress line as each is done.
async function importEach<T>(items: T[], importOne: (item: T) => Promise<ImportResult>, onProgress?: OnImportProgress): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const [i, item] of items.entries()) {
    const r = await importOne(item);
    results.push(r);
    onProgress?.(formatImportLine(i + 1, items.length, r), r);
  }
  return results;
}

/** Documents in memory (chat attachments, pasted text), one after the other, a progress line each. */
export function importPlanSources(store: Store, sources: SourceFile[], onProgress?: OnImportProgress, now: Date = new Date()): Promise<ImportResult[]> {
  return importEach(sources, (source) => importPlanSource(store, source, now), onProgress);
}

/** Files on disk (`duban import`, the seeds), the same way as importPlanSources. */
export function importPlanFiles(store: Store, paths: string[], onProgress?: OnImportProgress, now: Date = new Date()): Promise<ImportResult[]> {
  return importEach(paths, (path) => importPlanFile(store, path, now), onProgress);
}

/** The plan documents of a seeds directory, in name order. */
export async function seedFiles(seedsDir: string): Promise<string[]> {
  const names = await readdir(seedsDir);
  return names.filter((n) => /\.(txt|md|html?|docx|pdf|json)$/i.test(n)).sort().map((n) => join(seedsDir, n));
}

/** seeds/ of the working directory, else the one shipped beside this file (duban run from elsewhere). */
export function defaultSeedsDir(): string {
  if (existsSync('seeds')) return 'seeds';
  return fileURLToPath(new URL('../../seeds', import.meta.url));
}

/**
 * On first start (no plan in the store): import the seeds. Returns what was imported, [] otherwise
 * (also when there is no seeds directory: the store then stays empty and answers say so).
 * store_meta 'seeds' is 'started' during seeding and 'done' after: a start killed half-way
 * resumes (files already in are 'unchanged'); a store filled by `duban import` is left alone.
 */
export async function ensureSeedsLoaded(
  store: Store,
  seedsDir = defaultSeedsDir(),
  onProgress?: OnImportProgress,
): Promise<ImportResult[]> {
  const state = getStoreMeta(store, 'seeds');
  if (state === 'done' || (state == null && countPlans(store) > 0) || !existsSync(seedsDir)) return [];
  setStoreMeta(store, 'seeds', 'started');
  const results = await importPlanFiles(store, await seedFiles(seedsDir), onProgress);
  if (results.every((r) => r.status !== 'failed')) setStoreMeta(store, 'seeds', 'done');
  return results;
}
