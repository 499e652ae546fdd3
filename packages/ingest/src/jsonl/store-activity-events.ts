import type { ActivityEvent, LogKind } from '@vigil/core';
import { insertTextRows, type EventStore } from '@vigil/event-store';
import { downloadNamesTool, hostOf, keptMailText, keptUrl } from '../sql-literal.ts';

/** Store columns per kind, and how a JSON event fills them (text; cast in SQL). */
const TABLES: Record<
  LogKind,
  { columns: string[]; select: string; row: (e: never) => Array<string | null> }
> = {
  logon: {
    columns: ['id', 'ts', 'user', 'pc', 'activity'],
    select: `id, ts::TIMESTAMPTZ::TIMESTAMP, "user", pc, activity`,
    row: (e: Extract<ActivityEvent, { kind: 'logon' }>) => [e.id, e.ts, e.user, e.pc, e.activity],
  },
  device: {
    columns: ['id', 'ts', 'user', 'pc', 'activity', 'file_tree'],
    select: `id, ts::TIMESTAMPTZ::TIMESTAMP, "user", pc, activity, file_tree`,
    row: (e: Extract<ActivityEvent, { kind: 'device' }>) => [
      e.id,
      e.ts,
      e.user,
      e.pc,
      e.activity,
      e.file_tree ?? null,
    ],
  },
  file: {
    columns: [
      'id',
      'ts',
      'user',
      'pc',
      'filename',
      'activity',
      'to_removable',
      'from_removable',
      'content',
    ],
    select: `id, ts::TIMESTAMPTZ::TIMESTAMP, "user", pc, filename, activity, to_removable::BOOLEAN, from_removable::BOOLEAN, content`,
    row: (e: Extract<ActivityEvent, { kind: 'file' }>) => [
      e.id,
      e.ts,
      e.user,
      e.pc,
      e.filename,
      e.activity,
      String(e.to_removable_media),
      String(e.from_removable_media),
      e.content,
    ],
  },
  email: {
    columns: [
      'id',
      'ts',
      'user',
      'pc',
      'activity',
      'sender',
      'to_list',
      'cc_list',
      'bcc_list',
      'size',
      'attachment_count',
      'attachment_bytes',
      'attachments',
      'content',
    ],
    select: `id, ts::TIMESTAMPTZ::TIMESTAMP, "user", pc, activity, sender, to_list, cc_list, bcc_list, size::BIGINT, attachment_count::INTEGER, attachment_bytes::BIGINT, attachments,
      ${keptMailText('content', 'sender', ['to_list', 'cc_list', 'bcc_list'], 'activity')}`,
    row: (e: Extract<ActivityEvent, { kind: 'email' }>) => [
      e.id,
      e.ts,
      e.user,
      e.pc,
      e.activity,
      e.from,
      e.to.join(';'),
      e.cc.join(';'),
      e.bcc.join(';'),
      String(e.size),
      String(e.attachments.length),
      String(e.attachments.reduce((s, a) => s + a.size, 0)),
      e.attachments.length ? e.attachments.map((a) => `${a.path}(${a.size})`).join(';') : null,
      e.content,
    ],
  },
  http: {
    columns: ['id', 'ts', 'user', 'pc', 'url', 'activity', 'content'],
    select: `id, ts::TIMESTAMPTZ::TIMESTAMP, "user", pc, ${keptUrl('url', 'activity')}, activity, ${hostOf('url')}, ${downloadNamesTool('content', 'activity')}`,
    row: (e: Extract<ActivityEvent, { kind: 'http' }>) => [
      e.id,
      e.ts,
      e.user,
      e.pc,
      e.url,
      e.activity,
      e.content,
    ],
  },
};

/**
 * Stores validated activity events in their kind's table; an event whose (kind, id) is already
 * stored is skipped, so a re-sent or redelivered event never counts twice. Returns how many
 * events were new.
 */
export async function storeActivityEvents(
  store: EventStore,
  events: readonly ActivityEvent[],
): Promise<number> {
  const byKind = new Map<LogKind, Array<Array<string | null>>>();
  for (const event of events) {
    const rows = byKind.get(event.kind) ?? [];
    rows.push(TABLES[event.kind].row(event as never));
    byKind.set(event.kind, rows);
  }
  let added = 0;
  for (const [kind, rows] of byKind) {
    const t = TABLES[kind];
    added += await insertTextRows(store, kind, t.columns, rows, t.select, 'id');
  }
  return added;
}
