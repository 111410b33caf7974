// /duban import: plan documents attached (Slack file, Discord attachment, console /attach) or pasted
// as text (coordinators). The one import (src/plans/import-plans.ts): each file in its own
// transaction, a line per file, a bad file named with its reason while the others are imported;
// then what was found, for the coordinator to confirm and correct with /duban fix (issue 12).
import { defineCommand } from '../src/core/command.ts';
import { named, restText } from './shared-options.ts';
import { DubanError } from '../src/core/errors.ts';
import type { SourceFile } from '../src/ingest/types.ts';
import { importPlanSources, type ImportResult } from '../src/plans/import-plans.ts';
import { formatSummary } from '../src/plans/import-summary.ts';
import { formatReapply, lastImportKey } from '../src/plans/corrections.ts';
import { setStoreMeta } from '../src/store/plan-writer.ts';
import { MAX_FILE_BYTES } from '../src/text/limits.ts';

const STATUS_WORD: Record<Exclude<ImportResult['status'], 'failed'>, string> = { new: '新导入', updated: '已更新为新版本', unchanged: '未变化' };

function resultLines(r: ImportResult, i: number, n: number): string[] {
  const head = `[${i}/${n}] ${r.file}：`;
  if (r.status === 'failed') return [`${head}导入失败：${(r.error ?? '').slice(0, 300)}`];
  const lines = [`${head}${r.title ? `《${r.title}》 ` : ''}${r.tasks ?? 0} 项任务，${STATUS_WORD[r.status]}`];
  if (r.summary) lines.push(...formatSummary(r.summary));
  if (r.corrections) lines.push(...formatReapply(r.corrections));
  return lines;
}

export default defineCommand({
  ...named('import', ['导入'], '导入规划文件（附件或粘贴文本，协调人）', 'Import a plan document, attached or pasted (coordinators)'),
  coordinatorOnly: true,
  // A plan pasted as text runs to tens of thousands of characters.
  maxInputChars: 200_000,
  options: [
    { name: 'file', type: 'attachment', aliases: ['文件'], description: { 'zh-CN': '规划文件（.txt .docx .pdf .html）', en: 'Plan document (.txt .docx .pdf .html)' } },
    restText('text', ['正文'], '或直接粘贴规划全文', 'Or paste the plan text'),
  ] as const,
  examples: ['/duban import（附上文件）', '/duban import 关于印发……行动计划的通知 ……（粘贴全文）'],
  async run({ args, event, store, clock }) {
    const files: SourceFile[] = (event.attachments ?? []).map((a) => ({ name: a.name, bytes: a.bytes }));
    if (!files.length && args.text) files.push({ name: 'pasted.txt', bytes: new TextEncoder().encode(args.text) });
    if (!files.length) throw new DubanError('missing_option', 'file');
    for (const f of files) {
      if (f.bytes.byteLength > MAX_FILE_BYTES) throw new DubanError('file_too_large', `${f.name}: ${(f.bytes.byteLength / 1048576).toFixed(1)} MB`);
    }
    const results = await importPlanSources(store, files, undefined, clock.now());
    // /duban fix without plan: corrects what this workspace imported last.
    const last = results.filter((r) => r.planId != null).at(-1);
    if (last) setStoreMeta(store, lastImportKey(event.tenant), String(last.planId));
    const failed = results.filter((r) => r.status === 'failed').length;
    const head = failed === results.length ? '导入失败：' : failed ? `导入完成（${failed} 个文件失败，其余已保存）：` : '导入完成：';
    const lines = results.flatMap((r, i) => resultLines(r, i + 1, results.length));
    const hint = results.some((r) => r.summary) ? ['如有误读，用 /duban fix 更正（如 /duban fix 3 lead:市工信局），/duban fix 查看已做的更正。'] : [];
    return { text: [head, ...lines, ...hint].join('\n') };
  },
});
