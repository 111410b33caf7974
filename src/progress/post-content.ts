// Scheduled content (weekly prompt, reminder, digest) → the one platform-free Reply, so a scheduled
// post and `/duban digest` render the same on every platform. A prompt or reminder names every unit,
// however many (issue 13: 148 of 200 shown): the unit list is a section each adapter splits at line
// ends across as many messages as its limits need, and a reminder's members are pinged in batches.
import { digestReply } from '../digest/reply.ts';
import type { PostContent } from './run-due-posts.ts';
import type { Reply } from '../core/reply.ts';

/** What the scheduler posts for a due item; `key` is the outbox key (a prompt's thread is named after it). */
export function contentReply(content: PostContent, key: string): Reply {
  if (content.kind === 'prompt') {
    const p = content.prompt;
    return {
      text: p.intro.join('\n'),
      ...(p.unitLines.length ? { sections: [{ title: `各单位任务（${p.unitLines.length} 个单位）`, lines: p.unitLines }] } : {}),
      openThread: { key, name: `${p.plan} ${p.week} 进度征询` },
    };
  }
  if (content.kind === 'reminder') {
    const r = content.reminder;
    const members = [...new Set(r.units.flatMap((u) => u.members))];
    return {
      text: r.intro.join('\n'),
      ...(r.unitLines.length ? { sections: [{ title: `未填报单位（${r.unitLines.length}）`, lines: r.unitLines }] } : {}),
      mentions: members.length ? members : undefined,
    };
  }
  return digestReply(content.digest);
}
