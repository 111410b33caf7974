// DubanError: one string code per failure a user can cause, each mapped to a reply that says what to
// do next (Bolt errors.ts: string codes, not classes per error). Codes are snake_case, in one list.
import type { Reply } from './reply.ts';
import { MAX_MESSAGE_CHARS } from '../text/limits.ts';

export const ErrorCodes = [
  'unknown_command',
  'unknown_task',
  'unknown_unit',
  'ambiguous_unit',
  'unknown_plan',
  'ambiguous_plan',
  'percent_over_100',
  'percent_negative',
  'bad_option',
  'missing_option',
  'bad_status',
  'bad_date',
  'not_a_member',
  'not_coordinator',
  'not_in_channel',
  'file_too_large',
  'unsupported_file',
  'import_failed',
  'empty_question',
  'message_too_long',
  'nothing_to_report',
  'not_ready',
  'internal',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

export type Locale = 'zh-CN' | 'en';

export class DubanError extends Error {
  readonly code: ErrorCode;
  /** What went wrong in the user's terms (a task number, a unit name); shown after the hint. */
  readonly detail?: string;
  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${code}: ${detail}` : code, options);
    this.name = 'DubanError';
    this.code = code;
    this.detail = detail;
  }
}

export function isDubanError(err: unknown): err is DubanError {
  return err instanceof DubanError;
}

// Each message: what happened + what to do. `{d}` is the detail.
const messages: Record<ErrorCode, Record<Locale, string>> = {
  unknown_command: {
    'zh-CN': '没有“{d}”这个命令。发送 /duban help 查看可用命令。',
    en: 'There is no command "{d}". Send /duban help for the list.',
  },
  unknown_task: {
    'zh-CN': '找不到任务 {d}。用 /duban tasks 查看本单位的任务及编号，再重试。',
    en: 'No task {d}. Use /duban tasks to see your unit\'s tasks and their numbers, then try again.',
  },
  unknown_unit: {
    'zh-CN': '找不到单位“{d}”。请使用规划中的单位全称或常用简称（如 市工信局）。',
    en: 'No unit "{d}". Use the unit\'s name as the plan writes it, or a common short form (市工信局).',
  },
  ambiguous_unit: {
    'zh-CN': '这个单位名在几个地方都有：{d}。请写明城市，如 开封市工信局。',
    en: 'Several places have a unit of that name: {d}. Name the city, e.g. 开封市工信局.',
  },
  unknown_plan: {
    'zh-CN': '找不到规划“{d}”。发送 /duban help 或直接提问“有哪些规划”。',
    en: 'No plan "{d}". Ask which plans are loaded, or import one with /duban import.',
  },
  ambiguous_plan: {
    'zh-CN': '有几个规划都对得上：{d}。请写出更完整的名称或简称。',
    en: 'Several plans match: {d}. Give more of the name or the short name.',
  },
  percent_over_100: {
    'zh-CN': '进度不能超过 100%（收到 {d}）。请填写 0 到 100 之间的数字。',
    en: 'Progress cannot exceed 100% (got {d}). Give a number from 0 to 100.',
  },
  percent_negative: {
    'zh-CN': '进度不能为负数（收到 {d}）。请填写 0 到 100 之间的数字。',
    en: 'Progress cannot be negative (got {d}). Give a number from 0 to 100.',
  },
  bad_option: {
    'zh-CN': '选项有误：{d}。发送 /duban help 查看用法。',
    en: 'Bad option: {d}. Send /duban help for usage.',
  },
  missing_option: {
    'zh-CN': '缺少必填项：{d}。发送 /duban help 查看用法。',
    en: 'Missing required option: {d}. Send /duban help for usage.',
  },
  bad_status: {
    'zh-CN': '状态“{d}”无法识别。可用：未开始、推进中、已完成、滞后、受阻。',
    en: 'Unknown status "{d}". Use one of 未开始, 推进中, 已完成, 滞后, 受阻.',
  },
  bad_date: {
    'zh-CN': '日期“{d}”无效。请写成 2022年3月 或 2022-03-31。',
    en: 'Invalid date "{d}". Write it as 2022-03-31 or 2022年3月.',
  },
  not_a_member: {
    'zh-CN': '你还不是{d}的成员，不能替该单位填报。先发送 /duban join 单位名称 加入本单位。',
    en: 'You are not a member of {d}, so you cannot report for it. Join first: /duban join UNIT.',
  },
  not_coordinator: {
    'zh-CN': '抱歉，“{d}”仅限协调人（领导小组办公室）使用。如需操作，请联系协调人。',
    en: 'Sorry, "{d}" is for coordinators only. Please ask a coordinator.',
  },
  not_in_channel: {
    'zh-CN': '这个命令需要在频道中使用（{d}）。',
    en: 'Use this command in a channel ({d}).',
  },
  file_too_large: {
    'zh-CN': '文件过大（{d}）。请上传不超过 10 MB 的文件，或拆分后分别导入。',
    en: 'The file is too large ({d}). Upload at most 10 MB, or split it.',
  },
  unsupported_file: {
    'zh-CN': '无法读取该文件（{d}）。支持 .txt .html .md .docx 及带文字层的 .pdf。',
    en: 'Cannot read that file ({d}). Supported: .txt .html .md .docx and text-layer .pdf.',
  },
  import_failed: {
    'zh-CN': '导入失败，未保存任何内容：{d}',
    en: 'Import failed; nothing was saved: {d}',
  },
  empty_question: {
    'zh-CN': '请输入问题，例如：谁牵头推动5G赋能交通？ 或发送 /duban help。',
    en: 'Ask a question, for example 谁牵头推动5G赋能交通？, or send /duban help.',
  },
  message_too_long: {
    'zh-CN': `消息过长（{d}）。请精简到 ${MAX_MESSAGE_CHARS} 字以内后重试。`,
    en: `The message is too long ({d}). Keep it under ${MAX_MESSAGE_CHARS.toLocaleString('en')} characters.`,
  },
  nothing_to_report: {
    'zh-CN': '没有识别到进度内容。请写明任务和进度，例如：任务3 推进中 60% 备注…',
    en: 'No progress found. Say the task and progress, e.g. 任务3 推进中 60% note…',
  },
  not_ready: {
    'zh-CN': '该功能暂未就绪（{d}），请稍后再试。',
    en: 'This feature is not available yet ({d}). Try again later.',
  },
  internal: {
    'zh-CN': '处理时出错了，已记录。请稍后重试；若仍失败，请联系管理员。',
    en: 'Something went wrong; it has been logged. Try again later or contact the admin.',
  },
};

export function errorMessage(code: ErrorCode, detail: string | undefined, locale: Locale = 'zh-CN'): string {
  const template = messages[code][locale];
  return template.replace('{d}', detail ?? (locale === 'en' ? 'unspecified' : '未说明'));
}

/** The reply for a failure: only the asker sees it. Unknown errors become `internal` (no stack to chat). */
export function errorReply(err: unknown, locale: Locale = 'zh-CN'): Reply & { errorCode: ErrorCode } {
  const code: ErrorCode = isDubanError(err) ? err.code : 'internal';
  const detail = isDubanError(err) ? err.detail : undefined;
  return { text: errorMessage(code, detail, locale), ephemeral: true, errorCode: code };
}
