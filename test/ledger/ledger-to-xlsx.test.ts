import { describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { ledgerToXlsx, SHEET_NAME } from '../../src/ledger/ledger-to-xlsx.ts';
import { LEDGER_HEADERS } from '../../src/ledger/ledger-row.ts';
import { rows } from './sample.ts';
import { readXlsx } from './read-xlsx.ts';

describe('ledgerToXlsx', () => {
  test('GIVEN the ledger THEN one sheet named 台账 with the headers, texts, dates and percents', async () => {
    const buf = await ledgerToXlsx(rows, { timeZone: 'Asia/Shanghai' });
    const zip = await JSZip.loadAsync(buf);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain(`name="${SHEET_NAME}"`);
    const sheet = await readXlsx(buf);
    expect(sheet[0].map((c) => c.value)).toEqual([...LEDGER_HEADERS]);
    const r1 = sheet[1];
    expect(r1[0].value).toBe(rows[0].plan);
    expect(r1[4].value).toBe('市工业和信息化局、市公安局');
    expect(r1[11].value).toBe(rows[0].note);
    // 进度: the number 0.6 with a percent format
    expect(Number(r1[8].value)).toBeCloseTo(0.6);
    expect(r1[8].format).toBe('0%');
    // 完成时限 2020-10-31 as an Excel serial date (days since 1899-12-30)
    expect(Number(r1[6].value)).toBe(44135);
    expect(r1[6].format).toBe('yyyy-mm-dd');
    // 最近填报日期 2022-03-07 17:30 Shanghai wall clock
    expect(Number(r1[9].value)).toBeCloseTo(44627 + 17.5 / 24, 5);
    // Text cells are never formulas in xlsx: the injected title stays a string.
    expect(sheet[2][2].value).toBe(rows[1].taskTitle);
    expect(sheet[2][2].formula).toBe(false);
    expect(sheet[2][6].value).toBe('2021-06-30；2022-12-31');
    expect(Number(sheet[2][8].value)).toBe(0);
    expect(sheet[3][7].value).toBe(null);
  });
});
