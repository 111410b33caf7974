// Reads the first sheet of an .xlsx back into cells (value, number format, formula or not) by
// unzipping it: enough of SpreadsheetML to check what write-excel-file wrote, nothing more.
import JSZip from 'jszip';

export interface XlsxCell {
  value: string | null;
  format: string | null;
  formula: boolean;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

function texts(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join('');
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0];
  return [...letters].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
}

export async function readXlsx(buf: Uint8Array): Promise<XlsxCell[][]> {
  const zip = await JSZip.loadAsync(buf);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const shared = [...(await read('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]));
  const styles = await read('xl/styles.xml');
  const numFmts = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], unescapeXml(m[2])]));
  const xfBlock = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xfs = [...xfBlock.matchAll(/<xf\b([^>]*)>/g)].map((m) => /numFmtId="(\d+)"/.exec(m[1])?.[1] ?? null);
  const sheet = await read('xl/worksheets/sheet1.xml');
  const rows: XlsxCell[][] = [];
  for (const rm of sheet.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const row: XlsxCell[] = [];
    for (const cm of rm[1].matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cm[2];
      const inner = cm[3] ?? '';
      const type = /t="(\w+)"/.exec(attrs)?.[1];
      const style = /s="(\d+)"/.exec(attrs)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value: string | null = null;
      if (type === 's' && v !== undefined) value = shared[Number(v)];
      else if (type === 'inlineStr') value = texts(inner);
      else if (v !== undefined) value = unescapeXml(v);
      const fmtId = style ? xfs[Number(style)] : null;
      row[columnIndex(cm[1])] = { value, format: fmtId ? (numFmts.get(fmtId) ?? `builtin:${fmtId}`) : null, formula: /<f[\s>]/.test(inner) };
    }
    const width = Math.max(row.length, 12);
    for (let i = 0; i < width; i++) row[i] ??= { value: null, format: null, formula: false };
    rows.push(row);
  }
  return rows;
}
