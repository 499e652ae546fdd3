import path from 'node:path';
import { LOG_KINDS, type LogKind } from '@vigil/core';
import { SECONDS_PER_DAY, type SimCalendar } from '../calendar/sim-calendar.ts';
import { CLOCK_BYTES } from './clock-bytes.ts';
import { CERT_ID_LENGTH, writeCertEventId } from '../random/cert-id.ts';
import { Prng } from '../random/prng.ts';
import type { DayLog } from '../events/day-log.ts';
import { ROW_SCALE } from '../events/record-arena.ts';
import { LOG_HEADERS, type Release } from '../events/release.ts';
import { CsvSink } from './csv-sink.ts';

const COMMA = 0x2c;
const NEWLINE = 0x0a;
/** `MM/DD/YYYY HH:MM:SS` */
const DATE_LENGTH = 19;

/**
 * The five activity logs. Each day's rows are sorted by time (stable, so equal times keep
 * generation order), given ids from a per-file stream and appended as bytes; malicious rows are
 * reported to their incident with the exact fields written.
 */
export class LogFiles {
  private readonly sinks: Record<LogKind, CsvSink>;
  private readonly ids: Record<LogKind, Prng>;
  readonly counts: Record<LogKind, number> = { logon: 0, device: 0, file: 0, email: 0, http: 0 };

  constructor(
    dir: string,
    release: Release,
    seed: number,
    private readonly calendar: SimCalendar,
  ) {
    const headers = LOG_HEADERS[release];
    this.sinks = {} as Record<LogKind, CsvSink>;
    this.ids = {} as Record<LogKind, Prng>;
    for (const kind of LOG_KINDS) {
      this.sinks[kind] = new CsvSink(path.join(dir, `${kind}.csv`), headers[kind]);
      this.ids[kind] = Prng.derive(seed, `ids:${kind}`);
    }
  }

  async writeDay(dayIndex: number, log: DayLog): Promise<void> {
    const prefix = Buffer.from(this.calendar.day(dayIndex).certPrefix, 'latin1');
    const prefixLength = prefix.length;
    for (const kind of LOG_KINDS) {
      const arena = log.records[kind];
      const order = arena.order();
      const rowsEnd = arena.pos;
      // The day's output is assembled after the rows in the same buffer, so each row moves with
      // copyWithin (a builtin memmove): Buffer#copy crossed into C++ per row and cost ~10x more.
      const out = arena.reserveTail(rowsEnd + order.length * (CERT_ID_LENGTH + DATE_LENGTH + 3));
      const ids = this.ids[kind];
      const { times, offsets, lengths, incidents } = arena;
      let pos = rowsEnd;
      for (let k = 0; k < order.length; k++) {
        const row = (order[k] as number) % ROW_SCALE;
        const rowStart = pos;
        writeCertEventId(ids, out, pos);
        pos += CERT_ID_LENGTH;
        out[pos++] = COMMA;
        for (let i = 0; i < prefixLength; i++) out[pos++] = prefix[i] as number;
        const c = (times[row] as number) * 8;
        for (let i = 0; i < 8; i++) out[pos++] = CLOCK_BYTES[c + i] as number;
        out[pos++] = COMMA;
        const offset = offsets[row] as number;
        const length = lengths[row] as number;
        out.copyWithin(pos, offset, offset + length);
        pos += length;
        out[pos++] = NEWLINE;
        const incident = incidents.size > 0 ? incidents.get(row) : undefined;
        if (incident) {
          const fields = out.toString('latin1', rowStart, pos - 1).split(',');
          incident.record(kind, dayIndex * SECONDS_PER_DAY + (times[row] as number), fields);
        }
      }
      this.counts[kind] += order.length;
      const block = arena.detach();
      await this.sinks[kind].write(block.subarray(rowsEnd, pos), () => arena.recycle(block));
    }
  }

  bytes(): Record<LogKind, number> {
    const out = {} as Record<LogKind, number>;
    for (const kind of LOG_KINDS) out[kind] = this.sinks[kind].bytes;
    return out;
  }

  async close(): Promise<void> {
    for (const kind of LOG_KINDS) await this.sinks[kind].close();
  }
}
