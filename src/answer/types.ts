// The answer shape of `duban ask --json` (../shared/spec/ask-json.md). Field names are a contract.
export type Intent =
  | 'lead' | 'supports' | 'responsible' | 'unit_tasks' | 'target' | 'deadline' | 'task' | 'plan' | 'progress' | 'help' | 'unknown';

export interface AnswerTask {
  plan: string; // the plan's full title
  id: string; // the task's number as printed
  title: string;
}

export interface AnswerTarget {
  plan: string;
  year: number | null;
  text: string;
}

export interface AnswerJson {
  question: string;
  intent: Intent;
  found: boolean;
  text: string; // the chat reply, in the question's script, ≤ 2,000 characters
  units: string[]; // Simplified, only the units that answer the question
  tasks: AnswerTask[];
  targets: AnswerTarget[];
}

/** Structured options from a chat command (`/lead task:…`), instead of or on top of free text. */
export interface AskOptions {
  now?: Date;
  intent?: Intent;
  task?: string; // a task title, words of it, or "plan short name · number"
  unit?: string;
  plan?: string;
  year?: number;
  /** The workspace whose progress reports answer progress questions (default 'console'). */
  tenant?: string;
  /** A conversation key (platform:tenant:channel:thread): follow-ups and picks resolve within it. */
  conversation?: string;
}
