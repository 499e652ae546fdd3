import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { activityEventSchema, type ActivityEvent, type LogKind } from '@vigil/core';
import { insertTextRows, type EventStore } from '@vigil/event-store';
import type { QuarantinedRow } from '../context/validated-csv.ts';
import { quarantineRows } from '../context/context-loaders.ts';
import { hostOf } from '../sql-literal.ts';

const BATCH = 50_000;

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
    ],
    select: `id, ts::TIMESTAMPTZ::TIMESTAMP, "user", pc, activity, sender, to_list, cc_list, bcc_list, size::BIGINT, attachment_count::INTEGER, attachment_bytes::BIGINT, attachments`,
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
    ],
  },
  http: {
    columns: ['id', 'ts', 'user', 'pc', 'url', 'activity'],
    select: `id, ts::TIMESTAMPTZ::TIMESTAMP, "user", pc, CASE WHEN activity <> 'WWW Visit' THEN url END, activity, ${hostOf('url')}`,
    row: (e: Extract<ActivityEvent, { kind: 'http' }>) => [
      e.id,
      e.ts,
      e.user,
      e.pc,
      e.url,
      e.activity,
    ],
  },
};

export interface JsonlLoadResult {
  accepted: number;
  duplicates: number;
  rejected: number;
}

/**
 * Loads Vigil's JSON Lines event feed (docs/EVENTS.md): one event object per line, any mix of
 * kinds. Each line is validated with the shared zod schema; a bad line is quarantined with its
 * line number and the failing fields. Events already stored (same kind and id) are skipped.
 */
export async function loadJsonlFile(store: EventStore, file: string): Promise<JsonlLoadResult> {
  const pending = new Map<LogKind, Array<Array<string | null>>>();
  const rejected: QuarantinedRow[] = [];
  let accepted = 0;
  let valid = 0;
  const flush = async () => {
    for (const [kind, rows] of pending) {
      const t = TABLES[kind];
      accepted += await insertTextRows(store, kind, t.columns, rows, t.select, 'id');
    }
    pending.clear();
  };
  let line = 0;
  let buffered = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      rejected.push({
        file,
        line,
        raw: text,
        reason: `not valid JSON (${(error as Error).message})`,
      });
      continue;
    }
    const parsed = activityEventSchema.safeParse(json);
    if (!parsed.success) {
      const reason = parsed.error.issues
        .map((i) => `field ${i.path.join('.') || 'kind'}: ${i.message}`)
        .join('; ');
      rejected.push({ file, line, raw: text, reason });
      continue;
    }
    const event = parsed.data;
    const rows = pending.get(event.kind) ?? [];
    rows.push(TABLES[event.kind].row(event as never));
    pending.set(event.kind, rows);
    valid++;
    if (++buffered >= BATCH) {
      await flush();
      buffered = 0;
    }
  }
  await flush();
  await quarantineRows(store, rejected);
  return { accepted, duplicates: valid - accepted, rejected: rejected.length };
}
