import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseEventLine, type ActivityEvent } from '@vigil/core';
import type { EventStore } from '@vigil/event-store';
import type { QuarantinedRow } from '../context/validated-csv.ts';
import { quarantineRows } from '../context/context-loaders.ts';
import { storeActivityEvents } from './store-activity-events.ts';

const BATCH = 50_000;

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
  let pending: ActivityEvent[] = [];
  const rejected: QuarantinedRow[] = [];
  let accepted = 0;
  let valid = 0;
  const flush = async () => {
    accepted += await storeActivityEvents(store, pending);
    pending = [];
  };
  let line = 0;
  let buffered = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    const parsed = parseEventLine(text);
    if (!parsed.ok) {
      rejected.push({ file, line, raw: text, reason: parsed.reason });
      continue;
    }
    pending.push(parsed.event);
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
