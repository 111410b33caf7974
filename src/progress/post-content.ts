// Scheduled content (weekly prompt, reminder, digest) → the one Reply model, so a scheduled post and
// `/duban digest` render the same on every platform: text for the console, Block Kit and embeds for
// Slack and Discord, and the chart as a PNG file.
import { digestReply } from '../digest/reply.ts';
import type { PostContent } from './run-due-posts.ts';
import type { Reply } from '../core/reply.ts';

/** What the scheduler posts for a due item; `key` is the outbox key (a prompt's thread is named after it). */
export function contentReply(content: PostContent, key: string): Reply {
  if (content.kind === 'prompt') {
    const p = content.prompt;
    return { text: p.text, openThread: { key, name: `${p.plan} ${p.week} 进度征询` } };
  }
  if (content.kind === 'reminder') {
    const members = [...new Set(content.reminder.units.flatMap((u) => u.members))];
    return { text: content.reminder.text, mentions: members.length ? members : undefined };
  }
  return digestReply(content.digest);
}
