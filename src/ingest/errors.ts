// Errors of the ingest with snake_case codes (house style, after Bolt's ErrorCode). The message is
// one line naming the file and the problem, so that `duban parse` can print it as is (issue 2,
// "Bad input").

export type IngestErrorCode =
  | 'missing_file'
  | 'empty_file'
  | 'binary_file'
  | 'file_too_large'
  | 'not_a_plan'
  | 'unreadable';

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly file: string;

  constructor(code: IngestErrorCode, file: string, problem: string) {
    super(`${file}: ${oneLine(problem)}`);
    this.name = 'IngestError';
    this.code = code;
    this.file = file;
  }
}

export function isIngestError(err: unknown): err is IngestError {
  return err instanceof IngestError;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// Plan words: the kinds of document duban follows and the words their items use. General, cheap.
const PLAN_WORD = /计划|計劃|方案|民生实事|民生實事|工作安排|规划|規劃|意见|意見|措施|任务|任務|目标|目標|工作要点|工作要點|牵头|牽頭|责任单位|責任單位|实施|實施|推进|推進|落实|落實/;
// A numbered heading or item at a line start: 一、 (一) （一） 1. 1、 （1） 第一条
const NUMBERED = /(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、](?!\d)|第[一二三四五六七八九十百\d]{1,4}[条章節节])/g;

// A bullet item at a line start: `●城镇新增就业110万人以上` (a 速览 of a year's targets lists them so)
const BULLET = /(?:^|\n)[ \t\u3000]*[●■◆▲★•·][ \t]*(?=[\u4e00-\u9fff])/g;
// A year and a figure in one clause: `到2025年底前，全市首批100个…`, `2023年預期目標 ●城鎮新增就業70萬人`. A plan
// that states only targets (no numbered items) is still a plan; either script, since this runs before 繁→简.
const YEAR_FIGURE = /\d{4}\s*年[^。\n\d]{0,40}\d+(?:\.\d+)?\s*(?:%|万|萬|亿|億|个|個|家|户|戶|人|项|項|座|公里)/;
// `今年發展的主要預期目標是：國內生產總值增長5.5%左右` — a goals sentence dated by 今年 or its year
const GOALS_SENTENCE = /(?:今年|\d{4}\s*年)[^。\n\d]{0,20}(?:目标|目標)(?:是|為|为)?\s*[:：][^。\n]{0,40}\d/;
const FIGURE = /\d+(?:\.\d+)?\s*(?:%|万|萬|亿|億|个|個|家|户|戶|人|项|項|座|公里)/g;
// Items numbered inside one paragraph: `(1)市民中心完成…。(2)新农村建设…。(3)…`
const INLINE_ITEMS = /[(（]\d{1,2}[)）](?=[\u4e00-\u9fff])/g;

/**
 * Throws `not_a_plan` unless the cleaned text looks like a plan document: some Chinese, and numbered
 * items or headings plus plan words. Linear scans only; the pipeline calls it after cleaning.
 */
export function assertLooksLikePlan(text: string, name: string): void {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let han = 0;
  for (let i = 0; i < sample.length && han < 50; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  if (!text.trim()) throw new IngestError('empty_file', name, 'the file is empty (no text after cleaning)');
  if (han < 20) throw new IngestError('not_a_plan', name, 'no plan found: the text has (almost) no Chinese');
  // A 责任分工 table alone (a .docx annex) numbers its rows in the first cell: 1\t任务\t单位
  // …or, flattened one cell per line, on a line of its own under a `牵头单位` header line
  const flatRows = /(?:^|\n)(?:牵头|责任)单位\n/.test(sample) ? (sample.match(/(?:^|\n)\d{1,3}\n/g)?.length ?? 0) : 0;
  const numbered = (sample.match(NUMBERED)?.length ?? 0) + (sample.match(/(?:^|\n)\d{1,3}\t/g)?.length ?? 0) + flatRows +
    (sample.match(BULLET)?.length ?? 0) + (sample.match(INLINE_ITEMS)?.length ?? 0) +
    (YEAR_FIGURE.test(sample) || GOALS_SENTENCE.test(sample) ? Math.min(2, sample.match(FIGURE)?.length ?? 0) : 0);
  const planWords = PLAN_WORD.test(sample);
  if (!planWords || numbered < 2) {
    throw new IngestError('not_a_plan', name, 'no plan found: no numbered items or headings with plan words (计划/方案/任务/牵头…)');
  }
}
