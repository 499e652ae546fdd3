import path from 'node:path';
import { LOG_KINDS, type LogKind } from '@vigil/core';
import { SECONDS_PER_DAY, type SimCalendar, clock } from '../calendar/sim-calendar.ts';
import { certEventId } from '../random/cert-id.ts';
import { Prng } from '../random/prng.ts';
import type { DayLog, LogRecord } from '../events/day-log.ts';
import { LOG_HEADERS, type Release } from '../events/release.ts';
import { CsvSink } from './csv-sink.ts';

/**
 * The five activity logs. Each day's records are sorted by time (stable, so equal times keep
 * generation order), given ids from a per-file stream and appended; malicious records are
 * reported to their incident with the exact fields written.
 */
export class LogFiles {
  private readonly sinks: Record<LogKind, CsvSink>;
  private readonly ids: Record<LogKind, Prng>;
  readonly counts: Record<LogKind, number> = { logon: 0, device: 0, file: 0, email: 0, http: 0 };

  constructor(dir: string, release: Release, seed: number, private readonly calendar: SimCalendar) {
    const headers = LOG_HEADERS[release];
    this.sinks = {} as Record<LogKind, CsvSink>;
    this.ids = {} as Record<LogKind, Prng>;
    for (const kind of LOG_KINDS) {
      this.sinks[kind] = new CsvSink(path.join(dir, `${kind}.csv`), headers[kind]);
      this.ids[kind] = Prng.derive(seed, `ids:${kind}`);
    }
  }

  async writeDay(dayIndex: number, log: DayLog): Promise<void> {
    const prefix = this.calendar.day(dayIndex).certPrefix;
    for (const kind of LOG_KINDS) {
      const records = log.records[kind].sort(byTime);
      const sink = this.sinks[kind];
      const ids = this.ids[kind];
      for (const record of records) {
        const id = certEventId(ids);
        const date = prefix + clock(record.t);
        if (record.incident) {
          record.incident.record(kind, dayIndex * SECONDS_PER_DAY + record.t, [id, date, ...record.tail.split(',')]);
        }
        if (sink.line(`${id},${date},${record.tail}`)) await sink.flush();
      }
      this.counts[kind] += records.length;
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

const byTime = (a: LogRecord, b: LogRecord) => a.t - b.t;
