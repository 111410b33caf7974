// /duban report: record progress on a task, from options (task:3 status:推进中 percent:60 note:…),
// from free text (a reply in the weekly prompt's thread: 已完成60%，新增5G工厂12家), or through a modal
// when Slack/Discord users give nothing. The reply says what was understood and how to correct it.
import { defineCommand } from '../src/core/command.ts';
import { named, restText, planOption } from './shared-options.ts';
import { MAX_MESSAGE_CHARS } from '../src/text/limits.ts';
import { DubanError } from '../src/core/errors.ts';
import { canOpenForms } from '../src/core/event.ts';
import type { ModalSpec } from '../src/core/reply.ts';
import { recordProgress } from '../src/progress/record.ts';
import { takeThreadReply } from '../src/progress/take-reply.ts';
import { STATUSES } from '../src/progress/reply/types.ts';

export const reportModal: ModalSpec = {
  id: 'report',
  title: '填报进度',
  fields: [
    { id: 'task', label: '任务（编号或名称）', style: 'short', required: true, placeholder: '3 或 推动5G赋能交通' },
    { id: 'status', label: '状态：未开始/推进中/已完成/滞后/受阻', style: 'short', required: false, placeholder: '推进中' },
    { id: 'percent', label: '进度（0–100）', style: 'short', required: false, placeholder: '60' },
    { id: 'note', label: '说明', style: 'paragraph', required: false, placeholder: '新增5G工厂12家；用地审批未完成' },
  ],
};

export default defineCommand({
  ...named('report', ['填报', '报告', '进度'], '填报任务进度', 'Report progress on a task'),
  modal: reportModal,
  options: [
    { name: 'task', type: 'string', autocomplete: 'task', aliases: ['任务'], description: { 'zh-CN': '任务编号或名称', en: 'Task number or title' } },
    {
      name: 'status',
      type: 'string',
      aliases: ['状态'],
      choices: STATUSES.map((s) => ({ name: s, value: s })),
      description: { 'zh-CN': '状态', en: 'Status' },
    },
    { name: 'percent', type: 'integer', aliases: ['进度', '百分比'], description: { 'zh-CN': '完成进度 0–100', en: 'Percent complete, 0–100' } },
    { name: 'note', type: 'string', maxLength: 1000, aliases: ['备注', '说明'], description: { 'zh-CN': '进展说明', en: 'Note' } },
    { name: 'unit', type: 'string', autocomplete: 'unit', aliases: ['单位'], description: { 'zh-CN': '代表的单位（默认你加入的单位）', en: 'Unit reported for (default: yours)' } },
    planOption('规划', 'Plan'),
    restText('text', ['内容'], '自由填写，如 任务3 已完成60%，新增5G工厂12家', 'Free text, e.g. 任务3 已完成60%', { maxLength: MAX_MESSAGE_CHARS }),
  ] as const,
  examples: ['/duban report task:3 status:推进中 percent:60 note:新增5G工厂12家', '任务3 进度80%（在征询话题中直接回复）'],
  run({ args, event, store, clock }) {
    const empty = Object.values(args).every((v) => v === undefined || v === '');
    if (empty && canOpenForms(event.platform)) {
      return { text: '请在弹出的表单中填报进度。', modal: reportModal, ephemeral: true };
    }
    if (empty) throw new DubanError('nothing_to_report');
    if (args.percent !== undefined && args.percent > 100) throw new DubanError('percent_over_100', `${args.percent}%`);
    if (args.percent !== undefined && args.percent < 0) throw new DubanError('percent_negative', `${args.percent}%`);
    const base = {
      ...args,
      tenant: event.tenant,
      platform: event.platform,
      channel: event.channel,
      thread: event.thread,
      user: event.user,
      isCoordinator: event.isCoordinator,
      // The platform's id of the message: a redelivered reply is recorded once (issue 6).
      sourceMessageId: event.messageId ?? event.eventId,
      at: clock.now(),
    };
    // A free-text reply in a thread: questions asked back and 改：… corrections live there (issue 11).
    const inThread = event.thread && event.channel && args.text && Object.entries(args).every(([k, v]) => k === 'text' || v === undefined || v === '');
    const result = inThread ? takeThreadReply(store, { ...base, channel: event.channel, thread: event.thread!, text: args.text! }) : recordProgress(store, base);
    // A rejection goes to the reporter only; what was recorded, or asked back, is for the thread to see.
    return { text: result.text, ephemeral: result.status === 'rejected' };
  },
});
