// Coordinator-only commands (import, digest …) refuse everyone else politely, visible only to them.
// Who is a coordinator is the adapter's call (Discord: Manage Server or DISCORD_COORDINATOR_ROLE;
// Slack: SLACK_COORDINATOR_IDS or workspace admins; console: --coordinator) → event.isCoordinator.
import { DubanError } from '../errors.ts';
import type { Middleware } from './types.ts';

export const requireRole: Middleware = async (state, next) => {
  if (state.command?.coordinatorOnly && !state.event.isCoordinator) {
    throw new DubanError('not_coordinator', state.command.name);
  }
  return next(state);
};
