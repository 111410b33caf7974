// The ledger as an .xlsx workbook (write-excel-file): one sheet named 台账, dates as real Excel
// dates, progress as a percent cell, so the office can sort and filter without retyping.
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, Row } from 'write-excel-file';
import { DATE_SEPARATOR, LEDGER_HEADERS, UNIT_SEPARATOR, ladderCell, localParts, type LedgerRow } from './ledger-row.ts';

export const SHEET_NAME = '台账';

// Excel dates carry no zone: write-excel-file stores a Date's UTC fields, so the office's local
// wall clock (Asia/Shanghai) is moved into the UTC fields of a new Date.
function wallClock(at: Date, timeZone: string): Date {
  const p = localParts(at, timeZone);
  return new Date(Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm));
}

function isoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function text(value: string | null): Cell {
  return value === null || value === '' ? null : { type: String, value };
}

function deadlineCell(dates: string[]): Cell {
  if (dates.length === 1) {
    const d = isoDate(dates[0]);
    if (d) return { type: Date, value: d, format: 'yyyy-mm-dd' };
  }
  return text(dates.join(DATE_SEPARATOR));
}

export function ledgerSheet(rows: readonly LedgerRow[], opts: { timeZone: string }): Row[] {
  const header: Row = LEDGER_HEADERS.map((h) => ({ type: String, value: h, fontWeight: 'bold' as const }));
  const body: Row[] = rows.map((r) => [
    text(r.plan),
    text(r.taskId),
    { type: String, value: r.taskTitle, wrap: true },
    text(r.leads.join(UNIT_SEPARATOR)),
    text(r.supports.join(UNIT_SEPARATOR)),
    text(r.responsible.join(UNIT_SEPARATOR)),
    deadlineCell(r.deadlines),
    text(r.status),
    r.percent === null ? null : { type: Number, value: r.percent / 100, format: '0%' },
    r.reportedAt ? { type: Date, value: wallClock(r.reportedAt, opts.timeZone), format: 'yyyy-mm-dd hh:mm' } : null,
    text(r.reportedBy),
    r.note ? { type: String, value: r.note, wrap: true } : null,
    r.expected ? deadlineCell([r.expected]) : null,
    text(r.blocker),
    text(ladderCell(r.ladder, opts.timeZone)),
  ]);
  return [header, ...body];
}

export async function ledgerToXlsx(rows: readonly LedgerRow[], opts: { timeZone: string }): Promise<Buffer> {
  return writeXlsxFile(ledgerSheet(rows, opts), {
    buffer: true,
    sheet: SHEET_NAME,
    stickyRowsCount: 1,
    columns: [{ width: 24 }, { width: 8 }, { width: 40 }, { width: 24 }, { width: 24 }, { width: 24 }, { width: 12 }, { width: 10 }, { width: 8 }, { width: 17 }, { width: 18 }, { width: 40 }, { width: 12 }, { width: 16 }, { width: 40 }],
  });
}
