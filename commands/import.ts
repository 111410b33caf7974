// /duban import: a plan document attached (Slack file, Discord attachment) or pasted as text
// (coordinators). All or nothing: one transaction for every file; a progress line per file.
import { defineCommand } from '../src/core/command.ts';
import { DubanError } from '../src/core/errors.ts';
import type { SourceFile } from '../src/ingest/types.ts';
import type { Store } from '../src/store/open.ts';
import { loadPending } from './lib/pending.ts';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

type Import = { importPlanFiles(store: Store, files: SourceFile[], opts?: Record<string, unknown>): unknown };

export default defineCommand({
  name: 'import',
  aliases: ['导入'],
  description: { 'zh-CN': '导入规划文件（附件或粘贴文本，协调人）', en: 'Import a plan document, attached or pasted (coordinators)' },
  coordinatorOnly: true,
  options: [
    { name: 'file', type: 'attachment', aliases: ['文件'], description: { 'zh-CN': '规划文件（.txt .docx .pdf .html）', en: 'Plan document (.txt .docx .pdf .html)' } },
    { name: 'text', type: 'string', rest: true, aliases: ['正文'], description: { 'zh-CN': '或直接粘贴规划全文', en: 'Or paste the plan text' } },
  ] as const,
  examples: ['/duban import（附上文件）'],
  async run({ args, event, store }) {
    const files: SourceFile[] = (event.attachments ?? []).map((a) => ({ name: a.name, bytes: a.bytes }));
    if (!files.length && args.text) files.push({ name: 'pasted.txt', bytes: new TextEncoder().encode(args.text) });
    if (!files.length) throw new DubanError('missing_option', 'file');
    for (const f of files) {
      if (f.bytes.byteLength > MAX_IMPORT_BYTES) throw new DubanError('file_too_large', `${f.name}: ${(f.bytes.byteLength / 1048576).toFixed(1)} MB`);
    }
    const { importPlanFiles } = await loadPending<Import>(new URL('../src/plans/import-plans.ts', import.meta.url), 'import');
    const result = await importPlanFiles(store, files);
    return { text: `导入完成：${JSON.stringify(result).slice(0, 500)}` };
  },
});
