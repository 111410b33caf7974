// /duban help [command]: the command list, written from the definitions themselves (zh-CN or en).
import { defineCommand, findCommand, type AnyCommand } from '../src/core/command.ts';
import { named, restText } from './shared-options.ts';
import type { Locale } from '../src/core/errors.ts';
import { DubanError } from '../src/core/errors.ts';

function usage(c: AnyCommand, locale: Locale): string {
  const opts = c.options
    .map((o) => {
      const word = o.rest ? `<${o.name}>` : `${o.name}:…`;
      return o.required ? word : `[${word}]`;
    })
    .join(' ');
  const aliases = c.aliases.length ? `（${c.aliases.join('、')}）` : '';
  const lock = c.coordinatorOnly ? (locale === 'en' ? ' [coordinators]' : ' 【仅协调人】') : '';
  return `/duban ${c.name}${opts ? ` ${opts}` : ''}${aliases}${lock} — ${c.description[locale]}`;
}

export default defineCommand({
  ...named('help', ['帮助', '?', '？'], '查看命令和用法', 'Show commands and how to use them'),
  options: [
    restText('command', ['命令'], '要查看的命令', 'The command to explain'),
  ] as const,
  examples: ['/duban help report'],
  run({ args, commands, locale }) {
    if (args.command) {
      const c = findCommand(commands, args.command);
      if (!c) throw new DubanError('unknown_command', args.command);
      const lines = [usage(c, locale), ...c.options.map((o) => `  ${o.name}${o.aliases?.length ? `（${o.aliases.join('/')}）` : ''}: ${o.description[locale]}${o.choices ? ` [${o.choices.map((x) => x.name).join('/')}]` : ''}`)];
      if (c.examples?.length) lines.push(locale === 'en' ? 'Examples:' : '示例：', ...c.examples.map((e) => `  ${e}`));
      return { text: lines.join('\n'), ephemeral: true };
    }
    const head =
      locale === 'en'
        ? 'duban answers questions about the action plans and collects weekly progress. Ask in plain Chinese, or use:'
        : '督办助手：直接用中文提问规划内容（如“谁牵头推动5G赋能交通？”），或使用以下命令：';
    const tail = locale === 'en' ? 'Details: /duban help <command>' : '查看某个命令的详细用法：/duban help 命令名';
    return { text: [head, ...commands.map((c) => usage(c, locale)), tail].join('\n'), ephemeral: true };
  },
});
