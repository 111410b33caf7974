// Every migration, in version order. Add a line per new file `NNNN-what-it-does.ts`.
import type { Migration } from '../migrate.ts';
import { migration as plans0001 } from './0001-plans.ts';
import { migration as progress0002 } from './0002-progress.ts';
import { migration as chat0003 } from './0003-chat.ts';
import { migration as storeMeta0004 } from './0004-store-meta.ts';
import { migration as inbox0005 } from './0005-inbox.ts';
import { migration as unitJurisdiction0006 } from './0006-unit-jurisdiction.ts';
import { migration as conversations0007 } from './0007-conversations.ts';
import { migration as replyReading0008 } from './0008-reply-reading.ts';
import { migration as scheduleLights0009 } from './0009-schedule-lights.ts';
import { migration as outboxParts0010 } from './0010-outbox-parts.ts';
import { migration as privateReplies0011 } from './0011-private-replies.ts';

export const migrations: Migration[] = [
  plans0001,
  progress0002,
  chat0003,
  storeMeta0004,
  inbox0005,
  unitJurisdiction0006,
  conversations0007,
  replyReading0008,
  scheduleLights0009,
  outboxParts0010,
  privateReplies0011,
];
