import { describe, expect, test } from 'vitest';
import { BOM, csvCell, ledgerToCsv, parseCsv } from '../../src/ledger/ledger-to-csv.ts';
import { LEDGER_HEADERS } from '../../src/ledger/ledger-row.ts';
import { rows } from './sample.ts';

describe('ledgerToCsv', () => {
  const csv = ledgerToCsv(rows, { timeZone: 'Asia/Shanghai' });
  const back = parseCsv(csv);

  test('GIVEN Chinese text THEN the file starts with a UTF-8 BOM and rows end in CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('GIVEN three tasks THEN a header and three rows of twelve cells read back', () => {
    expect(back).toHaveLength(4);
    expect(back[0]).toEqual([...LEDGER_HEADERS]);
    for (const r of back) expect(r).toHaveLength(LEDGER_HEADERS.length);
    expect(back[1].slice(0, 11)).toEqual([
      rows[0].plan,
      '4',
      '推动5G赋能交通',
      '市交通运输局',
      '市工业和信息化局、市公安局',
      '',
      '2020-10-31',
      '推进中',
      '60%',
      '2022-03-07 17:30',
      '市交通运输局',
    ]);
  });

  test('GIVEN a note with a comma, quotes and a newline THEN it survives quoting intact', () => {
    expect(back[1][11]).toBe(rows[0].note);
  });

  test('GIVEN cells starting with = @ THEN they get a leading apostrophe (formula injection)', () => {
    expect(back[2][2]).toBe(`'${rows[1].taskTitle}`);
    expect(back[2][11]).toBe(`'${rows[1].note}`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-5%')).toBe("'-5%");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5'); // numbers are ours, never a formula
  });

  test('GIVEN a report late in the evening UTC THEN the date is the Shanghai date', () => {
    expect(back[2][9]).toBe('2022-03-07 00:30');
    expect(back[2][6]).toBe('2021-06-30；2022-12-31');
  });

  test('GIVEN a task with no report THEN status, percent, date and note are empty', () => {
    expect(back[3].slice(6)).toEqual(['', '', '', '', '', '', '', '', '']); // … and no 督办记录 (issue 15)
  });
});
