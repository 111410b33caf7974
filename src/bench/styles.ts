// `npm run bench` section "styles" (issue 12): every style of plan scored against its gold with the shared
// scorer. The real documents live outside the repository (../corpus/<style>/<name>.txt + .gold.json, never
// committed); the third held back before tuning is listed in ../corpus/HELD.txt and reported apart, as a sum
// only. The committed fixtures of our own sentences (test/fixtures/ingest/styles) are imported too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlanPath } from '../ingest/pipeline.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'corpus');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'ingest', 'styles');
const SCORER = join(ROOT, 'test', 'fixtures', 'eval', 'score-plan.mjs');

interface Figures {
  taskRecall: number;
  unitF1AnyRole: number;
  unitF1ByRole: number;
  targetValueRecall: number;
  deadlineRecall: number;
  counts: { goldTasks: number; goldTargetValues: number; goldDeadlines: number };
}

export interface ScoredDoc { style: string; name: string; held: boolean; figures: Figures }

/** Parses one document and scores it against its gold with the shared scorer (a child process, as CI does). */
export async function scoreDocument(textPath: string, goldPath: string): Promise<Figures> {
  // a document the parser refuses scores as an empty plan: every gold item missed
  const plan = await parsePlanPath(textPath).catch(() => ({ plan: {}, targets: [], tasks: [] }));
  const dir = mkdtempSync(join(tmpdir(), 'duban-style-'));
  try {
    const parsed = join(dir, 'parsed.json');
    writeFileSync(parsed, JSON.stringify(plan));
    return JSON.parse(execFileSync(process.execPath, [SCORER, parsed, goldPath], { cwd: ROOT, encoding: 'utf8' })) as Figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every `<style>/<name>.<ext>` with a `<name>.gold.json` beside it. */
export function listDocuments(root: string): Array<{ style: string; name: string; text: string; gold: string }> {
  const out: Array<{ style: string; name: string; text: string; gold: string }> = [];
  for (const style of readdirSync(root).sort()) {
    const dir = join(root, style);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.gold.json')) continue;
      const name = file.replace(/\.[^.]+$/, '');
      const gold = join(dir, `${name}.gold.json`);
      if (existsSync(gold)) out.push({ style, name, text: join(dir, file), gold });
    }
  }
  return out;
}

function heldList(): Set<string> {
  const file = join(CORPUS, 'HELD.txt');
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/** Micro-averaged figures: recalls weighted by their gold counts, unit F1 by gold tasks. */
export function sumFigures(docs: Figures[]): Record<string, string> {
  const weighted = (f: (d: Figures) => number, w: (d: Figures) => number): string => {
    const total = docs.reduce((n, d) => n + w(d), 0);
    return total === 0 ? 'n/a' : (docs.reduce((n, d) => n + f(d) * w(d), 0) / total).toFixed(3);
  };
  const tasks = (d: Figures): number => d.counts.goldTasks;
  return {
    docs: String(docs.length),
    taskRecall: weighted((d) => d.taskRecall, tasks),
    unitF1Any: weighted((d) => d.unitF1AnyRole, tasks),
    unitF1ByRole: weighted((d) => d.unitF1ByRole, tasks),
    targetValues: weighted((d) => d.targetValueRecall, (d) => d.counts.goldTargetValues),
    deadlines: weighted((d) => d.deadlineRecall, (d) => d.counts.goldDeadlines),
  };
}

const line = (label: string, f: Record<string, string>): string =>
  `${label}: docs ${f.docs}, task recall ${f.taskRecall}, unit F1 any ${f.unitF1Any} / by role ${f.unitF1ByRole}, target values ${f.targetValues}, deadlines ${f.deadlines}`;

export async function scoreCorpus(root: string, held: Set<string>): Promise<ScoredDoc[]> {
  const out: ScoredDoc[] = [];
  for (const d of listDocuments(root)) {
    out.push({ style: d.style, name: d.name, held: held.has(`${d.style}/${d.name}`), figures: await scoreDocument(d.text, d.gold) });
  }
  return out;
}

export async function run(): Promise<void> {
  const fixtures = existsSync(FIXTURES) ? await scoreCorpus(FIXTURES, new Set()) : [];
  console.log(line('styles fixtures (all)', sumFigures(fixtures.map((d) => d.figures))));
  if (!existsSync(CORPUS)) {
    console.log('styles real corpus: not present (../corpus)');
    return;
  }
  const real = await scoreCorpus(CORPUS, heldList());
  for (const style of [...new Set(real.map((d) => d.style))]) {
    const of = real.filter((d) => d.style === style);
    console.log(line(`styles ${style} in-sample`, sumFigures(of.filter((d) => !d.held).map((d) => d.figures))));
    if (of.some((d) => d.held)) console.log(line(`styles ${style} held-back`, sumFigures(of.filter((d) => d.held).map((d) => d.figures))));
  }
  console.log(line('styles real in-sample (all)', sumFigures(real.filter((d) => !d.held).map((d) => d.figures))));
  console.log(line('styles real held-back (all)', sumFigures(real.filter((d) => d.held).map((d) => d.figures))));
}
