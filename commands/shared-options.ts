// Options several commands share, as data: the rest of the line names a plan or a unit.
export const planRestOption = {
  name: 'plan',
  type: 'string',
  required: true,
  rest: true,
  autocomplete: 'plan',
  aliases: ['规划', '计划'],
  description: { 'zh-CN': '规划名称或关键词', en: 'Plan title or keywords' },
} as const;

export const unitRestOption = {
  name: 'unit',
  type: 'string',
  required: true,
  rest: true,
  autocomplete: 'unit',
  aliases: ['单位'],
  description: { 'zh-CN': '单位名称或简称，如 市工信局', en: 'Unit name or short form, e.g. 市工信局' },
} as const;
