// A channel follows plans, each with a weekly schedule in the channel's time zone: prompt day+time,
// reminder day+time, digest day+time (default Asia/Shanghai; Monday 09:00 / Wednesday 17:00 /
// Friday 16:00). Rows are per tenant and channel.
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import { DubanError } from '../core/errors.ts';
import type { Store } from '../store/open.ts';
import { followsOfChannel, type Follow } from '../store/progress-reader.ts';
import { deleteFollow, upsertFollow, writeSchedule, type FollowSchedule } from '../store/progress-writer.ts';
import { resolvePlan } from './resolve.ts';
import { isValidTimezone } from '../core/week.ts';

export interface FollowInput {
  tenant: string;
  channel: string;
  plan: string | number;
  timezone?: string;
  platform?: string;
  now: Date;
}

export function follow(store: Store, input: FollowInput): { plan: string; planId: number; created: boolean } {
  const plan = resolvePlan(store, input.plan);
  const tz = input.timezone ?? DEFAULT_TIMEZONE;
  if (!isValidTimezone(tz)) throw new DubanError('bad_option', `timezone ${tz}`);
  const created = upsertFollow(store, { tenant: input.tenant, channel: input.channel, planId: plan.id, platform: input.platform ?? 'console', timezone: tz, at: input.now.getTime() });
  return { plan: plan.title, planId: plan.id, created };
}

export function unfollow(store: Store, input: Omit<FollowInput, 'timezone' | 'platform'>): { plan: string; planId: number; removed: boolean } {
  const plan = resolvePlan(store, input.plan);
  return { plan: plan.title, planId: plan.id, removed: deleteFollow(store, { tenant: input.tenant, channel: input.channel, planId: plan.id }) };
}

export function followedPlans(store: Store, tenant: string, channel: string): Follow[] {
  return followsOfChannel(store, tenant, channel);
}

const DAY_WORDS: Array<[RegExp, number]> = [
  // 周一 / 星期一 / 礼拜一 / 週一 / mon / monday
  [/(?:周|週|星期|礼拜)一|\bmon(?:day)?\b/i, 1],
  [/(?:周|週|星期|礼拜)二|\btue(?:s(?:day)?)?\b/i, 2],
  [/(?:周|週|星期|礼拜)三|\bwed(?:nesday)?\b/i, 3],
  [/(?:周|週|星期|礼拜)四|\bthu(?:r(?:s(?:day)?)?)?\b/i, 4],
  [/(?:周|週|星期|礼拜)五|\bfri(?:day)?\b/i, 5],
  [/(?:周|週|星期|礼拜)六|\bsat(?:urday)?\b/i, 6],
  [/(?:周|週|星期|礼拜)[日天]|\bsun(?:day)?\b/i, 7],
];

/** '周一 09:00' / 'mon 9:00' / '09:00' / '下午5点' → { day?, time 'HH:MM' }. */
export function parseWhen(text: string): { day?: number; time?: string } {
  const s = text.normalize('NFKC').trim();
  const out: { day?: number; time?: string } = {};
  for (const [re, d] of DAY_WORDS) if (re.test(s)) { out.day = d; break; }
  let m = /(\d{1,2})[:：点時时](\d{2})?/.exec(s);
  if (m) {
    let h = Number(m[1]);
    // 下午5点 / 晚上8点 / 5pm: afternoon hours.
    if (h < 12 && /下午|晚上|傍晚|pm/i.test(s)) h += 12;
    const min = m[2] ? Number(m[2]) : 0;
    if (h > 23 || min > 59) throw new DubanError('bad_option', text);
    out.time = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  }
  if (out.day === undefined && out.time === undefined) throw new DubanError('bad_option', text);
  return out;
}

export interface ScheduleInput {
  tenant: string;
  channel: string;
  plan?: string | number;
  prompt?: string;
  reminder?: string;
  digest?: string;
  timezone?: string;
  now: Date;
}

const DAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

export function describeSchedule(f: FollowSchedule): string {
  return `征询 ${DAY_NAMES[f.promptDay]} ${f.promptTime}，提醒 ${DAY_NAMES[f.reminderDay]} ${f.reminderTime}，周报 ${DAY_NAMES[f.digestDay]} ${f.digestTime}（${f.timezone}）`;
}

/** Changes the schedule of the channel's follows (one plan, or all). */
export function setSchedule(store: Store, input: ScheduleInput): { summary: string; follows: number } {
  let follows = followsOfChannel(store, input.tenant, input.channel);
  if (input.plan !== undefined && input.plan !== '') {
    const plan = resolvePlan(store, input.plan);
    follows = follows.filter((f) => f.planId === plan.id);
  }
  if (!follows.length) throw new DubanError('not_in_channel', '本频道尚未关注规划：先用 /duban follow');
  if (input.timezone && !isValidTimezone(input.timezone)) throw new DubanError('bad_option', `timezone ${input.timezone}`);
  const prompt = input.prompt ? parseWhen(input.prompt) : {};
  const reminder = input.reminder ? parseWhen(input.reminder) : {};
  const digest = input.digest ? parseWhen(input.digest) : {};
  let last: FollowSchedule | null = null;
  store.writer.transaction(() => {
    for (const f of follows) {
      const s: FollowSchedule = {
        timezone: input.timezone || f.timezone,
        promptDay: prompt.day ?? f.promptDay,
        promptTime: prompt.time ?? f.promptTime,
        reminderDay: reminder.day ?? f.reminderDay,
        reminderTime: reminder.time ?? f.reminderTime,
        digestDay: digest.day ?? f.digestDay,
        digestTime: digest.time ?? f.digestTime,
      };
      writeSchedule(store, f, s);
      last = s;
    }
  })();
  return { summary: describeSchedule(last!), follows: follows.length };
}
