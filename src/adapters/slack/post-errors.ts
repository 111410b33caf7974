// A failed Slack Web API call → the outbox's terms (core/poster.ts PostError). Slack answers a refusal
// with HTTP 200 and `ok: false, error: <code>` (api.slack.com/methods/chat.postMessage#errors); a
// 429 carries Retry-After; a 5xx or a timeout may come after Slack stored the message.
import { PostError } from '../../core/poster.ts';

// Codes that mean Slack may have done the work, or will do it a moment later: reconcile, then retry.
const IN_DOUBT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

// What a coordinator reads for the refusals we expect (any other code is named as Slack gives it).
const REFUSED_ZH: Record<string, string> = {
  invalid_blocks: 'Slack 拒绝了消息的版式（Block Kit 不合规）',
  invalid_blocks_format: 'Slack 拒绝了消息的版式（Block Kit 不合规）',
  msg_blocks_too_long: '消息超出了 Slack 的长度上限',
  msg_too_long: '消息超出了 Slack 的长度上限',
  too_many_attachments: '消息的附件太多',
  no_text: '消息内容为空',
  channel_not_found: '找不到该频道，或 duban 无权访问它',
  not_in_channel: 'duban 不在该频道中，请先邀请 duban 加入频道',
  is_archived: '该频道已归档',
  restricted_action: '该频道不允许 duban 发言',
  invalid_auth: 'duban 的 Slack 凭据无效',
  not_authed: 'duban 的 Slack 凭据无效',
  token_revoked: 'duban 的 Slack 凭据已被撤销',
  account_inactive: 'duban 的 Slack 账号已停用',
  missing_scope: 'duban 缺少所需的 Slack 权限（scope）',
  cannot_dm_bot: '无法向该用户发私信',
  user_not_found: '找不到该用户',
};

interface SlackErrorShape {
  code?: string;
  data?: { error?: string };
  statusCode?: number;
  retryAfter?: number;
}

/** Any error of a WebClient call (already a PostError passes through). */
export function slackPostError(err: unknown): PostError {
  if (err instanceof PostError) return err;
  const e = (err ?? {}) as SlackErrorShape;
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return new PostError('transient', 'ratelimited', 'Slack 限流（429）', { retryAfterMs: (e.retryAfter ?? 1) * 1000, cause: err });
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'unknown_error';
      if (code === 'ratelimited') return new PostError('transient', code, 'Slack 限流', { cause: err });
      if (IN_DOUBT.has(code)) return new PostError('in_doubt', code, 'Slack 服务暂时出错', { cause: err });
      return new PostError('refused', code, REFUSED_ZH[code] ?? 'Slack 拒绝了这条消息', { cause: err });
    }
    case 'slack_webapi_http_error': {
      const status = e.statusCode ?? 0;
      if (status >= 500 || status === 408) return new PostError('in_doubt', `http ${status}`, 'Slack 服务暂时出错', { cause: err });
      return new PostError('refused', `http ${status}`, 'Slack 拒绝了这个请求', { cause: err });
    }
    default:
      // A timeout or a lost connection (slack_webapi_request_error), or anything unforeseen: maybe stored.
      return new PostError('in_doubt', e.code === 'slack_webapi_request_error' ? 'request_error' : (e.code ?? 'error'), '与 Slack 的连接超时或中断', { cause: err });
  }
}

/** A refusal that means the private message cannot reach that user (fall back to an ephemeral one). */
export function isDmRefused(err: unknown): boolean {
  const code = (err as SlackErrorShape | undefined)?.data?.error;
  return code === 'cannot_dm_bot' || code === 'user_not_found' || code === 'user_disabled' || code === 'channel_not_found' || code === 'not_allowed_token_type' || code === 'messages_tab_disabled';
}
