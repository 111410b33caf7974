// The durable inbox (src/store/inbox.ts) and its migration (0005) on real SQLite files.
import { describe, expect } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { test } from '../support/fixtures.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openStore } from '../../src/store/open.ts';
import { INBOX_RETENTION_MS, isPending, markHandled, pendingEvents, pruneInbox, receiveEvent } from '../../src/store/inbox.ts';
import type { ChatEvent } from '../../src/core/event.ts';
import { inTempDir } from '../support/temp-dir.ts';

const at = new Date('2022-03-07T01:00:00Z');
const event = (eventId: string, more: Partial<ChatEvent> = {}): ChatEvent => ({
  platform: 'slack',
  tenant: 'T1',
  channel: 'C1',
  thread: '1646614800.000100',
  user: 'U1',
  text: '任务4 推进中 进度60%',
  eventId,
  messageId: eventId,
  isCoordinator: false,
  receivedAt: at,
  ...more,
});

describe('inbox', () => {
  test('GIVEN an event received twice THEN new then duplicate, one pending row that round-trips (Date included, attachments dropped)', ({ store }) => {
    const e = event('msg:C1:1.000001', { attachments: [{ name: 'plan.docx', bytes: new Uint8Array([1, 2, 3]) }], isDirect: false });
    expect(receiveEvent(store, e)).toBe('new');
    expect(receiveEvent(store, { ...e, text: 'changed' })).toBe('duplicate');
    const pending = pendingEvents(store, { now: at });
    expect(pending).toHaveLength(1);
    const { attachments: _a, ...expected } = e;
    expect(pending[0]).toEqual(expected);
    expect(pending[0]!.receivedAt).toBeInstanceOf(Date);
  });

  test('GIVEN the same event id on two platforms THEN both are new', ({ store }) => {
    expect(receiveEvent(store, event('same'))).toBe('new');
    expect(receiveEvent(store, event('same', { platform: 'discord' }))).toBe('new');
    expect(pendingEvents(store, { platform: 'discord', now: at }).map((e) => e.platform)).toEqual(['discord']);
  });

  test('GIVEN an event marked handled THEN it is no longer pending, and a redelivery is still a duplicate', ({ store }) => {
    receiveEvent(store, event('a'));
    receiveEvent(store, event('b'));
    markHandled(store, 'slack', 'a', at);
    expect(pendingEvents(store, { now: at }).map((e) => e.eventId)).toEqual(['b']);
    expect(receiveEvent(store, event('a'))).toBe('duplicate');
    expect([isPending(store, 'slack', 'a'), isPending(store, 'slack', 'b'), isPending(store, 'slack', 'never')]).toEqual([false, true, false]);
  });

  test('GIVEN olderThanMs THEN only events received at least that long ago are pending', ({ store }) => {
    receiveEvent(store, event('old', { receivedAt: new Date(at.getTime() - 60_000) }));
    receiveEvent(store, event('new'));
    expect(pendingEvents(store, { olderThanMs: 30_000, now: at }).map((e) => e.eventId)).toEqual(['old']);
  });

  test('GIVEN handled rows 8 and 1 days old and an 8-day-old pending one THEN pruning removes only the old handled row', ({ store }) => {
    const day = 24 * 3600 * 1000;
    receiveEvent(store, event('handled-old'));
    receiveEvent(store, event('handled-new'));
    receiveEvent(store, event('pending-old', { receivedAt: new Date(at.getTime() - 8 * day) }));
    markHandled(store, 'slack', 'handled-old', new Date(at.getTime() - 8 * day));
    markHandled(store, 'slack', 'handled-new', new Date(at.getTime() - day));
    expect(pruneInbox(store, at)).toBe(1);
    expect(INBOX_RETENTION_MS).toBe(7 * day);
    const left = store.reader.prepare('SELECT event_id FROM inbox ORDER BY event_id').all();
    expect(left).toEqual([{ event_id: 'handled-new' }, { event_id: 'pending-old' }]);
  });

  test('GIVEN a received event THEN a second connection (another process) sees it at once: committed', ({ store }) => {
    receiveEvent(store, event('committed'));
    const other = openStore(store.file);
    try {
      expect(pendingEvents(other, { now: at }).map((e) => e.eventId)).toEqual(['committed']);
    } finally {
      other.close();
    }
  });
});

describe('migration 5 (inbox)', () => {
  test('GIVEN a store at version 4 THEN migrating to 5 adds the inbox with a unique (platform, event_id)', async () => {
    await inTempDir(async (dir) => {
      const file = join(dir, 'v4.sqlite');
      const db = new Database(file);
      expect(migrate(db, 4)).toBe(4);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'inbox'").get()).toBeUndefined();
      expect(migrate(db, 5)).toBe(5);
      db.prepare("INSERT INTO inbox (platform, tenant, event_id, payload, received_at) VALUES ('slack', 'T', 'e1', '{}', 0)").run();
      expect(() => db.prepare("INSERT INTO inbox (platform, tenant, event_id, payload, received_at) VALUES ('slack', 'T', 'e1', '{}', 0)").run()).toThrow(/UNIQUE/);
      db.close();
    });
  });
});
