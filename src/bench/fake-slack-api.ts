// The Web API methods of the fake Slack (fake-slack.ts), each answering as Slack documents it, over
// one shared state: the messages posted, the uploads, the users. Grouped by family so each stays short.
import type { FakeMessage, FakeSlack, SlackCall } from './fake-slack.ts';

export interface FakeSlackState {
  teamId: string;
  botUserId: string;
  admins: Set<string>;
  refuseDm: Set<string>;
  notMemberOf: Set<string>;
  calls: SlackCall[];
  messages: FakeMessage[];
  responses: FakeSlack['responses'];
  uploads: FakeSlack['uploads'];
  files: Map<string, Buffer>;
  fileGets: FakeSlack['fileGets'];
  nextTs(): string;
  nextSeq(): number;
  base(): string;
}

type Method = (args: Record<string, unknown>) => Record<string, unknown>;

// A ts as exact microseconds (a double would blur the last digits of "1646614801.000001").
const tsNum = (ts: unknown): bigint => {
  const [s, f = ''] = String(ts).split('.');
  return BigInt(s || '0') * 1_000_000n + BigInt((f + '000000').slice(0, 6));
};

function chatMethods(st: FakeSlackState): Record<string, Method> {
  return {
    'apps.connections.open': () => ({ ok: true, url: `${st.base().replace('http', 'ws')}/socket-mode` }),
    'auth.test': () => ({ ok: true, url: 'https://duban.slack.com/', team: 'duban', user: 'duban', team_id: st.teamId, user_id: st.botUserId, bot_id: 'BBOT' }),
    'chat.postMessage': (args) => {
      if (st.notMemberOf.has(String(args.channel))) return { ok: false, error: 'channel_not_found' };
      const m: FakeMessage = {
        channel: String(args.channel),
        ts: st.nextTs(),
        text: String(args.text ?? ''),
        thread_ts: args.thread_ts ? String(args.thread_ts) : undefined,
        blocks: args.blocks as unknown[] | undefined,
        metadata: args.metadata as FakeMessage['metadata'],
        user: st.botUserId,
      };
      st.messages.push(m);
      return { ok: true, channel: m.channel, ts: m.ts, message: { ...m, type: 'message', bot_id: 'BBOT' } };
    },
    'chat.postEphemeral': (args) => (st.notMemberOf.has(String(args.channel)) ? { ok: false, error: 'channel_not_found' } : { ok: true, message_ts: st.nextTs() }),
    'views.open': (args) => ({ ok: true, view: { id: `V${st.nextSeq()}`, callback_id: (args.view as { callback_id?: string })?.callback_id } }),
    'users.info': (args) => {
      const id = String(args.user);
      return { ok: true, user: { id, name: id.toLowerCase(), is_admin: st.admins.has(id), is_owner: false, is_bot: false, tz: 'Asia/Shanghai' } };
    },
  };
}

function conversationMethods(st: FakeSlackState): Record<string, Method> {
  return {
    'conversations.open': (args) => {
      // Slack refuses a DM to some users (cannot_dm_bot, user_not_found …): tests list them.
      const user = String(args.users ?? '');
      if (st.refuseDm.has(user)) return { ok: false, error: 'cannot_dm_bot' };
      return { ok: true, channel: { id: `D${user}` } };
    },
    'conversations.history': (args) => {
      // Newest first, within (oldest, latest) (inclusive=true includes the bounds), `limit` a page
      // (default 100), continued by response_metadata.next_cursor (here: the offset).
      const ch = String(args.channel);
      const inclusive = args.inclusive === true || args.inclusive === 'true' || args.inclusive === '1';
      const oldest = args.oldest === undefined ? -1n : tsNum(args.oldest);
      const latest = args.latest === undefined ? 10n ** 20n : tsNum(args.latest);
      const all = st.messages
        .filter((m) => m.channel === ch && !m.thread_ts)
        .filter((m) => (inclusive ? tsNum(m.ts) >= oldest && tsNum(m.ts) <= latest : tsNum(m.ts) > oldest && tsNum(m.ts) < latest))
        .reverse();
      const limit = Math.min(Math.max(Number(args.limit ?? 100) || 100, 1), 999);
      const from = args.cursor ? Number(Buffer.from(String(args.cursor), 'base64').toString('utf8').replace(/^next_ts:/, '')) : 0;
      const page = all.slice(from, from + limit);
      const more = from + limit < all.length;
      return { ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? Buffer.from(`next_ts:${from + limit}`).toString('base64') : '' } };
    },
    'conversations.replies': (args) => {
      const ch = String(args.channel);
      const ts = String(args.ts);
      return { ok: true, messages: st.messages.filter((m) => m.channel === ch && (m.ts === ts || m.thread_ts === ts)), has_more: false };
    },
  };
}

function fileMethods(st: FakeSlackState): Record<string, Method> {
  return {
    'files.getUploadURLExternal': (args) => {
      const id = `F${st.nextSeq()}`;
      st.uploads.set(id, { bytes: Buffer.alloc(0), filename: String(args.filename ?? ''), completed: false });
      return { ok: true, upload_url: `${st.base()}/upload/${id}`, file_id: id };
    },
    'files.completeUploadExternal': (args) => {
      const files = (typeof args.files === 'string' ? JSON.parse(args.files) : args.files) as Array<{ id: string; title?: string }>;
      for (const f of files) {
        const u = st.uploads.get(f.id);
        if (u) Object.assign(u, { completed: true, channel: args.channel_id as string | undefined, thread_ts: args.thread_ts as string | undefined });
      }
      // Slack shares the files as a message of the uploader in that channel (or thread).
      if (args.channel_id) {
        const shared = files.map((f) => ({ id: f.id, name: st.uploads.get(f.id)?.filename ?? f.id }));
        st.messages.push({ channel: String(args.channel_id), ts: st.nextTs(), text: '', thread_ts: args.thread_ts ? String(args.thread_ts) : undefined, user: st.botUserId, files: shared });
      }
      return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
    },
  };
}

/** Every method the fake answers; any other is `{ ok: true }`. */
export function fakeSlackApi(st: FakeSlackState): (method: string, args: Record<string, unknown>) => Record<string, unknown> {
  const methods: Record<string, Method> = { ...chatMethods(st), ...conversationMethods(st), ...fileMethods(st) };
  return (method, args) => methods[method]?.(args) ?? { ok: true };
}
