// Reply → console text. Files (the digest chart and its markdown) are written next to the store and
// named, since a terminal cannot show a PNG. A terminal has no length limit: every section is shown,
// head first, then the follow-ups and the thread sections, as Slack and Discord order them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reply, ReplySection } from '../../core/reply.ts';
import { moreLine } from '../../text/pack.ts';

const TONE: Record<NonNullable<ReplySection['tone']>, string> = { red: '🔴 ', yellow: '🟡 ', green: '🟢 ' };

function sectionLines(s: ReplySection): string[] {
  return [...(s.title ? [`【${s.tone ? TONE[s.tone] : ''}${s.title}】`] : []), ...s.lines.map((l) => `  ${l}`), ...(s.more ? [`  ${moreLine(s.more)}`] : [])];
}

export interface RenderOptions {
  /** Where attached files are saved; none: only their names are shown. */
  filesDir?: string;
}

export function renderReply(reply: Reply, options: RenderOptions = {}): string {
  const lines: string[] = [];
  // A digest's text opens with its title already.
  if (reply.title && !reply.text.startsWith(reply.title)) lines.push(`【${reply.title}】`);
  if (reply.modal) {
    // The console has no forms: show what the form would ask, as the text form of the command.
    lines.push(reply.text, `（表单 ${reply.modal.title}：${reply.modal.fields.map((f) => f.id).join(' ')}；在控制台请直接输入 /duban ${reply.modal.id} ${reply.modal.fields.map((f) => `${f.id}:…`).join(' ')}）`);
  } else if (reply.text) lines.push(reply.text);
  for (const f of reply.fields ?? []) lines.push(`  ${f.name}：${f.value}`);
  const sections = reply.sections ?? [];
  for (const s of sections.filter((x) => x.in !== 'thread')) lines.push(...sectionLines(s));
  if (reply.footer) lines.push(`（${reply.footer}）`);
  for (const more of reply.followUps ?? []) lines.push(more);
  for (const s of sections.filter((x) => x.in === 'thread')) lines.push(...sectionLines(s));
  for (const file of reply.files ?? []) {
    if (options.filesDir) {
      mkdirSync(options.filesDir, { recursive: true });
      const path = join(options.filesDir, file.name.replace(/[\\/]/g, '_'));
      writeFileSync(path, file.bytes);
      lines.push(`[附件] ${file.name} → ${path}`);
    } else lines.push(`[附件] ${file.name}（${Math.ceil(file.bytes.byteLength / 1024)} KB）`);
  }
  if (reply.openThread) lines.push(`（话题“${reply.openThread.name}”已打开：输入 /reply 文字 在话题中回复）`);
  return lines.join('\n');
}
