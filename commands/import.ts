// /duban import: plan documents attached (Slack file, Discord attachment, console /attach) or pasted
// as text (coordinators). All or nothing: every file is parsed first, then all are saved in one
// writer transaction, so one unreadable file leaves the store as it was. A progress line per file.
import { createHash } from 'node:crypto';
import { defineCommand } from '../src/core/command.ts';
import { DubanError } from '../src/core/errors.ts';
import type { Plan, SourceFile } from '../src/ingest/types.ts';
import { MAX_FILE_BYTES } from '../src/text/limits.ts';
import { findCurrentBySha, savePlan, type SaveResult } from '../src/store/plan-writer.ts';

const STATUS_WORD: Record<SaveResult['status'], string> = { new: '新导入', updated: '已更新为新版本', unchanged: '未变化' };

export default defineCommand({
  name: 'import',
  aliases: ['导入'],
  description: { 'zh-CN': '导入规划文件（附件或粘贴文本，协调人）', en: 'Import a plan document, attached or pasted (coordinators)' },
  coordinatorOnly: true,
  // A plan pasted as text runs to tens of thousands of characters.
  maxInputChars: 200_000,
  options: [
    { name: 'file', type: 'attachment', aliases: ['文件'], description: { 'zh-CN': '规划文件（.txt .docx .pdf .html）', en: 'Plan document (.txt .docx .pdf .html)' } },
    { name: 'text', type: 'string', rest: true, aliases: ['正文'], description: { 'zh-CN': '或直接粘贴规划全文', en: 'Or paste the plan text' } },
  ] as const,
  examples: ['/duban import（附上文件）', '/duban import 关于印发……行动计划的通知 ……（粘贴全文）'],
  async run({ args, event, store, clock }) {
    const files: SourceFile[] = (event.attachments ?? []).map((a) => ({ name: a.name, bytes: a.bytes }));
    if (!files.length && args.text) files.push({ name: 'pasted.txt', bytes: new TextEncoder().encode(args.text) });
    if (!files.length) throw new DubanError('missing_option', 'file');
    for (const f of files) {
      if (f.bytes.byteLength > MAX_FILE_BYTES) throw new DubanError('file_too_large', `${f.name}: ${(f.bytes.byteLength / 1048576).toFixed(1)} MB`);
    }
    // Parse everything before writing anything. Loaded here: the parser (pdf, docx) is heavy and only import needs it.
    const { parsePlanFile } = await import('../src/ingest/pipeline.ts');
    const parsed: Array<{ file: SourceFile; plan: Plan; sha256: string }> = [];
    for (const file of files) {
      let plan: Plan;
      try {
        plan = await parsePlanFile(file);
      } catch (err) {
        throw new DubanError('import_failed', `${file.name}: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300), { cause: err });
      }
      if (!plan.tasks.length && !plan.targets.length) throw new DubanError('import_failed', `${file.name}: 没有识别出任务或目标，不像一份规划文件`);
      parsed.push({ file, plan, sha256: createHash('sha256').update(file.bytes).digest('hex') });
    }
    const now = clock.now();
    // One transaction: savePlan's own transactions nest as savepoints (better-sqlite3).
    const results = store.writer.transaction(() =>
      parsed.map(({ file, plan, sha256 }) =>
        findCurrentBySha(store, sha256)
          ? ({ status: 'unchanged', tasks: plan.tasks.length } as Pick<SaveResult, 'status' | 'tasks'>)
          : savePlan(store, plan, { name: file.name, sha256, bytes: file.bytes.byteLength }, now),
      ),
    )();
    const lines = parsed.map(({ file, plan }, i) => {
      const r = results[i];
      return `[${i + 1}/${parsed.length}] ${file.name}：《${plan.plan.title}》 ${r.tasks} 项任务，${STATUS_WORD[r.status]}`;
    });
    return { text: ['导入完成：', ...lines].join('\n') };
  },
});
