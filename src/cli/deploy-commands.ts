// `npm run deploy-commands [-- --guild ID] [--global] [--api URL]`: registers `/duban` and its
// subcommands from commands/index.ts. A separate step, not on every start: Discord limits daily
// command creations (discord.js guide). A guild registration shows at once; a global one reaches
// every server the app is in. The guild defaults to DISCORD_GUILD_ID.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { deployCommands } from '../adapters/discord/deploy.ts';
import { commandList } from '../../commands/index.ts';

export async function run(argv: string[]): Promise<number> {
  let values: { guild?: string; global?: boolean; api?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { guild: { type: 'string' }, global: { type: 'boolean', default: false }, api: { type: 'string' } } }));
  } catch (err) {
    console.error(`duban deploy-commands: ${(err as Error).message}`);
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  if (!config.discord) {
    console.error('duban deploy-commands: DISCORD_TOKEN and DISCORD_APPLICATION_ID are required');
    return 2;
  }
  const guildId = values.global ? undefined : (values.guild ?? config.discord.guildId);
  if (guildId !== undefined && !/^\d{15,22}$/.test(guildId)) {
    console.error('duban deploy-commands: --guild must be a numeric guild id');
    return 2;
  }
  try {
    const n = await deployCommands(commandList, {
      token: config.discord.token,
      applicationId: config.discord.applicationId,
      guildId,
      api: values.api ?? config.discord.apiUrl,
    });
    console.log(`registered ${n} command (/duban, ${commandList.length} subcommands) ${guildId ? `in guild ${guildId}` : 'globally (may take up to an hour to show)'}`);
    return 0;
  } catch (err) {
    // discord.js REST errors name the route and code, never the token.
    console.error(`duban deploy-commands: ${(err as Error).message.split('\n')[0]}`);
    return 1;
  }
}
