// Case tables kept as data in test/fixtures/ingest/cases/*.json: one JSON array of rows per table,
// each row the arguments of one test.each case.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CASES = join(import.meta.dirname, '..', 'fixtures', 'ingest', 'cases');

/** The rows of one case table; throws (failing the file) when the table is missing or not an array. */
export function readCases<Row>(file: string): Row[] {
  const rows: unknown = JSON.parse(readFileSync(join(CASES, file), 'utf8'));
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`${file}: expected a non-empty array of case rows`);
  return rows as Row[];
}
