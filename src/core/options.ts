// Option specs as plain data, and handler arguments typed from that data (after yuudachi's
// ArgumentsOf.ts). The same specs drive Discord's subcommand registration, Slack/console text
// parsing and the help text, so a command declares its options once.
import type { Attachment } from './event.ts';
import { DubanError } from './errors.ts';

export type OptionType = 'string' | 'integer' | 'number' | 'boolean' | 'attachment';

export interface OptionChoice {
  readonly name: string;
  readonly value: string | number;
}

export interface OptionSpec {
  /** ASCII, Discord-legal (lowercase, ≤32): `task`, `percent`. */
  readonly name: string;
  readonly type: OptionType;
  readonly required?: boolean;
  readonly description: { readonly 'zh-CN': string; readonly en: string };
  /** Other keys accepted in text form: `任务:3`, `进度:60`. */
  readonly aliases?: readonly string[];
  readonly choices?: readonly OptionChoice[];
  readonly autocomplete?: 'plan' | 'task' | 'unit';
  /** Receives the positional free text (`/duban ask 谁牵头…`, `/duban join 市工信局`). At most one per command. */
  readonly rest?: boolean;
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly maxLength?: number;
}

type ChoiceValue<O extends OptionSpec> = O['choices'] extends readonly { readonly value: infer V }[] ? V : never;

type ValueOf<O extends OptionSpec> = O['type'] extends 'string'
  ? [ChoiceValue<O>] extends [never]
    ? string
    : ChoiceValue<O>
  : O['type'] extends 'integer' | 'number'
    ? number
    : O['type'] extends 'boolean'
      ? boolean
      : O['type'] extends 'attachment'
        ? Attachment
        : never;

/** `{ task: string; percent?: number }` from `[{name:'task',type:'string',required:true}, {name:'percent',type:'integer'}]`. */
export type ArgsOf<O extends readonly OptionSpec[]> = {
  [S in O[number] as S['required'] extends true ? S['name'] : never]: ValueOf<S>;
} & {
  [S in O[number] as S['required'] extends true ? never : S['name']]?: ValueOf<S>;
};

export type RawOptions = Record<string, string | number | boolean | undefined>;

// `key:value` or `key：value` (full-width colon, as typed with a Chinese IME).
const KEY = /(^|\s)([A-Za-z][\w-]*|[\u4e00-\u9fff]{1,6})\s*[:：]\s*/g;

/**
 * Text form of options, the way Slack and the console receive them:
 * `report task:3 status:推进中 percent:60 note:用地审批 已完成` → task, status, percent, note (a value runs
 * until the next known `key:`), and text that is not under a key is the positional free text.
 * An unknown `key:` stays part of the value or free text, so `时间：2022年` in a question survives.
 */
export function parseOptionText(text: string, specs: readonly OptionSpec[]): RawOptions {
  const keyOf = new Map<string, string>();
  const typeOf = new Map(specs.map((s) => [s.name, s.type]));
  for (const s of specs) {
    keyOf.set(s.name.toLowerCase(), s.name);
    for (const a of s.aliases ?? []) keyOf.set(a.toLowerCase(), s.name);
  }
  const marks: Array<{ start: number; valueStart: number; name: string }> = [];
  for (const m of text.matchAll(KEY)) {
    const name = keyOf.get(m[2].toLowerCase());
    if (!name) continue;
    const start = (m.index ?? 0) + m[1].length;
    marks.push({ start, valueStart: (m.index ?? 0) + m[0].length, name });
  }
  const out: RawOptions = {};
  const free: string[] = [];
  const head = text.slice(0, marks[0]?.start ?? text.length).trim();
  if (head) free.push(head);
  marks.forEach((mark, i) => {
    const end = marks[i + 1]?.start ?? text.length;
    const value = text.slice(mark.valueStart, end).trim();
    // `percent:60 其余文字`: a number or flag is one word; what follows it is free text again.
    if (typeOf.get(mark.name) !== 'string') {
      const [word = '', ...after] = value.split(/\s+/);
      out[mark.name] = word;
      if (after.length) free.push(after.join(' '));
    } else out[mark.name] = value;
  });
  if (free.length) {
    const rest = specs.find((s) => s.rest) ?? specs.find((s) => s.type === 'string' && out[s.name] === undefined);
    if (rest && out[rest.name] === undefined) out[rest.name] = free.join(' ');
    else if (rest) out[rest.name] = `${free.join(' ')} ${String(out[rest.name])}`.trim();
    else throw new DubanError('bad_option', `unexpected text "${free.join(' ').slice(0, 40)}"`);
  }
  return out;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'on', '是', '对', '开']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off', '否', '不', '关']);

// Full-width digits and signs (６０％, －５) → ASCII, as a Chinese IME may type them.
function halfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
}

function coerceOne(spec: OptionSpec, raw: string | number | boolean, attachments: readonly Attachment[]): unknown {
  switch (spec.type) {
    case 'string': {
      const value = String(raw).trim();
      if (spec.maxLength !== undefined && value.length > spec.maxLength) {
        throw new DubanError('bad_option', `${spec.name} is longer than ${spec.maxLength} characters`);
      }
      if (spec.choices?.length) {
        const hit = spec.choices.find((c) => String(c.value) === value || c.name === value);
        if (!hit) throw new DubanError('bad_option', `${spec.name}: ${value} (${spec.choices.map((c) => c.name).join('/')})`);
        return hit.value;
      }
      return value;
    }
    case 'integer':
    case 'number': {
      const text = typeof raw === 'number' ? String(raw) : halfWidth(String(raw)).replace(/%$/, '');
      const n = Number(text);
      if (text === '' || !Number.isFinite(n) || (spec.type === 'integer' && !Number.isInteger(n))) {
        throw new DubanError('bad_option', `${spec.name}: "${String(raw).slice(0, 40)}" is not ${spec.type === 'integer' ? 'a whole number' : 'a number'}`);
      }
      if (spec.minValue !== undefined && n < spec.minValue) throw new DubanError('bad_option', `${spec.name} ≥ ${spec.minValue}`);
      if (spec.maxValue !== undefined && n > spec.maxValue) throw new DubanError('bad_option', `${spec.name} ≤ ${spec.maxValue}`);
      return n;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const v = halfWidth(String(raw)).toLowerCase();
      if (TRUE.has(v)) return true;
      if (FALSE.has(v)) return false;
      throw new DubanError('bad_option', `${spec.name}: "${v.slice(0, 20)}" (true/false)`);
    }
    case 'attachment': {
      // Discord passes the attachment's name as the value; text forms just attach the file.
      const found = attachments.find((a) => a.name === String(raw)) ?? attachments[0];
      if (!found) throw new DubanError('missing_option', spec.name);
      return found;
    }
  }
}

/** Raw values (text or a platform's structured options) → typed args; throws DubanError naming the option. */
export function coerceArgs<O extends readonly OptionSpec[]>(
  specs: O,
  raw: RawOptions,
  attachments: readonly Attachment[] = [],
): ArgsOf<O> {
  const args: Record<string, unknown> = {};
  for (const spec of specs) {
    let value = raw[spec.name];
    if (spec.type === 'attachment' && value === undefined && attachments.length) value = attachments[0].name;
    if (value === undefined || value === '') {
      if (spec.required) throw new DubanError('missing_option', spec.name);
      continue;
    }
    args[spec.name] = coerceOne(spec, value, attachments);
  }
  return args as ArgsOf<O>;
}
