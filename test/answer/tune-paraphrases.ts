// For tuning only: `npx tsx test/answer/tune-paraphrases.ts [family]` prints the TUNE families'
// failures (never the held-back ones) and both pass rates.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.ts';
import { answerQuestion } from '../../src/answer/index.ts';
import { loadGold } from './gold-store.ts';
import { generateParaphrases } from './paraphrases.ts';
import { failures } from './score-paraphrase.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-tune-'));
const store = openStore(join(dir, 't.sqlite'));
try {
  loadGold(store);
  const only = process.argv[2];
  const set = generateParaphrases();
  const now = new Date('2021-09-15T02:00:00Z');
  const byFamily = new Map<string, [number, number]>();
  let tune = [0, 0];
  let held = [0, 0];
  for (const q of set) {
    const a = answerQuestion(store, q.q, { now });
    const why = failures(q, a);
    const s = q.held ? held : tune;
    s[1]!++;
    if (!why.length) s[0]!++;
    if (!q.held) {
      const f = byFamily.get(q.family) ?? [0, 0];
      f[1]++;
      if (!why.length) f[0]++;
      byFamily.set(q.family, f);
      if (why.length && (!only || q.family.startsWith(only))) console.log(`${q.id}\t${q.q}\t${why.join('; ')}\t→ ${a.intent} ${a.text.slice(0, 80).replace(/\n/g, ' / ')}`);
    }
  }
  for (const [f, [p, n]] of [...byFamily].sort()) if (p < n) console.log(`family ${f}: ${p}/${n}`);
  console.log(`total ${set.length}; tune ${tune[0]}/${tune[1]} (${(100 * tune[0]! / tune[1]!).toFixed(1)}%); held ${held[0]}/${held[1]} (${(100 * held[0]! / held[1]!).toFixed(1)}%)`);
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
