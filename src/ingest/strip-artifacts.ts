// Stage 2, clean (issue 2): markdown front matter, HTML tags and entities, markdown marks, page
// furniture and the pinyin readings scraped pages leave behind (`區(qū)` → `區`). Every regex here is
// linear (no nested quantifiers): all of seeds/ must parse in < 100 ms, stages included.
import type { DecodedFormat } from './decode.ts';

export interface StrippedText {
  text: string;
  frontMatter: Record<string, string>;
}

export function stripArtifacts(text: string, format: DecodedFormat): StrippedText {
  const { body, frontMatter } = splitFrontMatter(text.replace(/\r\n?/g, '\n'));
  if (format === 'html' && Object.keys(frontMatter).length === 0) Object.assign(frontMatter, htmlHeadFields(body));
  let t = body;
  // Markdown whose body is an HTML fragment (<div><p>…, as scrapers save articles) wraps like HTML.
  const htmlBody = format === 'markdown' && /^\s*<(?:div|p|section|article|table|h[1-6])\b/i.test(t);
  t = stripHtml(t, format === 'html' || format === 'docx' || htmlBody);
  if (format === 'markdown') t = stripMarkdown(t);
  t = stripPinyin(t);
  t = stripSymbolNoise(t);
  t = normaliseWidth(t);
  return { text: cleanLines(t), frontMatter };
}

// --- front matter ---------------------------------------------------------------------------------

// `---` … `---` at the very start (blank lines allowed before it): `key: value`, `key: 'quoted'`,
// and YAML list items (` - 新媒体`) joined with ', ' under the key above them.
function splitFrontMatter(text: string): { body: string; frontMatter: Record<string, string> } {
  const m = /^(?:[ \t]*\n)*---[ \t]*\n/.exec(text);
  if (!m) return { body: text, frontMatter: {} };
  const start = m[0].length;
  const end = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(start);
  const close = end.exec(rest);
  if (!close || close.index > 20_000) return { body: text, frontMatter: {} };
  const frontMatter: Record<string, string> = {};
  let lastKey: string | null = null;
  for (const line of rest.slice(0, close.index).split('\n')) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && lastKey) {
      const v = unquote(item[1]);
      frontMatter[lastKey] = frontMatter[lastKey] ? `${frontMatter[lastKey]}, ${v}` : v;
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!kv) continue;
    lastKey = kv[1].toLowerCase();
    frontMatter[lastKey] = unquote(kv[2]);
  }
  // The same forms as the body: 佛山市…（２０２３-2025年） → 佛山市…(2023-2025年)
  for (const k of Object.keys(frontMatter)) frontMatter[k] = normaliseWidth(frontMatter[k]).replace(/ {2,}/g, ' ').trim();
  return { body: rest.slice(close.index + close[0].length), frontMatter };
}

function unquote(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1).replace(/\\"/g, '"');
  return v;
}

// --- HTML -----------------------------------------------------------------------------------------

const BLOCK = 'p|div|h[1-6]|li|ul|ol|dl|dt|dd|section|article|header|footer|blockquote|pre|table|thead|tbody|tfoot|tr|title|hr|center|form|nav|aside|figure|figcaption|caption';
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK})\\b[^<>]*>`, 'gi');
const ANY_TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/g;

function stripHtml(text: string, isHtml: boolean): string {
  if (text.indexOf('<') === -1 && text.indexOf('&') === -1) return text;
  let t = text;
  if (t.indexOf('<') !== -1) {
    t = replaceBlocks(t, /<!--/g, () => '-->', () => '');
    t = t.replace(/<![A-Za-z][^<>]*>|<\?[^<>]*\?>/g, ''); // <!DOCTYPE html>, <?xml …?>
    t = replaceBlocks(t, /<(script|style|head|noscript|template|nav|footer)\b[^<>]*>/gi, (m) => `</${m[1].toLowerCase()}`, () => '\n');
    // In an HTML page line breaks are white space; block tags and <br> make the lines.
    if (isHtml) t = t.replace(/[ \t]*\n[ \t]*/g, ' ');
    if (/<ol\b/i.test(t)) t = numberLists(t);
    t = replaceBlocks(t, /<table\b[^<>]*>/gi, () => '</table', (inner) => `\n${tableRows(inner)}\n`);
    t = t.replace(/<br\s*\/?>/gi, '\n').replace(BLOCK_TAG, '\n').replace(ANY_TAG, '');
  }
  return decodeEntities(t);
}

// Replaces each block from an `open` match to its close (`close(m)`, found case-insensitively, then
// up to the next '>'), with `fn(inner)`. indexOf, not a lazy [\s\S]*? regex: 20,000 unclosed
// <table>s would make that quadratic. An unclosed block is left as it is, and so are later ones.
function replaceBlocks(text: string, open: RegExp, close: (m: RegExpExecArray) => string, fn: (inner: string) => string): string {
  const lower = text.toLowerCase();
  let out = '';
  let from = 0;
  open.lastIndex = 0;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const closeTag = close(m);
    const end = lower.indexOf(closeTag, m.index + m[0].length);
    if (end === -1) break;
    const gt = closeTag === '-->' ? end + 2 : text.indexOf('>', end);
    const after = gt === -1 ? text.length : gt + 1;
    out += text.slice(from, m.index) + fn(text.slice(m.index + m[0].length, end));
    from = after;
    open.lastIndex = after;
  }
  return from === 0 ? text : out + text.slice(from);
}

// The <head> of a scraped page: <title>, and the meta fields government sites carry (ArticleTitle,
// PubDate, ContentSource), so that a page without a visible headline still has one.
function htmlHeadFields(html: string): Record<string, string> {
  const head = html.slice(0, Math.max(0, html.search(/<body\b/i)) || 20_000);
  const out: Record<string, string> = {};
  const meta = (name: string): string | undefined =>
    new RegExp(`<meta\\s[^<>]*name=["']?${name}["']?[^<>]*content=["']([^"'<>]*)["']`, 'i').exec(head)?.[1]?.trim() ||
    new RegExp(`<meta\\s[^<>]*content=["']([^"'<>]*)["'][^<>]*name=["']?${name}["']?`, 'i').exec(head)?.[1]?.trim();
  const title = meta('ArticleTitle') ?? /<title[^<>]*>([^<]*)<\/title>/i.exec(head)?.[1]?.trim().replace(/\s*[_|｜-]\s*[^_|｜-]{2,30}$/, '');
  if (title) out.title = decodeEntities(title);
  const date = meta('PubDate') ?? meta('publishdate') ?? meta('pubdate');
  if (date) out.date = date;
  const source = meta('ContentSource') ?? meta('source');
  if (source) out.source = decodeEntities(source);
  return out;
}

// Word's automatic numbering reaches us (mammoth) as <ol><li>: the numbers are not in the text. A
// browser shows them, so write them in: 1. 2. at the top level, (1) (2) below it, so that items stay
// numbered items. <ul> items just start a line.
function numberLists(html: string): string {
  const stack: Array<{ ordered: boolean; n: number }> = [];
  let orderedDepth = 0;
  return html.replace(/<(\/?)(ol|ul|li)\b([^<>]*)>/gi, (_m, close: string, tag: string, attrs: string) => {
    const t = tag.toLowerCase();
    if (t === 'li') {
      if (close) return '\n';
      const list = stack[stack.length - 1];
      if (!list?.ordered) return '\n';
      list.n++;
      return orderedDepth <= 1 ? `\n${list.n}.` : `\n(${list.n})`;
    }
    if (close) {
      if (stack.pop()?.ordered) orderedDepth--;
    } else {
      stack.push({ ordered: t === 'ol', n: t === 'ol' ? Number(/\bstart=["']?(\d{1,4})/i.exec(attrs)?.[1] ?? 1) - 1 : 0 });
      if (t === 'ol') orderedDepth++;
    }
    return '\n';
  });
}

// <table>: one line per <tr>, its cells joined by '\t' (the 责任分工 annex rows of a .docx).
function tableRows(inner: string): string {
  const rows: string[] = [];
  for (const row of inner.split(/<tr\b[^<>]*>/i).slice(1)) {
    const cells = row
      .split(/<t[dh]\b[^<>]*>/i)
      .slice(1)
      .map((cell) => cell.replace(/<br\s*\/?>|<\/p>/gi, ' ').replace(ANY_TAG, '').replace(/\s+/g, ' ').trim());
    if (cells.some((c) => c)) rows.push(cells.join('\t'));
  }
  return rows.join('\n');
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘',
  rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', yen: '¥', emsp: ' ',
  ensp: ' ', thinsp: ' ', laquo: '«', raquo: '»', bull: '•', deg: '°', plusmn: '±', copy: '©',
};

function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

// --- markdown -------------------------------------------------------------------------------------

function stripMarkdown(text: string): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    if (!/\S/.test(raw)) continue; // blank lines go anyway (cleanLines)
    let line = raw;
    // `| 任务 | 牵头单位 |` → cells joined by '\t'; the `|---|:---:|` rule row goes.
    if (/^\s*\|.*\|\s*$/.test(line)) {
      if (/^[\s|:-]+$/.test(line)) continue;
      line = line.trim().slice(1, -1).split('|').map((c) => c.trim()).join('\t');
    }
    line = line
      .replace(/^\s{0,3}#{1,6}\s+/, '') // ## 一、总体要求
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s{0,3}>\s?/, '') // > quoted
      .replace(/^\s{0,3}[-*+]\s+(?=\S)/, '') // - list item
      .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '') // images
      .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1') // [text](url)
      .replace(/\*\*([^*\n]+)\*\*|__([^_\n]+)__/g, (_m, a?: string, b?: string) => a ?? b ?? '')
      .replace(/(^|[^*\w])\*([^*\s][^*\n]*?)\*(?!\*)/g, '$1$2')
      .replace(/`([^`\n]+)`/g, '$1');
    if (/^\s*(?:[-*_]\s*){3,}$/.test(line)) continue; // thematic break
    out.push(line);
  }
  return out.join('\n');
}

// --- pinyin readings ------------------------------------------------------------------------------

// `區(qū)` `發(fā)` `網(wǎng)`: a bracket right after a Han character whose whole content is one lowercase
// pinyin syllable carrying a tone mark. Real brackets (SA) (含储备站址) (广州) do not match.
const PINYIN = /([\u3400-\u9fff])[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})[)）]/g;
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

// what every reading holds: a bracket opening on a pinyin letter. Most plans have none, and this
// scan stops at few places (PINYIN's first class, any Han character, stops at most of them)
const PINYIN_HINT = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;

function stripPinyin(text: string): string {
  if (!PINYIN_HINT.test(text)) return text;
  return text.replace(PINYIN, (m, han: string, syl: string) => (TONE.test(syl) ? han : m));
}

// --- symbol noise ---------------------------------------------------------------------------------

// `稳定和扩大传统消费■◆◆◆★★、大宗消费★◆■★` `(责任单位◆★◆■★■:省商务厅)`: scraped copies of a
// page sprinkle runs of shapes and stars through the sentences (an anti-copy watermark). A run of two
// or more inside a line is noise; a single ■ or ● opening a line is a bullet and stays.
const SYMBOL_RUN = /(?<=[^\n\s])[■□◆◇★☆●○▲△▼▽]{2,}/g;

// the run without its look-behind: a look-behind tried at every position of the text cost more
// than the rest of the stage's regexes; text without two shapes in a row has no noise
const SYMBOL_PAIR = /[■□◆◇★☆●○▲△▼▽]{2}/;

function stripSymbolNoise(text: string): string {
  return SYMBOL_PAIR.test(text) && SYMBOL_RUN.test(text) ? text.replace(SYMBOL_RUN, '') : text;
}

// --- width and lines ------------------------------------------------------------------------------

// Full-width digits, Latin letters, （）：％ → ASCII; Chinese punctuation ，。；、！？ stays.
function normaliseWidth(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ（）：％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(\d)．(?=\d)/g, '$1.')
    .replace(/[\u00a0\u3000\u2002-\u200a\u202f\u205f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
}

// Page furniture: breadcrumbs (首页>专题>… / 当前位置：首页 > …), editor and keyword lines, share,
// print and font-size links. Only whole lines that are nothing else.
const BREADCRUMB = /^(?:(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置)\s*:?\s*)?(?:首页|首頁|网站首页|網站首頁|主页|主頁)\s*[>＞›»]/;
const FURNITURE = /^(?:(?:版权所有|版權所有|網站標識碼|网站标识码|技术支持:|技術支持:|联系我们|聯繫我們|网站地图|網站地圖|设为首页|設為首頁|上一篇|下一篇|相关链接|相關鏈接|相关阅读|相關閱讀)|\S{0,8}ICP备|(?:责任|責任)?(?:编辑|編輯|校对|校對|审核|審核)\s*:|(?:关键词|關鍵詞|关键字|關鍵字)\s*:|(?:分享到|分享至|分享)\s*:|扫一扫|掃一掃|(?:【|\[)?(?:字号|字號|字体|字體)\s*:|返回顶部|返回頂部|(?:【|\[)?(?:打印|关闭|關閉|收藏|关闭窗口|關閉窗口|打印本页|打印本頁)(?:】|\])?\s*(?:(?:【|\[)?(?:打印|关闭|關閉|收藏|关闭窗口|關閉窗口|打印本页|打印本頁)(?:】|\])?\s*)*$)/;

// Page numbers of converted PDFs and Word files: - 3 -, —3—, 第3页 共12页, 3/12
const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

// A site footer anywhere in a line: 主办单位:… 网站标识码:4419000001 粤ICP备05080322号 / 版权所有 ©
const SITE_FOOTER = /网站标识码|網站標識碼|ICP备|ICP備|公网安备|公網安備|版权所有|版權所有|Copyright|©/i;

function cleanLines(text: string): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    if (!/\S/.test(raw)) continue;
    // the four replaces below need a space or a closing pipe; most lines of a plan have neither
    const line = raw.indexOf(' ') === -1 && !raw.endsWith('|') ? raw : raw
      .replace(/ {2,}/g, ' ')
      .replace(/([，。；、:]) (?=\S)/g, '$1') // 一、 總體要求 → 一、總體要求
      .replace(/^ +| +$/g, '')
      // `县教育局 |`: a scraped table cell per line, closed by the pipe that separated the cells
      .replace(/^(\S.*?) ?\|$/, '$1');
    // A table row keeps its empty edge cells ('\t'-separated); other lines lose stray tabs.
    const tab = line.indexOf('\t');
    const trimmed = tab !== -1 && (tab !== line.lastIndexOf('\t') || /\S\t|\t\S/.test(line.trim())) ? line : line.trim();
    if (!trimmed.trim()) continue;
    if (trimmed.length < 200 && (BREADCRUMB.test(trimmed) || FURNITURE.test(trimmed) || PAGE_NUMBER.test(trimmed) || SITE_FOOTER.test(trimmed))) continue;
    out.push(trimmed);
  }
  return out.join('\n');
}
