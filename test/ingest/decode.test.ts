// decode (issue 2, item 1): encodings, BOM and CRLF, format detection by magic bytes and content,
// .docx through mammoth's HTML (tables kept) and a text-layer PDF in a non-embedded CID font.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { decode } from '../../src/ingest/decode.ts';
import { stripArtifacts } from '../../src/ingest/strip-artifacts.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { MAX_FILE_BYTES } from '../../src/text/limits.ts';
import { encodeGbk } from '../fixtures/ingest/encode-gbk.ts';
import { PLAN_LINES, PLAN_TEXT } from '../fixtures/ingest/plan-text.ts';
import { writePdf } from '../fixtures/ingest/pdf-writer.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) });
const utf8 = (s: string) => new TextEncoder().encode(s);

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    return (err as IngestError).code;
  }
  return 'no error';
}

describe('plain text', () => {
  test('GIVEN the GBK fixture (CRLF) THEN the same text as the plan, LF only', async () => {
    const d = await decode(fixture('plan-gbk.txt'));
    expect(d.format).toBe('text');
    expect(d.text).toBe(PLAN_TEXT);
  });

  test('GIVEN the GBK encoder of the fixtures THEN GB18030 decodes its bytes back', () => {
    const text = '广州市工业和信息化局：（一）５Ｇ基站';
    expect(new TextDecoder('gb18030').decode(encodeGbk(text))).toBe(text);
    expect([...encodeGbk('中')]).toEqual([0xd6, 0xd0]);
  });

  test('GIVEN UTF-8 with a BOM and CRLF THEN no BOM and no CR', async () => {
    const d = await decode(fixture('plan-bom-crlf.txt'));
    expect(d.text.startsWith(PLAN_LINES[0])).toBe(true);
    expect(d.text).not.toMatch(/[\r\ufeff]/);
    expect(d.text.split('\n')).toHaveLength(PLAN_LINES.length);
  });

  test('GIVEN UTF-16LE with a BOM THEN decoded', async () => {
    const body = Buffer.from('一、总体目标\r\n二、重点任务', 'utf16le');
    const d = await decode({ name: 'u16.txt', bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body])) });
    expect(d.text).toBe('一、总体目标\n二、重点任务');
  });

  test('GIVEN UTF-16LE and UTF-16BE without a BOM THEN decoded, not refused for their NUL bytes', async () => {
    const text = '二、总体目标\n到2025年建成基站8万座。\n三、重点任务';
    const le = Buffer.from(text, 'utf16le');
    expect((await decode({ name: 'le.txt', bytes: new Uint8Array(le) })).text).toBe(text);
    expect((await decode({ name: 'be.txt', bytes: new Uint8Array(Buffer.from(le).swap16()) })).text).toBe(text);
  });

  test('GIVEN a lone CR line end (old Mac) THEN a newline', async () => {
    expect((await decode({ name: 'cr.txt', bytes: utf8('一、目标\r二、任务') })).text).toBe('一、目标\n二、任务');
  });

  test('GIVEN short GBK text that chardet may not recognise THEN still GB18030, not mojibake', async () => {
    const d = await decode({ name: 'short.txt', bytes: encodeGbk('二、重点任务') });
    expect(d.text).toBe('二、重点任务');
  });
});

describe('format by content, not by extension', () => {
  test('GIVEN HTML saved as .txt THEN html', async () => {
    const d = await decode({ name: 'page.txt', bytes: utf8('<div><p>一、目标</p><p>二、任务</p><br></div>') });
    expect(d.format).toBe('html');
  });

  test('GIVEN a doctype THEN html; GIVEN GBK HTML THEN html and decoded', async () => {
    expect((await decode({ name: 'a', bytes: utf8('<!DOCTYPE html><html><body>一、目标</body></html>') })).format).toBe('html');
    const gbkPage = await decode({ name: 'gbk.htm', bytes: encodeGbk('<html><body><p>一、总体目标</p><p>二、重点任务</p></body></html>') });
    expect(gbkPage.format).toBe('html');
    expect(gbkPage.text).toContain('总体目标');
  });

  test('GIVEN front matter after blank lines THEN markdown; GIVEN # headings THEN markdown', async () => {
    expect((await decode({ name: 'x.txt', bytes: utf8('\n\n---\ntitle: 计划\n---\n正文') })).format).toBe('markdown');
    expect((await decode({ name: 'x.txt', bytes: utf8('# 行动计划\n\n## 一、目标\n') })).format).toBe('markdown');
  });

  test('GIVEN plain text named .md THEN markdown (the extension breaks ties); named .html THEN html', async () => {
    expect((await decode({ name: 'plan.md', bytes: utf8('一、目标\n二、任务') })).format).toBe('markdown');
    expect((await decode({ name: 'plan.html', bytes: utf8('一、目标\n二、任务') })).format).toBe('html');
    expect((await decode({ name: 'plan.txt', bytes: utf8('一、目标\n二、任务') })).format).toBe('text');
  });

  test('GIVEN a .docx named .txt THEN docx by its magic bytes, tables kept as rows', async () => {
    const d = await decode({ ...fixture('plan.docx'), name: 'renamed.txt' });
    expect(d.format).toBe('docx');
    expect(d.text).toContain('<table>');
    const clean = stripArtifacts(d.text, d.format).text.split('\n');
    expect(clean).toContain('1\t加快农村网络建设\t市通信发展办公室');
    expect(clean).toContain('湖州市数字乡村建设行动方案');
    expect(clean).toContain('(一)加快农村网络建设。2022年底前实现行政村千兆光网全覆盖。(牵头单位:市通信发展办公室，配合单位:各区县人民政府)');
  });
});

describe('text-layer PDF in a non-embedded CID font', () => {
  test('GIVEN the UniGB-UCS2-H fixture THEN the Chinese text comes out, wrapped lines joined', async () => {
    const d = await decode(fixture('plan-cid.pdf'));
    expect(d.format).toBe('pdf');
    const lines = stripArtifacts(d.text, d.format).text.split('\n');
    expect(lines[0]).toBe('湖州市人民政府办公室关于印发湖州市数字乡村建设行动方案(2022—2024年)的通知');
    // The task line wraps in the PDF; it is one line again after decode.
    expect(lines).toContain('(一)加快农村网络建设。2022年底前实现行政村千兆光网全覆盖。(牵头单位:市通信发展办公室，配合单位:各区县人民政府)');
    // Page numbers gone; the annex table's cells, separate runs on one baseline, become tab rows.
    expect(lines.slice(PLAN_LINES.length)).toEqual(['附件:重点任务责任分工表', '1\t加快农村网络建设\t市通信发展办公室', '2\t发展智慧农业\t市农业农村局']);
  }, 30_000);

  test('GIVEN bytes before %PDF- (allowed in the first 1,024) THEN still read as a PDF', async () => {
    const pdf = fixture('plan-cid.pdf').bytes;
    const d = await decode({ name: 'junk.pdf', bytes: new Uint8Array(Buffer.concat([Buffer.from('\r\n\r\n'), pdf])) });
    expect(d.format).toBe('pdf');
    expect(d.text).toContain('湖州市数字乡村建设行动方案');
  }, 30_000);

  test('GIVEN the same PDF read without the CMaps THEN pdfjs gives no Chinese (the fixture really needs them)', async () => {
    const require = createRequire(import.meta.url);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    const doc = await pdfjs.getDocument({ data: fixture('plan-cid.pdf').bytes, standardFontDataUrl: join(root, 'standard_fonts') + '/', verbosity: 0 }).promise;
    const page = await doc.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    await doc.destroy();
    expect(text).not.toContain('湖州市');
  }, 30_000);
});

describe('text-layer PDF with embedded font subsets (pdfkit)', () => {
  test('GIVEN short paragraphs, none reaching the margin THEN each stays a line of its own', async () => {
    const lines = ['3.推进老旧小区改造，年内完成改造小区40个。', '牵头单位：区住房城乡建设局', '4.新增幼儿园学位1200个。'];
    const d = await decode({ name: 'short.pdf', bytes: await writePdf(lines) });
    expect(d.text.split('\n')).toEqual(lines);
  }, 60_000);

  test('GIVEN a 序号 cell alone on a line mid-page THEN it is kept (only a page\'s head or foot is a page number)', async () => {
    const lines = ['重点工作责任分工', '1', '推动先进制造业集群发展。', '2', '建设区级科技企业孵化器。'];
    const d = await decode({ name: 'cells.pdf', bytes: await writePdf(lines) });
    expect(d.text.split('\n')).toEqual(lines);
  }, 60_000);

  test('GIVEN one paragraph wrapping over three lines THEN it is one line again', async () => {
    const long = '加快建设以科学城为极点的创新走廊，推动重大科技基础设施、重点实验室和新型研发机构集聚发展，形成一批具有国际影响力的原始创新成果，全面提升区域创新体系整体效能。';
    const d = await decode({ name: 'wrap.pdf', bytes: await writePdf(['一、总体要求', long]) });
    expect(d.text.split('\n')).toEqual(['一、总体要求', long]);
  }, 60_000);
});

describe('bad input', () => {
  test('GIVEN zero bytes or only white space (incl. U+3000) THEN empty_file', async () => {
    expect(await codeOf(decode({ name: 'e.txt', bytes: new Uint8Array() }))).toBe('empty_file');
    expect(await codeOf(decode({ name: 'w.txt', bytes: utf8(' \r\n\t\u3000\n') }))).toBe('empty_file');
  });

  test('GIVEN NUL bytes, an image, an old .doc or a zip that is no .docx THEN binary_file', async () => {
    expect(await codeOf(decode({ name: 'n.txt', bytes: Uint8Array.of(0x41, 0, 0x42, 0x43) }))).toBe('binary_file');
    expect(await codeOf(decode({ name: 'i.png', bytes: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10) }))).toBe('binary_file');
    expect(await codeOf(decode({ name: 'o.doc', bytes: Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2) }))).toBe('binary_file');
    expect(await codeOf(decode({ name: 'z.zip', bytes: new Uint8Array(Buffer.from('PK\x03\x04\x14\x00other.xml', 'latin1')) }))).toBe('binary_file');
  });

  test('GIVEN bytes invalid in UTF-8 and in GB18030 THEN binary_file naming the file', async () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 2 ? 0xff : 0x80; // 0x80/0xFF never lead a GB18030 character
    await expect(decode({ name: 'noise.bin', bytes })).rejects.toThrow(/^noise\.bin: .*binary/);
  });

  test('GIVEN text full of control characters THEN binary_file', async () => {
    const bytes = utf8('一、目标\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11'.repeat(20));
    expect(await codeOf(decode({ name: 'c.txt', bytes }))).toBe('binary_file');
  });

  test('GIVEN more than 10 MB THEN file_too_large before any decoding', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    // How fast is a figure (`npm run bench`, bad-input); here: refused, with the file's name.
    await expect(decode({ name: 'big.txt', bytes: big })).rejects.toThrow(/big\.txt: file too large/);
  });

  test('GIVEN a %PDF that is broken THEN unreadable, one line', async () => {
    const err = await decode({ name: 'broken.pdf', bytes: utf8('%PDF-1.4\ngarbage') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).code).toMatch(/unreadable/);
    expect((err as IngestError).message).not.toContain('\n');
  }, 30_000);
});
