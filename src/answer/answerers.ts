// One answerer per intent (issue 10): the one table the engine dispatches through.
import type { Answerer } from './context.ts';
import { answerDeadline } from './intents/deadline.ts';
import { answerHelp, answerUnknown } from './intents/help.ts';
import { answerPlan } from './intents/plan.ts';
import { answerProgress } from './intents/progress.ts';
import { answerLead, answerResponsible, answerSupports } from './intents/role.ts';
import { answerTarget } from './intents/target.ts';
import { answerTaskDetails } from './intents/task.ts';
import { answerUnitTasks } from './intents/unit-tasks.ts';
import type { Intent } from './types.ts';

export const answerers: Record<Intent, Answerer> = {
  lead: answerLead,
  supports: answerSupports,
  responsible: answerResponsible,
  unit_tasks: answerUnitTasks,
  target: answerTarget,
  deadline: answerDeadline,
  task: answerTaskDetails,
  plan: answerPlan,
  progress: answerProgress,
  help: answerHelp,
  unknown: answerUnknown,
};
