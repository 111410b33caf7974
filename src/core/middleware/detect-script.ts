// The asker's script on the way in (from what they typed), the reply converted into it on the way
// out: commands write Simplified, a Traditional question gets a Traditional answer (issue 3).
import { detectScript as detect, toScript } from '../../text/script.ts';
import type { Locale } from '../errors.ts';
import type { Reply } from '../reply.ts';
import type { Script } from '../../text/script.ts';
import type { Middleware } from './types.ts';

export function localeOf(locale: string | undefined): Locale {
  // Discord sends `en-US`, `en-GB`, `zh-CN`, `zh-TW`; Chinese text is the default for everyone else.
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function convertReply(reply: Reply, script: Script): Reply {
  if (script !== 'traditional' || reply.script === 'traditional') return reply;
  const c = (s: string) => toScript(s, script);
  return {
    ...reply,
    text: c(reply.text),
    title: reply.title === undefined ? undefined : c(reply.title),
    fields: reply.fields?.map((f) => ({ ...f, name: c(f.name), value: c(f.value) })),
    followUps: reply.followUps?.map(c),
    sections: reply.sections?.map((s) => ({ ...s, title: s.title === undefined ? undefined : c(s.title), lines: s.lines.map(c), more: s.more && { ...s.more, where: c(s.more.where) } })),
    footer: reply.footer === undefined ? undefined : c(reply.footer),
    overflow: reply.overflow === undefined ? undefined : c(reply.overflow),
  };
}

export const detectScript: Middleware = async (state, next) => {
  const { event } = state;
  const typed = [event.text, ...Object.values(event.command?.options ?? {}).filter((v) => typeof v === 'string')].join(' ');
  const script = event.script ?? detect(typed);
  // zh-TW / zh-HK Discord clients read Traditional even when the text gives no hint (a bare `/duban help`).
  const fromLocale = /^zh-(tw|hk|mo)/i.test(event.locale ?? '') && !typed.trim() ? 'traditional' : script;
  const reply = await next({ ...state, script: fromLocale, locale: localeOf(event.locale) });
  return reply && convertReply(reply, fromLocale);
};
