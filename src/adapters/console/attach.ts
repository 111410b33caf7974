// `/attach FILE`: the console's way to attach a plan to the next message (`/duban import`). A file
// that cannot be read says why in words, never a bare `ENOENT` (issue 13).
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Attachment } from '../../core/event.ts';
import { MAX_FILE_BYTES, megabytes } from '../../text/limits.ts';

const REASONS: Record<string, string> = {
  ENOENT: '文件不存在，请检查路径',
  EISDIR: '这是一个文件夹，请给出文件路径',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
};

/** The file as an attachment, or the problem in one line. */
export function readAttachment(path: string): Attachment | { problem: string } {
  if (!path.trim()) return { problem: '用法：/attach 文件路径（如 /attach plan.docx），然后发送 /duban import' };
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return { problem: `无法附加 ${path}：文件过大（${megabytes(size)} MB，上限 ${megabytes(MAX_FILE_BYTES)} MB）` };
    return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    return { problem: `无法读取 ${path}：${REASONS[code] ?? (err as Error).message}` };
  }
}
