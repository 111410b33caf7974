// A scheduled post's content as the Reply every adapter already renders: the prompt opens a thread
// for replies, the reminder is text (the model keeps each silent unit's members for mentions), the
// digest carries markdown, Slack blocks, Discord embeds and the chart PNG.
import type { Reply } from '../core/reply.ts';
import { digestReply } from '../digest/index.ts';
import type { PostContent } from './run-due-posts.ts';

export function postReply(content: PostContent, key: string): Reply {
  if (content.kind === 'prompt') {
    const p = content.prompt;
    return { title: `${p.plan} ${p.week} 进度征询`, text: p.text, openThread: { key, name: `${p.plan} ${p.week} 进度填报` } };
  }
  if (content.kind === 'reminder') return { title: `${content.reminder.plan} ${content.reminder.week} 填报提醒`, text: content.reminder.text };
  return digestReply(content.digest);
}
