// The one notice a coordinator gets when a scheduled post failed for good (issue 13 "loudly
// never"): what did not go out, which part, and why, in the platform's words and in Chinese.
import { PostError } from '../core/poster.ts';
import type { OutboxKey, PostKind } from '../store/progress-writer.ts';

const KIND_ZH: Record<PostKind, string> = { prompt: '每周进度征询', reminder: '催报提醒', digest: '每周进度周报' };

function whichPart(parts: ReadonlyArray<string>, part: number): string {
  if (part === 0) return '';
  if (parts[part] === 'files') return '主消息已发出，但附件（图表/文件）未能发出：';
  return `主消息已发出，但第 ${part} 条后续消息（共 ${parts.length - 1} 条）未能发出：`;
}

/** `督办：2022-W10 的每周进度周报未能发出：…（invalid_blocks）。已停止自动重试…` */
export function failureNotice(key: OutboxKey, parts: ReadonlyArray<string>, part: number, error: unknown): string {
  const why = error instanceof PostError ? `${error.explanation}（${error.code}）` : `多次重试仍失败（${error instanceof Error ? error.message : String(error)}）`;
  return [
    `⚠️ 督办：${key.week} 的${KIND_ZH[key.kind]}未能发出。${whichPart(parts, part)}${why}。`,
    '已停止自动重试，不会重复发送。请协调人检查频道设置或内容后，用 /duban digest 等命令手动补发。',
  ].join('\n');
}
