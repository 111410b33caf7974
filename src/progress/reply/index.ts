// Public surface of the reply reader.
export { readReply, readReplyDoc, stages } from './read-reply.ts';
export { normaliseText, stripInvisible, MAX_REPLY_CHARS } from './normalise.ts';
export { STATUSES, type ProgressStatus, type ReplyReading, type ReplyMetric, type TaskFigure, type ReadOptions, type ReplyProblem } from './types.ts';
export { doubtOf, readingOf, type Doubt, type DoubtCode } from './decide.ts';
export { findTaskRefs } from './task-refs.ts';
