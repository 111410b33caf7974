// `duban import` and the first start: read plan files, parse them (src/ingest/pipeline.ts) and save
// each in its own transaction, so one bad file leaves the others imported and itself not at all.
// A .json file is taken as Plan JSON already parsed (`duban parse FILE --json`, ../shared/spec/plan-json.md).
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/open.ts';
import type { Plan, SourceFile } from '../ingest/types.ts';
import { countPlans, findCurrentBySha, getStoreMeta, savePlan, setStoreMeta, type SavablePlan, type SaveResult } from '../store/plan-writer.ts';

export interface ImportResult {
  file: string;
  status: SaveResult['status'] | 'failed';
  planId?: number;
  version?: number;
  tasks?: number;
  title?: string;
  error?: string;
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

/** Parses and saves one file; never throws (the error is in the result). */
export async function importPlanFile(store: Store, path: string, now: Date = new Date()): Promise<ImportResult> {
  const file = basename(path);
  try {
    const bytes = await readFile(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const same = findCurrentBySha(store, sha256);
    if (same) return { file, status: 'unchanged', planId: same.planId, version: same.version, tasks: same.tasks };
    let plan: SavablePlan;
    if (/\.json$/i.test(path)) {
      const value: unknown = JSON.parse(bytes.toString('utf8'));
      if (!looksLikePlanJson(value)) throw new Error('not a plan JSON (spec/plan-json.md)');
      plan = value;
    } else {
      const parse = await loadParser();
      plan = await parse({ name: file, bytes: new Uint8Array(bytes) });
    }
    const saved = savePlan(store, plan, { name: file, sha256, bytes: bytes.length }, now);
    return { file, status: saved.status, planId: saved.planId, version: saved.version, tasks: saved.tasks, title: plan.plan.title };
  } catch (err) {
    return { file, status: 'failed', error: err instanceof Error ? err.message : String(err) };
  }
}

/** `[2/5] 002-kaifeng.txt: 22 tasks, new` */
export function formatImportLine(i: number, n: number, r: ImportResult): string {
  const head = `[${i}/${n}] ${r.file}: `;
  if (r.status === 'failed') return `${head}failed: ${r.error}`;
  const version = r.status === 'updated' ? ` (version ${r.version})` : '';
  return `${head}${r.tasks ?? 0} tasks, ${r.status}${version}`;
}

export async function importPlanFiles(
  store: Store,
  paths: string[],
  onProgress?: (line: string, result: ImportResult) => void,
  now: Date = new Date(),
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const [i, p] of paths.entries()) {
    const r = await importPlanFile(store, p, now);
    results.push(r);
    onProgress?.(formatImportLine(i + 1, paths.length, r), r);
  }
  return results;
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
  onProgress?: (line: string, result: ImportResult) => void,
): Promise<ImportResult[]> {
  const state = getStoreMeta(store, 'seeds');
  if (state === 'done' || (state == null && countPlans(store) > 0) || !existsSync(seedsDir)) return [];
  setStoreMeta(store, 'seeds', 'started');
  const results = await importPlanFiles(store, await seedFiles(seedsDir), onProgress);
  if (results.every((r) => r.status !== 'failed')) setStoreMeta(store, 'seeds', 'done');
  return results;
}
