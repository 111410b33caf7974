// The command definitions → one `/duban` application command with a subcommand each, registered
// by a separate script (Discord limits daily command creations: never on every start; discord.js guide).
// Guild commands update at once (for testing); global ones reach every server the app is in.
import { REST, Routes } from 'discord.js';
import type { AnyCommand } from '../../core/command.ts';
import type { OptionSpec } from '../../core/options.ts';
import { cut } from '../../text/cut.ts';

// ApplicationCommandOptionType (discord.com/developers/docs/interactions/application-commands).
const OPTION_TYPE = { subcommand: 1, string: 3, integer: 4, boolean: 5, number: 10, attachment: 11 } as const;

function optionJson(o: OptionSpec) {
  return {
    type: OPTION_TYPE[o.type],
    name: o.name,
    description: cut(o.description.en, 100),
    description_localizations: { 'zh-CN': cut(o.description['zh-CN'], 100) },
    required: o.required ?? false,
    ...(o.choices?.length ? { choices: o.choices.slice(0, 25).map((c) => ({ name: cut(c.name, 100), value: c.value })) } : {}),
    // Choices and autocomplete exclude each other.
    ...(o.autocomplete && !o.choices?.length ? { autocomplete: true } : {}),
    ...(o.minValue !== undefined ? { min_value: o.minValue } : {}),
    ...(o.maxValue !== undefined ? { max_value: o.maxValue } : {}),
    ...(o.maxLength !== undefined && o.type === 'string' ? { max_length: Math.min(o.maxLength, 6000) } : {}),
  };
}

/** The `/duban` command JSON. Required options first (Discord refuses a required one after an optional one). */
export function buildCommandJson(commands: readonly AnyCommand[]) {
  return {
    name: 'duban',
    type: 1,
    description: 'duban 督办: plans, progress and digests',
    description_localizations: { 'zh-CN': '督办：规划、进度与周报' },
    // Coordinators' subcommands are checked per call (Manage Server or the configured role), so the
    // command stays visible to members; contexts: servers only.
    contexts: [0],
    options: commands.slice(0, 25).map((c) => ({
      type: OPTION_TYPE.subcommand,
      name: c.name,
      description: cut(c.description.en, 100),
      description_localizations: { 'zh-CN': cut(c.description['zh-CN'], 100) },
      options: [...c.options.filter((o) => o.required), ...c.options.filter((o) => !o.required)].slice(0, 25).map(optionJson),
    })),
  };
}

export interface DeployOptions {
  token: string;
  applicationId: string;
  /** Register in this guild only (instant); else globally. */
  guildId?: string;
  /** REST base, e.g. http://127.0.0.1:PORT/api for the fake. */
  api?: string;
}

/** PUTs the command list (overwrites: a removed command disappears). Returns how many are registered. */
export async function deployCommands(commands: readonly AnyCommand[], o: DeployOptions): Promise<number> {
  const rest = new REST(o.api ? { api: o.api } : {}).setToken(o.token);
  const route = o.guildId ? Routes.applicationGuildCommands(o.applicationId, o.guildId) : Routes.applicationCommands(o.applicationId);
  const result = (await rest.put(route, { body: [buildCommandJson(commands)] })) as unknown[];
  return result.length;
}
