// Public surface of progress collection for commands/ and adapters (no platform types here).
export { parseProgressReply, parseContextOf, normalizeReply, STATUSES, type ParsedReply, type ParseContext, type ProgressStatus, type MetricValue } from './parse-progress-reply.ts';
export { recordProgress, type RecordInput, type RecordResult } from './record.ts';
export { readReply, type ReplyReading } from './reply/index.ts';
export { joinUnit, leaveUnit, addMember, removeMember, listMembers, unitsOfMember, type JoinResult } from './members.ts';
export { follow, unfollow, followedPlans, setSchedule, parseWhen, describeSchedule } from './follow.ts';
export { excuseUnit, unexcuseUnit } from './excuse.ts';
export { buildWeeklyPrompt, type WeeklyPrompt } from './prompt.ts';
export { buildReminder, silentUnits, type Reminder } from './remind.ts';
export { duePosts, nextScheduled, scheduledTime, type DuePost } from './schedule.ts';
export { runDuePosts, buildPostContent, type PostContent, type PostSender, type TickResult } from './run-due-posts.ts';
export { contentReply } from './post-content.ts';
export { claimPost, markSent, releasePost, postState, postKey, parsePostKey, deliverOnce, type ClaimResult, type OutboxKey, type PostKind } from './outbox.ts';
export { isoWeekOf, addWeeks, weekBounds, localInstant, isValidWeek } from '../core/week.ts';
export { findUnit, findPlan } from './resolve.ts';
export { promptOfThread } from '../store/progress-reader.ts';
