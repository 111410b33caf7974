// The `plan` option of follow and unfollow: the rest of the line names the plan (title or keywords).
export const planRestOption = {
  name: 'plan',
  type: 'string',
  required: true,
  rest: true,
  autocomplete: 'plan',
  aliases: ['规划', '计划'],
  description: { 'zh-CN': '规划名称或关键词', en: 'Plan title or keywords' },
} as const;
