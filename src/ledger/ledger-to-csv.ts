// The ledger as CSV for Excel: UTF-8 with a BOM (without it Excel reads the bytes as the local ANSI
// code page and 牵头单位 turns into mojibake), CRLF rows, RFC 4180 quoting.
import { DATE_SEPARATOR, LEDGER_HEADERS, UNIT_SEPARATOR, formatLocal, ladderCell, type LedgerRow } from './ledger-row.ts';

export const BOM = '\ufeff';

// A cell that starts with = + - @ (or a tab / CR that Excel strips first) is read as a formula:
// `=HYPERLINK(…)` in a report note would run on the coordinator's machine (OWASP "CSV injection").
// A leading ' makes Excel show the text as typed.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function ledgerToCsv(rows: readonly LedgerRow[], opts: { timeZone: string }): string {
  const lines = [LEDGER_HEADERS.map(csvCell).join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.plan,
        r.taskId,
        r.taskTitle,
        r.leads.join(UNIT_SEPARATOR),
        r.supports.join(UNIT_SEPARATOR),
        r.responsible.join(UNIT_SEPARATOR),
        r.deadlines.join(DATE_SEPARATOR),
        r.status,
        r.percent === null ? null : `${r.percent}%`,
        r.reportedAt ? formatLocal(r.reportedAt, opts.timeZone) : null,
        r.reportedBy,
        r.note,
        r.expected,
        r.blocker,
        ladderCell(r.ladder, opts.timeZone),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Reads CSV text back into rows of cells (RFC 4180; used by tests and to check an export). */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && src[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}
