// Stage 1, decode (issue 2): the file's bytes → text and a format. Plain text in UTF-8 or
// GB18030/GBK (most government files are GBK), HTML, markdown, .docx (via mammoth's HTML, which
// keeps the 责任分工 annex tables) and text-layer .pdf. The format comes from magic bytes and the
// content, the extension only breaks ties: scraped files are often misnamed.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import chardet from 'chardet';
import type { SourceFile } from './types.ts';
import { megabytes as mb, MAX_FILE_BYTES } from '../text/limits.ts';
import { IngestError } from './errors.ts';

export type DecodedFormat = 'text' | 'html' | 'markdown' | 'docx' | 'pdf';
export interface DecodedText {
  text: string;
  format: DecodedFormat;
}

export async function decode(source: SourceFile): Promise<DecodedText> {
  const { name, bytes } = source;
  if (bytes.length > MAX_FILE_BYTES) {
    throw new IngestError('file_too_large', name, `file too large (${mb(bytes.length)} MB; the limit is ${mb(MAX_FILE_BYTES)} MB)`);
  }
  if (bytes.length === 0) throw new IngestError('empty_file', name, 'the file is empty');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return decodeZip(source);
  // %PDF, which readers accept anywhere in the first 1,024 bytes (some generators put junk first)
  if (Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-', 0, 'latin1')) return decodePdf(source);
  const magic = binaryMagic(bytes);
  if (magic) throw new IngestError('binary_file', name, `a binary file (${magic}), not a plan document`);
  const text = normaliseNewlines(decodeText(name, bytes));
  if (!text.replace(/[\s\u3000\u00a0\ufeff]/g, '')) throw new IngestError('empty_file', name, 'the file is empty (white space only)');
  return { text, format: detectTextFormat(text, name) };
}

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

// Formats people send instead of a plan; named so that the message says what was sent.
function binaryMagic(b: Uint8Array): string | null {
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacy Word/Excel .doc/.xls; save it as .docx';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) return 'PNG image';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'JPEG image';
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return 'GIF image';
  if (startsWith(b, [0x1f, 0x8b])) return 'gzip archive';
  if (startsWith(b, [0x52, 0x61, 0x72, 0x21])) return 'RAR archive';
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf])) return '7z archive';
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return 'ELF executable';
  if (startsWith(b, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'RTF document; save it as .docx';
  return null;
}

// --- plain text -----------------------------------------------------------------------------------

/** BOM → strict UTF-8 → chardet's guess → GB18030 (docs/libraries.md: jschardet misdetects GBK). */
function decodeText(name: string, bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict('utf-8', bytes.subarray(3)) ?? binary(name);
  if (startsWith(bytes, [0xff, 0xfe])) return strict('utf-16le', bytes.subarray(2)) ?? binary(name);
  if (startsWith(bytes, [0xfe, 0xff])) return strict('utf-16be', bytes.subarray(2)) ?? binary(name);
  // NUL bytes never occur in UTF-8 or GB text. UTF-16 without a BOM has them on one side only
  // (the high byte of ASCII: '\n' is 0A 00 in UTF-16LE); anything else with NULs is binary.
  if (bytes.indexOf(0) !== -1) {
    const side = utf16Side(bytes);
    const text = side ? strict(side, bytes) : null;
    if (text !== null && /[\u4e00-\u9fff]/.test(text)) return checkControls(name, text);
    binary(name, 'it contains NUL bytes');
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return checkControls(name, utf8);
  const guess = chardet.detect(bytes);
  const label = guess ? decoderLabel(guess) : null;
  if (label) {
    const text = strict(label, bytes);
    if (text !== null) return checkControls(name, text);
  }
  const gb = strict('gb18030', bytes);
  if (gb !== null) return checkControls(name, gb);
  return binary(name, 'it is not text in UTF-8, GB18030/GBK or the encoding it appears to be');
}

function utf16Side(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < Math.min(bytes.length, 8192); i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  // A Han character's low byte is 00 one time in 256 (一 is U+4E00): mostly one side, not only.
  if (odd > 2 * even) return 'utf-16le';
  if (even > 2 * odd) return 'utf-16be';
  return null;
}

function binary(name: string, why = 'it is not valid text'): never {
  throw new IngestError('binary_file', name, `a binary file, not a plan document (${why})`);
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// chardet names → WHATWG labels. Only Chinese encodings and UTF-16 are taken from a guess: any byte
// string "decodes" as ISO-8859-x, and chardet calls short GBK text Shift_JIS or EUC-KR; plans are
// Chinese, so every other guess falls through to GB18030.
function decoderLabel(guess: string): string | null {
  const g = guess.toLowerCase();
  if (g === 'gb18030' || g === 'gbk' || g === 'gb2312') return 'gb18030';
  if (g === 'big5') return 'big5';
  if (g === 'utf-16le' || g === 'utf-16be') return g;
  return null;
}

/** Text full of C0 control characters is a binary file that happened to decode. */
function checkControls(name: string, text: string): string {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  const controls = sample.match(/[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]/g)?.length ?? 0;
  if (controls > 8 && controls / sample.length > 0.01) binary(name, 'it contains control characters');
  return text;
}

function normaliseNewlines(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.replace(/\r\n?/g, '\n');
}

// HTML: a doctype, an <html>/<body>, or several block tags. Markdown: front matter at the start,
// `# ` headings or `|---|` table rules. Otherwise the extension, otherwise plain text.
function detectTextFormat(text: string, name: string): DecodedFormat {
  const head = text.slice(0, 4096).trimStart();
  if (/^---[ \t]*\n/.test(head)) return 'markdown';
  if (/^(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return 'html';
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  const tags = sample.match(/<\/?(?:p|div|br|table|tr|td|th|span|h[1-6]|li|ul|ol|body|strong|section|article)\b[^>]{0,500}>/gi)?.length ?? 0;
  if (tags >= 3) return 'html';
  if (/^#{1,6}[ \t]+\S/m.test(sample) || /^\|?[ \t]*:?-{3,}:?[ \t]*\|/m.test(sample)) return 'markdown';
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  return 'text';
}

// --- .docx ----------------------------------------------------------------------------------------

async function decodeZip(source: SourceFile): Promise<DecodedText> {
  // The local and central directory headers name every entry in plain ASCII.
  if (!containsAscii(source.bytes, 'word/document')) {
    binary(source.name, 'a zip archive that is not a .docx Word document');
  }
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength) },
      // Images carry no plan text: skip their base64 copies. Never follow links to outside files.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
  } catch (err) {
    throw new IngestError('unreadable', source.name, `cannot read the .docx (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!html.replace(/<[^>]*>/g, '').trim()) throw new IngestError('empty_file', source.name, 'the .docx has no text');
  return { text: html, format: 'docx' };
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

// --- .pdf -----------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
// Chinese PDFs often use non-embedded CID fonts (Adobe-GB1 with UniGB-UCS2-H and the like): pdfjs
// returns empty strings for them unless it can load the packed CMaps (docs/libraries.md).
function pdfjsDataDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

function pdfjsOptions(bytes: Uint8Array) {
  return {
    // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    ...pdfjsDataDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  };
}

async function decodePdf(source: SourceFile): Promise<DecodedText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (!pdfjs.GlobalWorkerOptions.workerSrc) {
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  }
  const pdfLines: PdfLine[] = [];
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']> | null = null;
  try {
    doc = await pdfjs.getDocument(pdfjsOptions(source.bytes)).promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const pageWidth = page.view[2] - page.view[0];
      const pageLines: PdfLine[] = [];
      let line: PdfLine | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , scaleY, x, y] = item.transform as number[];
        // A new baseline starts a new line even when pdfjs did not mark an EOL.
        if (line && Math.abs(y - line.y) > 2) {
          pageLines.push(line);
          line = null;
        }
        // pdfjs adds " " runs for gaps it sees; the gap itself decides below (tab or space).
        if (line && !item.hasEOL && !item.str.trim()) continue;
        if (!line) line = { text: '', pageWidth, x0: x, xEnd: x, y, size: Math.abs(scaleY) || item.height || 10 };
        // A wide gap on one baseline separates table cells (1  加快农村网络建设  市通信发展办公室).
        else if (item.str && x - line.xEnd > 1.5 * line.size) line.text += '\t';
        else if (item.str && x - line.xEnd > 0.25 * line.size && /[\x21-\x7e]$/.test(line.text) && /^[\x21-\x7e]/.test(item.str)) line.text += ' ';
        line.text += item.str;
        line.xEnd = Math.max(line.xEnd, x + item.width);
        if (item.hasEOL) {
          pageLines.push(line);
          line = null;
        }
      }
      if (line) pageLines.push(line);
      // Page numbers (- 3 -, 第3页) would cut a paragraph that runs on to the next page.
      pdfLines.push(...pageLines.filter((l, i) => l.text.trim() && !isPageNumber(l.text.trim(), i === 0 || i === pageLines.length - 1)));
      page.cleanup();
    }
  } catch (err) {
    throw new IngestError('unreadable', source.name, `cannot read the PDF (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    await doc?.destroy();
  }
  const text = joinWrapped(pdfLines).join('\n');
  if (!text.replace(/\s/g, '')) {
    throw new IngestError('unreadable', source.name, 'the PDF has no text layer (a scan?); OCR it or send the .docx');
  }
  return { text, format: 'pdf' };
}

const PDF_PAGE_NUMBER = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?)$/;

// `- 3 -` and `第3页` are page numbers wherever they stand; a bare `3` only at the head or foot of its
// page (inside, it is a table's 序号 cell)
function isPageNumber(text: string, pageEdge: boolean): boolean {
  return PDF_PAGE_NUMBER.test(text) || (pageEdge && /^\d{1,4}$/.test(text));
}

interface PdfLine {
  text: string;
  pageWidth: number;
  x0: number;
  xEnd: number;
  y: number;
  size: number;
}

// The right margin is where the longest lines end, if that is a margin: near the left margin's mirror
// (a page's margins are about alike), or reached by two lines far across the page. In a short PDF
// where no paragraph wraps, the longest line ends short of the margin and runs on to nothing.
function rightMargin(lines: PdfLine[], left: number): number {
  const right = Math.max(...lines.map((l) => l.xEnd));
  const mirrored = Math.min(...lines.map((l) => l.pageWidth)) - left;
  const reaching = lines.filter((l) => l.xEnd >= right - 1.5 * l.size && !l.text.includes('\t')).length;
  if (right >= mirrored - 3 * lines[0].size) return right;
  return reaching >= 2 && right >= left + 0.75 * (mirrored - left) ? right : Infinity;
}

// A PDF line that runs to the right margin continues on the next line unless that one is indented
// (a new paragraph) or starts a numbered item (一、 (一) 1.) or a bullet (●): join them so a task is one line again,
// also across a page break. The margins are those of the whole document.
function joinWrapped(lines: PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.x0));
  const right = rightMargin(lines, left);
  const out: string[] = [];
  let current = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const next = lines[i];
    const full = prev.xEnd >= right - 1.5 * prev.size && !prev.text.includes('\t') && !next.text.includes('\t');
    const indented = next.x0 > left + 0.8 * next.size;
    // a bullet (`●城镇新增就业…`) starts an item as a number does
    const numbered = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|附件|[●■◆▪•])/.test(next.text);
    if (full && !indented && !numbered) current += next.text;
    else {
      out.push(current);
      current = next.text;
    }
  }
  out.push(current);
  return out;
}
