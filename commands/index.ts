// Every chat command, explicitly (the compiler checks the list; no folder scanning at run time).
// Order is the order of help and of Discord's subcommand list.
import ask from './ask.ts';
import lead from './lead.ts';
import target from './target.ts';
import tasks from './tasks.ts';
import deadlines from './deadlines.ts';
import report from './report.ts';
import join from './join.ts';
import follow from './follow.ts';
import unfollow from './unfollow.ts';
import schedule from './schedule.ts';
import thresholds from './thresholds.ts';
import leave from './leave.ts';
import digest from './digest.ts';
import importCommand from './import.ts';
import fix from './fix.ts';
import help from './help.ts';
import type { AnyCommand } from '../src/core/command.ts';

export const commands = [ask, lead, target, tasks, deadlines, report, join, follow, unfollow, schedule, thresholds, leave, digest, importCommand, fix, help] as const;

/** The same list with the general type, for dispatch and the adapters' registration. */
export const commandList: readonly AnyCommand[] = commands;

export type CommandName = (typeof commands)[number]['name'];
