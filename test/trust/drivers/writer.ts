// Test driver: keeps committing small rows into a `churn` table of the store at argv[2] until killed,
// one transaction a row, printing `ready` after the first commit. Used to write from another process
// while a backup or an import runs.
import { openStore } from '../../../src/store/open.ts';

const store = openStore(process.argv[2]);
store.writer.exec('CREATE TABLE IF NOT EXISTS churn (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
const insert = store.writer.prepare('INSERT INTO churn (body) VALUES (?)');
let n = 0;
const limitMs = Number(process.argv[3] ?? 10_000);
const until = Date.now() + limitMs;
function burst(): void {
  for (let i = 0; i < 20; i++) insert.run(`row ${n++} ${'写'.repeat(40)}`);
  if (n === 20) process.stdout.write('ready\n');
  if (Date.now() < until) setImmediate(burst);
  else {
    store.close();
    process.stdout.write(`done ${n}\n`);
  }
}
burst();
