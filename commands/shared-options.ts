// The pieces of a command definition several commands share, as data: the head (word, Chinese
// aliases, what it does) and the options that name a plan, a unit or take the rest of the line.
import type { OptionSpec } from '../src/core/options.ts';

/** The head of a definition: `/duban ask` and its aliases 问、提问, described in zh-CN and en. */
export function named<const N extends string>(name: N, aliases: readonly string[], zh: string, en: string) {
  return { name, aliases, description: { 'zh-CN': zh, en } } as const;
}

/** The text after the command word (`/duban ask 谁牵头…`): a string `rest` option, plus what `extra` adds. */
export function restText<const N extends string, const X extends Partial<OptionSpec> = {}>(
  name: N,
  aliases: readonly string[],
  zh: string,
  en: string,
  extra?: X,
) {
  return { name, type: 'string', rest: true, aliases, description: { 'zh-CN': zh, en }, ...(extra as X) } as const;
}

/** `plan:…` narrows a command to one plan (autocompleted); the description says what the default is. */
export function planOption(zh = '限定规划', en = 'Limit to a plan') {
  return { name: 'plan', type: 'string', autocomplete: 'plan', aliases: ['规划', '计划'], description: { 'zh-CN': zh, en } } as const;
}

export const planRestOption = restText('plan', ['规划', '计划'], '规划名称或关键词', 'Plan title or keywords', { required: true, autocomplete: 'plan' });

export const unitRestOption = restText('unit', ['单位'], '单位名称或简称，如 市工信局', 'Unit name or short form, e.g. 市工信局', {
  required: true,
  autocomplete: 'unit',
});
