// A failed Discord REST call → the outbox's terms (core/poster.ts PostError). Discord answers a
// refusal with a 4xx and a JSON error code (discord.com/developers/docs/topics/opcodes-and-status-codes
// #json): 50035 Invalid Form Body, 50001 Missing Access, 50013 Missing Permissions, 10003 Unknown
// Channel, 50007 a DM refused. A 5xx or a timeout may come after Discord stored the message.
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { PostError } from '../../core/poster.ts';

const REFUSED_ZH: Record<string, string> = {
  '50035': '消息内容不符合 Discord 的格式要求（Invalid Form Body）',
  '50006': '消息内容为空',
  '50001': 'duban 无权访问该频道（Missing Access）',
  '50013': 'duban 缺少在该频道发言的权限（Missing Permissions）',
  '10003': '找不到该频道（Unknown Channel）',
  '50007': '该用户不接收私信',
  '40005': '附件超出 Discord 的大小上限',
  '50083': '该帖子已归档',
};

/** Any error of a discord.js REST call (already a PostError passes through). */
export function discordPostError(err: unknown): PostError {
  if (err instanceof PostError) return err;
  if (err instanceof RateLimitError) return new PostError('transient', '429', 'Discord 限流（429）', { retryAfterMs: err.retryAfter, cause: err });
  if (err instanceof DiscordAPIError) {
    if (err.status === 429) return new PostError('transient', '429', 'Discord 限流（429）', { cause: err });
    if (err.status >= 500) return new PostError('in_doubt', `http ${err.status}`, 'Discord 服务暂时出错', { cause: err });
    const code = String(err.code);
    return new PostError('refused', code, REFUSED_ZH[code] ?? `Discord 拒绝了这条消息（${err.message}）`, { cause: err });
  }
  if (err instanceof HTTPError) {
    if (err.status >= 500 || err.status === 408) return new PostError('in_doubt', `http ${err.status}`, 'Discord 服务暂时出错', { cause: err });
    return new PostError('refused', `http ${err.status}`, 'Discord 拒绝了这个请求', { cause: err });
  }
  // A timeout (AbortError) or a lost connection: maybe stored.
  const name = err instanceof Error ? err.name : 'error';
  return new PostError('in_doubt', name === 'AbortError' ? 'timeout' : name, '与 Discord 的连接超时或中断', { cause: err });
}

/** Discord refused a DM to this user (they do not accept DMs from server members). */
export const isDmRefused = (err: unknown): boolean => err instanceof DiscordAPIError && err.code === 50007;
